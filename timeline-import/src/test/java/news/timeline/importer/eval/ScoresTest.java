package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
        Scores scores = new Scores(8, 10, 16);

        assertThat(scores.precision()).isEqualTo(0.8);
        assertThat(scores.recall()).isEqualTo(0.5);
        assertThat(scores.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-9));
    }

    @Test
    void nothingFoundScoresZero() {
        assertThat(new Scores(0, 0, 5).f1()).isZero();
    }
}
