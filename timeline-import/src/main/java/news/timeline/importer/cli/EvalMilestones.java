package news.timeline.importer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.timeline.importer.cli.Main.UsageException;
import news.timeline.importer.eval.MilestoneEvaluator;
import news.timeline.importer.event.ArticleImporter;

/** {@code timeline-import eval-milestones GOLD.json...}: milestone precision, recall and F1, and what was missed. */
final class EvalMilestones {

    private EvalMilestones() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        if (args.isEmpty()) {
            throw new UsageException("no GOLD.json given; " + Main.USAGE);
        }
        List<Path> files = args.stream().map(Path::of).toList();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such gold file: " + file);
            }
        }
        MilestoneEvaluator.Result result;
        try {
            result = new MilestoneEvaluator(ArticleImporter.english()).evaluate(files);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("articles    " + result.articles());
        out.printf("precision   %.3f  (%d of %d candidates match a gold milestone)%n", result.precision(),
                result.matched(), result.candidates());
        out.printf("recall      %.3f  (%d of %d required gold milestones found)%n", result.recall(),
                result.requiredFound(), result.required());
        out.printf("F1          %.3f%n", result.f1());
        out.printf("mean F1     %.3f  (the articles' own F1, averaged)%n", result.meanF1());
        out.printf("recall all  %.3f  (%d of %d gold milestones, optional ones included)%n", result.recallAll(),
                result.goldFound(), result.gold());
        for (MilestoneEvaluator.Article article : result.perArticle()) {
            out.printf("article     %.2f  %s (%d candidates, %d match; %d of %d required)%n", article.f1(),
                    article.name(), article.candidates(), article.matched(), article.requiredFound(), article.required());
        }
        for (double cut = 0.5; cut < 0.96; cut += 0.05) {
            MilestoneEvaluator.Scores at = result.cutAt(cut);
            out.printf("cut at %.2f  P %.3f  R %.3f  F1 %.3f  (%d candidates of at least that confidence)%n", cut,
                    at.precision(), at.recall(), at.f1(), at.candidates());
        }
        for (MilestoneEvaluator.Miss why : MilestoneEvaluator.Miss.values()) {
            out.printf("why missed  %3d  %s%n", result.whyMissed().get(why), why.label());
        }
        int unmatched = result.candidates() - result.matched();
        out.printf("spurious    %3d  from a gold milestone's sentence, told wrongly; %d from sentences no gold cites%n",
                result.spuriousFromGoldSentences(), unmatched - result.spuriousFromGoldSentences());
        for (String missed : result.missed()) {
            out.println("missed      " + missed);
        }
        for (String spurious : result.spurious()) {
            out.println("spurious    " + spurious);
        }
        return 0;
    }
}
