package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import news.timeline.importer.time.TimeTagger;
import org.junit.jupiter.api.Test;

/** A quality test: the tagger keeps the bar on the MEANTIME English dev set. */
class DevSetRegressionTest {

    private static final String DEV_SET = "/eval/meantime-en";
    private static final double MIN_VALUE_F1 = 0.82;
    private static final double MIN_RELAXED_F1 = 0.90;

    @Test
    void devSetScoresAboveTheBar() throws URISyntaxException {
        Path folder = Path.of(DevSetRegressionTest.class.getResource(DEV_SET).toURI());
        List<GoldDocument> documents = TimexEvaluator.read(folder);

        Evaluation result = new TimexEvaluator(TimeTagger.english()).evaluate(documents, 0, 0);

        assertThat(documents).hasSize(120);
        assertThat(result.relaxed().gold()).isEqualTo(370);
        assertThat(result.value().f1()).as("value F1").isGreaterThanOrEqualTo(MIN_VALUE_F1);
        assertThat(result.relaxed().f1()).as("relaxed F1").isGreaterThanOrEqualTo(MIN_RELAXED_F1);
    }
}
