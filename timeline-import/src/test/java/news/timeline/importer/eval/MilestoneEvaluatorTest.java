package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
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

    private static final MilestoneGold.Expected CALL = new MilestoneGold.Expected("call", true, "2025-02-12", "day",
            "occurred", "phone-call", List.of("Donald Trump"), List.of(), "Trump spoke with Putin by phone");

    private static Candidate candidate(MilestoneKind kind, HistoricalDate date, Actor actor, String quote) {
        Source source = new Source(null, null, null, LocalDate.of(2025, 2, 12), quote, 0, quote.length());
        return new Candidate(Milestone.builder("A call").kind(kind).date(date).actors(List.of(actor))
                .sources(List.of(source)).status(date == null ? MilestoneStatus.PLANNED : MilestoneStatus.OCCURRED).build(),
                0.5, -1, List.of());
    }

    @Test
    void aMissIsNamedByWhatTheNearestCandidateGotWrong() {
        HistoricalDate day = HistoricalDate.ofDay(2025, 2, 12);
        Actor trump = Actor.person("Donald Trump");
        Actor other = Actor.person("Someone Else");
        String elsewhere = "An unrelated sentence.";

        assertThat(MilestoneEvaluator.matches(candidate(MilestoneKind.PHONE_CALL, day, trump, elsewhere).milestone(),
                CALL)).isTrue();
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.STATEMENT, day, trump, elsewhere)), CALL))
                .isEqualTo(MilestoneEvaluator.Miss.KIND);
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.PHONE_CALL, HistoricalDate.ofYear(2025),
                trump, elsewhere)), CALL)).isEqualTo(MilestoneEvaluator.Miss.DATE);
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.PHONE_CALL, day, other, elsewhere)), CALL))
                .isEqualTo(MilestoneEvaluator.Miss.ACTORS);
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.STATEMENT, null, other,
                "On Wednesday Trump spoke with Putin by phone.")), CALL)).isEqualTo(MilestoneEvaluator.Miss.SENTENCE);
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.STATEMENT, null, other, elsewhere)), CALL))
                .isEqualTo(MilestoneEvaluator.Miss.NOTHING);
        assertThat(MilestoneEvaluator.why(List.of(candidate(MilestoneKind.STATEMENT, null, other, elsewhere),
                candidate(MilestoneKind.PHONE_CALL, day, other, elsewhere)), CALL))
                .as("the nearest candidate decides").isEqualTo(MilestoneEvaluator.Miss.ACTORS);
    }
}
