package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.timeline.importer.event.ArticleImporter;
import org.junit.jupiter.api.Test;

class RankerTrainerTest {

    private final RankerTrainer trainer = new RankerTrainer(ArticleImporter.english(), 1, 1.0);

    @Test
    void examplesAreTheCandidatesLabelledAsTheEvaluatorScoresThem() throws URISyntaxException {
        Path gold = Path.of(RankerTrainerTest.class.getResource("/articles/us-russia-call-2025-02-12.gold.json").toURI());

        RankerTrainer.Sample sample = trainer.samples(List.of(gold)).get(0);
        MilestoneEvaluator.Result scored = new MilestoneEvaluator(ArticleImporter.english().unranked())
                .evaluate(List.of(gold));

        assertThat(sample.examples()).hasSize(scored.candidates());
        assertThat(sample.examples()).filteredOn(RankerTrainer.Example::matched).hasSize(scored.matched());
        assertThat(sample.examples()).filteredOn(RankerTrainer.Example::required).hasSize(scored.requiredFound());
        assertThat(sample.required()).isEqualTo(scored.required());
    }

    @Test
    void aFeatureThatAlwaysMatchesWeighsForKeepingAndOneThatNeverDoesAgainst() {
        Map<String, Double> weights = trainer.train(synthetic(20));

        assertThat(weights.get("good")).isPositive();
        assertThat(weights.get("bad")).isNegative();
        assertThat(weights.getOrDefault("noise", 0.0)).isBetween(-0.5, 0.5);
    }

    @Test
    void crossValidationScoresEveryCutAndTheRankerOrdersBetterThanTheRulesHere() {
        RankerTrainer.Validation validation = trainer.crossValidate(synthetic(20), 4, 0.6);

        assertThat(validation.cuts()).hasSize(13);
        RankerTrainer.Cut all = validation.cuts().get(0);
        assertThat(all.scores().candidates()).isEqualTo(80);
        assertThat(all.scores().matched()).isEqualTo(40);
        // the held-out articles' bad examples fall below a cut of 0.5, the good ones stay
        RankerTrainer.Cut half = validation.cuts().get(10);
        assertThat(half.scores().candidates()).isEqualTo(40);
        assertThat(half.scores().precision()).isEqualTo(1.0);
        assertThat(validation.rankerAuc()).isEqualTo(1.0);
        assertThat(validation.rulesAuc()).isEqualTo(0.5);
    }

    @Test
    void aucCountsPairsOrderedRightlyAndTiesAsHalf() {
        assertThat(RankerTrainer.auc(List.of(0.9, 0.1, 0.5), List.of(true, false, false))).isEqualTo(1.0);
        assertThat(RankerTrainer.auc(List.of(0.1, 0.9), List.of(true, false))).isEqualTo(0.0);
        assertThat(RankerTrainer.auc(List.of(0.5, 0.5), List.of(true, false))).isEqualTo(0.5);
    }

    /** Articles of four examples: two "good" ones that match, two "bad" ones that do not, "noise" on both. */
    private static List<RankerTrainer.Sample> synthetic(int articles) {
        List<RankerTrainer.Sample> samples = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            List<RankerTrainer.Example> examples = List.of(
                    new RankerTrainer.Example(List.of("bias", "good", "noise"), 0.5, true, true),
                    new RankerTrainer.Example(List.of("bias", "good"), 0.5, true, false),
                    new RankerTrainer.Example(List.of("bias", "bad", "noise"), 0.5, false, false),
                    new RankerTrainer.Example(List.of("bias", "bad"), 0.5, false, false));
            samples.add(new RankerTrainer.Sample("a" + a, examples, 1));
        }
        return samples;
    }
}
