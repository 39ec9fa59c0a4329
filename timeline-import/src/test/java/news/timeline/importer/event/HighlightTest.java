package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.Source;
import org.junit.jupiter.api.Test;

/** Each candidate says where its quotes hold the trigger and the time expression the importer read. */
class HighlightTest {

    private static final String TEXT = "MOSCOW (Reuters) - Russia annexed Crimea in 2014, and the West imposed "
            + "sanctions.\n\nOn Wednesday, Donald Trump held a phone call with Vladimir Putin.";
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    private static List<Candidate> found() {
        return ArticleImporter.english().extract(Article.of(TEXT, PUBLISHED));
    }

    private static Candidate one(MilestoneKind kind) {
        return found().stream().filter(c -> c.milestone().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void triggerAndTimeExpressionAreMarkedInsideTheQuote() {
        Candidate call = one(MilestoneKind.PHONE_CALL);
        Source source = call.milestone().sources().get(0);
        Highlight marks = call.highlight(0);

        assertThat(TEXT.substring(marks.triggerStart(), marks.triggerEnd())).containsIgnoringCase("call");
        assertThat(TEXT.substring(marks.timeStart(), marks.timeEnd())).isEqualTo("Wednesday");
        assertThat(marks.triggerStart()).isGreaterThanOrEqualTo(source.quoteStart());
        assertThat(marks.triggerEnd()).isLessThanOrEqualTo(source.quoteEnd());
        assertThat(call.milestone().date().toString()).isEqualTo("2025-02-12");
    }

    @Test
    void aYearIsMarkedAsTheTimeExpression() {
        Candidate annexation = one(MilestoneKind.ANNEXATION);
        Highlight marks = annexation.highlight(0);

        assertThat(TEXT.substring(marks.triggerStart(), marks.triggerEnd())).isEqualTo("annexed");
        assertThat(TEXT.substring(marks.timeStart(), marks.timeEnd())).isEqualTo("2014");
    }

    @Test
    void everySourceOfEveryCandidateHasItsHighlightWithinItsQuote() {
        for (Candidate candidate : found()) {
            List<Source> sources = candidate.milestone().sources();
            assertThat(candidate.highlights()).hasSameSizeAs(sources);
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                Highlight marks = candidate.highlight(i);
                assertThat(marks.hasTrigger()).isTrue();
                assertThat(marks.triggerStart()).isBetween(source.quoteStart(), source.quoteEnd());
                assertThat(marks.triggerEnd()).isBetween(source.quoteStart(), source.quoteEnd());
            }
        }
    }

    @Test
    void givenCandidatesHaveNoHighlightsAndOffsetsAreChecked() {
        Milestone given = Milestone.builder("Summit in Geneva").date(news.timeline.core.date.HistoricalDate.parse("2021-06-16"))
                .build();
        Candidate candidate = new Candidate(given, 1.0, -1, List.of());

        assertThat(candidate.highlights()).isEmpty();
        assertThat(candidate.highlight(0)).isEqualTo(Highlight.NONE);
        assertThat(Highlight.NONE.hasTrigger()).isFalse();
        assertThat(Highlight.NONE.hasTime()).isFalse();
        assertThatThrownBy(() -> new Highlight(5, 3, -1, -1)).hasMessageContaining("trigger offsets 5–3");
        assertThatThrownBy(() -> new Candidate(given, 1.0, -1, List.of(), List.of(Highlight.NONE)))
                .hasMessageContaining("1 highlights for 0 sources");
    }
}
