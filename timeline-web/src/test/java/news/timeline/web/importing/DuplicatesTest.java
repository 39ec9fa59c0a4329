package news.timeline.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.Highlight;
import org.junit.jupiter.api.Test;

/** Likely duplicates are ranked by what they share; quotes are cut around the marked words. */
class DuplicatesTest {

    private static final Actor TRUMP = Actor.person("Donald Trump");
    private static final Actor PUTIN = Actor.person("Vladimir Putin");

    private static Milestone milestone(String headline, String date, MilestoneKind kind, Actor... actors) {
        return Milestone.builder(headline).date(date == null ? null : HistoricalDate.parse(date)).kind(kind)
                .status(date == null ? MilestoneStatus.PLANNED : MilestoneStatus.OCCURRED).actors(List.of(actors)).build();
    }

    @Test
    void ranksCompatibleMilestonesByWhatTheyShare() {
        Milestone candidate = milestone("Trump and Putin hold 90-minute phone call", "2025-02-12", MilestoneKind.PHONE_CALL,
                TRUMP, PUTIN);
        List<Milestone> existing = List.of(
                milestone("Trump speaks to Putin by phone", "2025-02", MilestoneKind.PHONE_CALL, TRUMP, PUTIN),
                milestone("Trump calls Zelensky", "2025-02-12", MilestoneKind.PHONE_CALL, TRUMP),
                milestone("Trump and Putin phone call", "2024-11-10", MilestoneKind.PHONE_CALL, TRUMP, PUTIN),
                milestone("Oil prices fall", "2025-02-12", MilestoneKind.MARKET_MOVE));

        List<ImportQueue.Suggestion> ranked = Duplicates.rank(candidate, existing, 3);

        assertThat(ranked).extracting(ImportQueue.Suggestion::headline)
                .containsExactly("Trump speaks to Putin by phone", "Trump calls Zelensky");
        assertThat(ranked.get(0).reasons()).contains("compatible date", "same kind", "shared actors: Donald Trump, Vladimir Putin");
    }

    @Test
    void anUndatedCandidateIsComparedByActorsAndWords() {
        Milestone plan = milestone("Trump and Putin plan summit in Saudi Arabia", null, MilestoneKind.MEETING, TRUMP, PUTIN);
        Milestone summit = milestone("Saudi Arabia summit planned", "2025", MilestoneKind.MEETING, TRUMP, PUTIN);

        assertThat(Duplicates.rank(plan, List.of(summit), 3)).singleElement()
                .satisfies(s -> assertThat(s.reasons()).contains("headline words: saudi, arabia, summit"));
        assertThat(Duplicates.rank(plan, List.of(summit), 0)).isEmpty();
    }

    @Test
    void cutsAQuoteAroundTheTriggerAndTheTimeExpression() {
        String text = "Intro. On Wednesday, Trump held a phone call with Putin.";
        int start = text.indexOf("On Wednesday");
        Source source = Source.quoting(null, null, "https://news.example.org/call", null, text, start, text.length());
        Highlight marks = new Highlight(text.indexOf("phone call"), text.indexOf("phone call") + 10,
                text.indexOf("Wednesday"), text.indexOf("Wednesday") + 9);

        assertThat(ImportQueue.parts(source, marks)).containsExactly(
                new ImportQueue.Part("On ", null), new ImportQueue.Part("Wednesday", "time"),
                new ImportQueue.Part(", Trump held a ", null), new ImportQueue.Part("phone call", "trigger"),
                new ImportQueue.Part(" with Putin.", null));
        assertThat(ImportQueue.parts(source, Highlight.NONE)).containsExactly(new ImportQueue.Part(source.quote(), null));
        Highlight outside = new Highlight(0, 5, -1, -1);
        assertThat(ImportQueue.parts(source, outside)).containsExactly(new ImportQueue.Part(source.quote(), null));
    }
}
