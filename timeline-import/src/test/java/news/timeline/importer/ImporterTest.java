package news.timeline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.read.Article;
import news.timeline.importer.read.TimelineDocument;
import org.junit.jupiter.api.Test;

class ImporterTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);
    private static final String CALL = "Trump and Putin held a phone call on Wednesday, the Kremlin said.";
    private static final Milestone ANNEXATION = new Milestone("crimea", "Russia annexes Crimea", null,
            HistoricalDate.ofDay(2014, 3, 18), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 1);

    private final Importer importer = Importer.english();

    @Test
    void anArticleIsDatedByTheGivenDayOrItsOwn() {
        Article undated = article(null);

        List<Candidate> given = importer.candidates(undated, PUBLISHED);
        List<Candidate> own = importer.candidates(article(PUBLISHED), null);

        assertThat(given).isNotEmpty();
        assertThat(given.get(0).milestone().date()).isEqualTo(HistoricalDate.ofDay(2025, 2, 12));
        assertThat(own).isEqualTo(given);
        assertThatThrownBy(() -> importer.candidates(undated, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publication date");
    }

    @Test
    void aFileOfMilestonesIsPassedOnFlaggedWithItsName() {
        TimelineDocument export = new TimelineDocument("milestones.csv",
                new Timeline("relations", "Relations", null, List.of(), List.of(ANNEXATION)));

        List<Candidate> candidates = importer.candidates(export, PUBLISHED);

        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.milestone()).isEqualTo(ANNEXATION);
            assertThat(c.confidence()).isEqualTo(1.0);
            assertThat(c.flags()).containsExactly("from the export milestones.csv");
        });
    }

    @Test
    void severalDocumentsGiveTheArticlesCandidatesFirstThenTheFilesMilestones() {
        TimelineDocument export = new TimelineDocument("milestones.csv",
                new Timeline("relations", "Relations", null, List.of(), List.of(ANNEXATION)));

        List<Candidate> candidates = importer.candidates(List.of(export, article(PUBLISHED)));

        assertThat(candidates).hasSizeGreaterThan(1);
        assertThat(candidates.get(candidates.size() - 1).milestone()).isEqualTo(ANNEXATION);
    }

    private static Article article(LocalDate publishedOn) {
        return new Article("Call", "Wire", null, publishedOn, List.of(), CALL, "call.txt", 0);
    }
}
