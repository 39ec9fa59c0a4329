package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.timeline.importer.event.ArticleImporter;
import org.junit.jupiter.api.Test;

/** Milestone quality on every gold file under test resources {@code articles/}: the regression bar. */
class MilestoneEvaluatorTest {

    /** Floors a little under today's scores (F1 0.95, recall 0.95 on four articles), so a regression fails. */
    private static final double MIN_F1 = 0.9;
    private static final double MIN_RECALL = 0.9;

    private static List<Path> goldFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(MilestoneEvaluatorTest.class.getResource("/articles").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    @Test
    void findsRequiredGoldMilestonesAndFewOthers() throws Exception {
        MilestoneEvaluator.Result result = new MilestoneEvaluator(ArticleImporter.english()).evaluate(goldFiles());

        assertThat(result.recall()).as("recall; missed: " + result.missed()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(result.f1()).as("F1; spurious: " + result.spurious()).isGreaterThanOrEqualTo(MIN_F1);
    }
}
