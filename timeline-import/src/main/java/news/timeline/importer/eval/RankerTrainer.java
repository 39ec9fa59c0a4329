package news.timeline.importer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.event.Ranked;
import news.timeline.importer.event.Ranker;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Learns the importer's ranker from annotated articles: every candidate the rules find in a gold file's
 * article is an example, kept when it matches a gold milestone ({@link MilestoneEvaluator#assign}), and a
 * logistic model (Apache OpenNLP's maximum entropy with L-BFGS and an L2 penalty) learns which features keep
 * one. Cross-validation by article tells where to cut: each fold's articles are judged by a model trained on
 * the others, and each cut is scored as {@code eval-milestones} scores.
 */
public final class RankerTrainer {

    private static final String KEEP = "keep";
    private static final String DROP = "drop";

    /**
     * One candidate as an example: its features, the rules' own confidence in it, whether it matched a gold
     * milestone, and a required one.
     */
    public record Example(List<String> features, double ruleConfidence, boolean matched, boolean required) {
    }

    /** One article's examples and how many required gold milestones it has. */
    public record Sample(String article, List<Example> examples, int required) {
    }

    /** What cutting at {@code threshold} gives: counts over all articles, and the mean of the articles' F1. */
    public record Cut(double threshold, MilestoneEvaluator.Scores scores, double meanF1) {
    }

    /**
     * What cross-validation shows: each cut, and how well the ranker's probability and the rules' confidence
     * order the candidates (the area under the ROC curve: the chance that a matching candidate ranks above
     * one that matches nothing, 0.5 for a coin).
     */
    public record Validation(List<Cut> cuts, double rankerAuc, double rulesAuc) {
    }

    private final ArticleImporter importer;
    private final int cutoff;
    private final double l2;

    /**
     * @param importer the importer whose rules find the candidates (its ranker is not used)
     * @param cutoff how many examples a feature needs to be learned
     * @param l2 the L2 penalty: higher keeps the weights nearer zero
     */
    public RankerTrainer(ArticleImporter importer, int cutoff, double l2) {
        this.importer = importer.unranked();
        this.cutoff = cutoff;
        this.l2 = l2;
    }

    /** The examples of each gold file's article. */
    public List<Sample> samples(List<Path> goldFiles) {
        List<Sample> samples = new ArrayList<>();
        for (Path file : goldFiles) {
            MilestoneGold gold = MilestoneEvaluator.read(file);
            List<Ranked> found = importer.ranked(List.of(MilestoneEvaluator.article(file, gold)));
            List<Candidate> candidates = found.stream().map(Ranked::candidate).toList();
            Set<Candidate> matched = new HashSet<>();
            Set<Candidate> required = new HashSet<>();
            MilestoneEvaluator.assign(candidates, gold.milestones()).forEach((want, hit) -> {
                if (hit != null) {
                    matched.add(hit);
                    if (want.required()) {
                        required.add(hit);
                    }
                }
            });
            List<Example> examples = found.stream().map(r -> new Example(r.features(), r.candidate().confidence(),
                    matched.contains(r.candidate()),
                    required.contains(r.candidate()))).toList();
            int requiredCount = (int) gold.milestones().stream().filter(MilestoneGold.Expected::required).count();
            samples.add(new Sample(gold.article(), examples, requiredCount));
        }
        return samples;
    }

    /** The weight of each feature the examples show often enough, "bias" the intercept, sorted by name. */
    public Map<String, Double> train(List<Sample> samples) {
        List<Event> events = new ArrayList<>();
        for (Sample sample : samples) {
            for (Example example : sample.examples()) {
                events.add(new Event(example.matched() ? KEEP : DROP, example.features().toArray(String[]::new)));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, l2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        MaxentModel model;
        try {
            model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the ranker", e);
        }
        // Two outcomes: the log-odds of a feature alone is its weight, since the model sums the weights of
        // the features present and no feature gives even odds.
        Set<String> names = new HashSet<>();
        events.forEach(event -> names.addAll(List.of(event.getContext())));
        Map<String, Double> weights = new TreeMap<>();
        int keep = model.getIndex(KEEP);
        for (String name : names) {
            double p = model.eval(new String[] {name})[keep];
            double weight = Math.log(p / (1 - p));
            if (Math.abs(weight) > 1e-6) {
                weights.put(name, Math.round(weight * 10000) / 10000.0);
            }
        }
        return weights;
    }

    /**
     * Scores every cut from 0 to {@code maxThreshold} by cross-validation over {@code folds} folds of articles:
     * each article's candidates are judged by a model trained on the other folds.
     */
    public Validation crossValidate(List<Sample> samples, int folds, double maxThreshold) {
        List<List<Double>> probabilities = new ArrayList<>();
        samples.forEach(sample -> probabilities.add(null));
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> training = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (i % folds != fold) {
                    training.add(samples.get(i));
                }
            }
            Ranker ranker = new Ranker(train(training), 0);
            for (int i = fold; i < samples.size(); i += folds) {
                probabilities.set(i, samples.get(i).examples().stream().map(e -> ranker.probability(e.features())).toList());
            }
        }
        List<Cut> cuts = new ArrayList<>();
        for (int step = 0; step * 0.05 <= maxThreshold + 1e-9; step++) {
            cuts.add(cut(samples, probabilities, step * 0.05));
        }
        List<Double> ranker = new ArrayList<>();
        List<Double> rules = new ArrayList<>();
        List<Boolean> matched = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            ranker.addAll(probabilities.get(i));
            for (Example example : samples.get(i).examples()) {
                rules.add(example.ruleConfidence());
                matched.add(example.matched());
            }
        }
        return new Validation(cuts, auc(ranker, matched), auc(rules, matched));
    }

    /** The share of (matching, not matching) pairs the scores order rightly, ties counting half. */
    static double auc(List<Double> scores, List<Boolean> matched) {
        double right = 0;
        long pairs = 0;
        for (int a = 0; a < scores.size(); a++) {
            if (!matched.get(a)) {
                continue;
            }
            for (int b = 0; b < scores.size(); b++) {
                if (!matched.get(b)) {
                    pairs++;
                    int order = Double.compare(scores.get(a), scores.get(b));
                    right += order > 0 ? 1 : order == 0 ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? 0.5 : right / pairs;
    }

    private static Cut cut(List<Sample> samples, List<List<Double>> probabilities, double threshold) {
        int candidates = 0;
        int matched = 0;
        int required = 0;
        int requiredFound = 0;
        double f1Sum = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            int kept = 0;
            int hits = 0;
            int found = 0;
            for (int e = 0; e < sample.examples().size(); e++) {
                if (probabilities.get(i).get(e) >= threshold) {
                    Example example = sample.examples().get(e);
                    kept++;
                    hits += example.matched() ? 1 : 0;
                    found += example.required() ? 1 : 0;
                }
            }
            candidates += kept;
            matched += hits;
            required += sample.required();
            requiredFound += found;
            f1Sum += new MilestoneEvaluator.Article(sample.article(), kept, hits, sample.required(), found).f1();
        }
        return new Cut(threshold, new MilestoneEvaluator.Scores(candidates, matched, required, requiredFound),
                samples.isEmpty() ? 0 : f1Sum / samples.size());
    }

}
