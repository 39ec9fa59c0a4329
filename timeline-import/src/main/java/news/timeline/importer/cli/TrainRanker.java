package news.timeline.importer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.importer.cli.Main.UsageException;
import news.timeline.importer.eval.MilestoneEvaluator;
import news.timeline.importer.eval.RankerTrainer;
import news.timeline.importer.event.ArticleImporter;

/**
 * {@code timeline-import train-ranker [--folds K] [--l2 C] [--cutoff N] [--threshold P] [--out FILE] GOLD.json...}:
 * learns the ranker from annotated articles, prints what each cut gives by cross-validation over the articles
 * and how well the ranker orders the candidates against the rules' own confidence, and writes the ranker file
 * (weights, and the cut P, else the cut of the best cross-validated mean F1) to FILE.
 */
final class TrainRanker {

    private static final double MAX_THRESHOLD = 0.6;

    private TrainRanker() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        int folds = number(Main.option(args, "--folds"), "--folds", 5);
        int cutoff = number(Main.option(args, "--cutoff"), "--cutoff", 3);
        String l2Text = Main.option(args, "--l2");
        String outFile = Main.option(args, "--out");
        String thresholdText = Main.option(args, "--threshold");
        Double threshold;
        try {
            threshold = thresholdText == null ? null : Double.valueOf(thresholdText);
        } catch (NumberFormatException e) {
            throw new UsageException("bad --threshold '" + thresholdText + "': expected a probability such as 0.25");
        }
        if (threshold != null && (threshold < 0 || threshold >= 1)) {
            throw new UsageException("bad --threshold " + thresholdText + ": a probability from 0 to below 1");
        }
        double l2;
        try {
            l2 = l2Text == null ? 2.0 : Double.parseDouble(l2Text);
        } catch (NumberFormatException e) {
            throw new UsageException("bad --l2 '" + l2Text + "': expected a number such as 2.0");
        }
        List<Path> files = Main.several(args, "GOLD.json");
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such gold file: " + file);
            }
        }
        if (folds < 2 || folds > files.size()) {
            throw new UsageException("--folds must be between 2 and the number of gold files (" + files.size() + ")");
        }
        RankerTrainer trainer = new RankerTrainer(ArticleImporter.english(), cutoff, l2);
        List<RankerTrainer.Sample> samples;
        try {
            samples = trainer.samples(files);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RankerTrainer.Validation validation = trainer.crossValidate(samples, folds, MAX_THRESHOLD);
        List<RankerTrainer.Cut> cuts = validation.cuts();
        out.printf("articles    %d, %d candidates, %d folds, cutoff %d, L2 %.2f%n", samples.size(),
                samples.stream().mapToInt(s -> s.examples().size()).sum(), folds, cutoff, l2);
        for (RankerTrainer.Cut cut : cuts) {
            MilestoneEvaluator.Scores at = cut.scores();
            out.printf("cut at %.2f  P %.3f  R %.3f  F1 %.3f  mean F1 %.3f  (%d candidates kept)%n", cut.threshold(),
                    at.precision(), at.recall(), at.f1(), cut.meanF1(), at.candidates());
        }
        out.printf("ordering    AUC %.3f by the ranker (cross-validated), %.3f by the rules' confidence%n",
                validation.rankerAuc(), validation.rulesAuc());
        RankerTrainer.Cut best = cuts.stream().max(Comparator.comparingDouble(RankerTrainer.Cut::meanF1)).orElseThrow();
        out.printf("best cut    %.2f (cross-validated mean F1 %.3f)%n", best.threshold(), best.meanF1());
        if (outFile != null) {
            Map<String, Double> weights = trainer.train(samples);
            double cut = threshold == null ? best.threshold() : threshold;
            StringBuilder text = new StringBuilder();
            text.append("# The importer's ranker: weights of a logistic model over the features of each candidate\n")
                    .append("# (news.timeline.importer.event.Ranker), learned from ").append(samples.size())
                    .append(" annotated articles by\n")
                    .append("#   timeline-import train-ranker --folds ").append(folds).append(" --cutoff ").append(cutoff)
                    .append(" --l2 ").append(l2).append(threshold == null ? "" : " --threshold " + thresholdText)
                    .append(" --out FILE GOLD.json...\n")
                    .append("# Candidates less probable than the threshold are left out")
                    .append(threshold == null ? " (the cut of the best cross-validated mean F1).\n" : " (given).\n")
                    .append(String.format(Locale.ROOT, "threshold %.2f%n", cut));
            weights.forEach((name, weight) -> text.append(name).append(' ').append(weight).append('\n'));
            try {
                Files.writeString(Path.of(outFile), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write --out file " + outFile + ": " + e.getMessage());
            }
            out.println("wrote       " + outFile + " (" + weights.size() + " weights)");
        }
        return 0;
    }

    private static int number(String text, String option, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("bad " + option + " '" + text + "': expected a whole number");
        }
    }
}
