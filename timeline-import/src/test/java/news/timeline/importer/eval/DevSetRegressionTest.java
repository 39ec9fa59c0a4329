package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import news.timeline.importer.time.TimeTagger;
import org.junit.jupiter.api.Test;

/**
 * A quality test: the tagger keeps its bars on both development sets, MEANTIME and the hand-annotated news
 * articles. A rule that helps one set by hurting the other fails here.
 */
class DevSetRegressionTest {

    private static final String MEANTIME = "/eval/meantime-en";
    private static final double MEANTIME_MIN_VALUE_F1 = 0.855;
    private static final double MEANTIME_MIN_RELAXED_F1 = 0.94;

    private static final String NEWS = "/eval/news-timex";
    private static final double NEWS_MIN_VALUE_F1 = 0.95;
    private static final double NEWS_MIN_RELAXED_F1 = 0.98;

    private static Evaluation evaluate(String set) throws URISyntaxException {
        Path folder = Path.of(DevSetRegressionTest.class.getResource(set).toURI());
        List<GoldDocument> documents = TimexEvaluator.read(folder);
        return new TimexEvaluator(TimeTagger.english()).evaluate(documents, 0, 0);
    }

    @Test
    void meantimeScoresAboveTheBar() throws URISyntaxException {
        Evaluation result = evaluate(MEANTIME);

        assertThat(result.documents()).isEqualTo(120);
        assertThat(result.relaxed().gold()).isEqualTo(370);
        assertThat(result.value().f1()).as("value F1").isGreaterThanOrEqualTo(MEANTIME_MIN_VALUE_F1);
        assertThat(result.relaxed().f1()).as("relaxed F1").isGreaterThanOrEqualTo(MEANTIME_MIN_RELAXED_F1);
    }

    @Test
    void newsScoresAboveTheBar() throws URISyntaxException {
        Evaluation result = evaluate(NEWS);

        assertThat(result.documents()).isEqualTo(25);
        assertThat(result.relaxed().gold()).isEqualTo(319);
        assertThat(result.value().f1()).as("value F1").isGreaterThanOrEqualTo(NEWS_MIN_VALUE_F1);
        assertThat(result.relaxed().f1()).as("relaxed F1").isGreaterThanOrEqualTo(NEWS_MIN_RELAXED_F1);
    }
}
