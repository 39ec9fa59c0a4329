package news.timeline.importer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.timeline.importer.read.Article;
import org.junit.jupiter.api.Test;

class RankerTest {

    private static final Article CALL = Article.of("Trump and Putin held a phone call on Wednesday, the Kremlin said. "
            + "Rubio met Lavrov in Riyadh on Tuesday.", LocalDate.of(2025, 2, 12), "Trump calls Putin", null, null);

    @Test
    void probabilityIsTheLogisticOfTheSummedWeights() {
        Ranker ranker = new Ranker(Map.of("bias", -1.0, "kind=phone-call", 2.0), 0.3);

        assertThat(ranker.probability(List.of("bias"))).isCloseTo(1 / (1 + Math.exp(1)), within());
        assertThat(ranker.probability(List.of("bias", "kind=phone-call", "kind=unknown")))
                .isCloseTo(1 / (1 + Math.exp(-1)), within());
        assertThat(ranker.threshold()).isEqualTo(0.3);
    }

    @Test
    void fileGivesWeightsAndThreshold() {
        Ranker ranker = Ranker.parse(List.of("threshold 0.25", "bias 0.5", "kind=meeting&dated=text -0.125"), "r.txt");

        assertThat(ranker.threshold()).isEqualTo(0.25);
        assertThat(ranker.probability(List.of("bias", "kind=meeting&dated=text")))
                .isCloseTo(1 / (1 + Math.exp(-0.375)), within());
    }

    @Test
    void badLinesAreNamedWithTheFile() {
        assertThatThrownBy(() -> Ranker.parse(List.of("threshold 0.2", "bias high"), "rules/en/events/ranker.txt"))
                .hasMessageContaining("rules/en/events/ranker.txt").hasMessageContaining("'bias high'");
        assertThatThrownBy(() -> Ranker.parse(List.of("bias 0.1"), "r.txt")).hasMessageContaining("no 'threshold P' line");
        assertThatThrownBy(() -> Ranker.parse(List.of("threshold 0.2", "bias 0.1", "bias 0.2"), "r.txt"))
                .hasMessageContaining("'bias' given twice");
    }

    @Test
    void aLanguagesRankerIsReadFromItsRulesFolderAndIsOptional() {
        Ranker zz = Ranker.load("zz");

        assertThat(zz.threshold()).isEqualTo(0.4);
        assertThat(zz.probability(List.of("bias", "kind=phone-call"))).isCloseTo(1 / (1 + Math.exp(-0.75)), within());
        assertThat(Ranker.load("xx")).isNull();
    }

    @Test
    void withoutARankerFileEnglishKeepsTheRulesConfidence() {
        assertThat(Ranker.load("en")).isNull();
        assertThat(ArticleImporter.english().extract(CALL)).isEqualTo(ArticleImporter.english().unranked().extract(CALL));
    }

    @Test
    void candidatesTakeTheRankersProbabilityAndThoseBelowItsThresholdAreLeftOut() {
        ArticleImporter rules = ArticleImporter.english().unranked();
        List<Candidate> all = rules.extract(CALL);

        List<Candidate> sure = rules.rankedBy(new Ranker(Map.of("bias", 3.0), 0.5)).extract(CALL);
        List<Candidate> none = rules.rankedBy(new Ranker(Map.of("bias", -3.0), 0.5)).extract(CALL);

        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sure).hasSameSizeAs(all).allSatisfy(c -> assertThat(c.confidence()).isEqualTo(0.95));
        assertThat(none).isEmpty();
    }

    @Test
    void featuresTellWhatTheRulesKnowOfEachCandidate() {
        List<Ranked> ranked = ArticleImporter.english().ranked(List.of(CALL));

        Ranked call = ranked.stream().filter(r -> r.candidate().milestone().kind().slug().equals("phone-call"))
                .findFirst().orElseThrow();
        assertThat(call.features()).first().isEqualTo(Ranker.BIAS);
        assertThat(call.features()).contains("kind=phone-call", "dated=text", "when=same-day", "precision=day",
                "sentence-rank=1", "actor-in-title=true", "opening=<1", "reported");
        Ranked meeting = ranked.stream().filter(r -> r.candidate().milestone().kind().slug().equals("meeting"))
                .findFirst().orElseThrow();
        assertThat(meeting.features()).contains("when=week-before", "actor-in-title=false");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
