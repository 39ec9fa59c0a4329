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

    private static final double MIN_F1 = 0.8;

    private static List<Path> goldFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(MilestoneEvaluatorTest.class.getResource("/articles").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    @Test
    void findsEveryRequiredGoldMilestoneAndFewOthers() throws Exception {
        MilestoneEvaluator.Result result = new MilestoneEvaluator(ArticleImporter.english()).evaluate(goldFiles());

        assertThat(result.missed()).as("missed required milestones").isEmpty();
        assertThat(result.f1()).as("F1; spurious: " + result.spurious()).isGreaterThanOrEqualTo(MIN_F1);
    }
}
