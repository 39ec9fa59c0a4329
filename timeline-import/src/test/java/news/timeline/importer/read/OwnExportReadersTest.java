package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.milestone.Summary;
import news.timeline.core.timeline.Timeline;
import org.junit.jupiter.api.Test;

/**
 * The readers of calendars and of our own feed and spreadsheet: what they make of files from elsewhere
 * and of bad records, each named by its place and field. Exact round trips of our exports are tested in
 * the web module, where the exports live (ExportRoundTripTest).
 */
class OwnExportReadersTest {

    @Test
    void aForeignCalendarGivesDaysRangesMinutesAndPlans() throws Exception {
        ReadResult<TimelineDocument> read = new ICalendarReader().read("desk-calendar.ics", Fixtures.text("desk-calendar.ics"));
        Timeline timeline = read.items().get(0).timeline();

        assertThat(timeline.title()).isEqualTo("Foreign desk");
        assertThat(timeline.milestones()).extracting(Milestone::headline, m -> m.date().toString(), Milestone::status)
                .containsExactly(
                        tuple("Leaders meet in Geneva", "2021-06-16/2021-06-17", MilestoneStatus.OCCURRED),
                        tuple("Phone call at noon", "2025-02-12T12:00", MilestoneStatus.OCCURRED),
                        tuple("Visit to Riyadh", "2025-03-01", MilestoneStatus.PLANNED));
        assertThat(timeline.milestones().get(0).summary()).isEqualTo(Summary.plain("Talks at the villa, with aides."));
        assertThat(read.errors()).extracting(ReadProblem::toString).containsExactly(
                "desk-calendar.ics, event 4, X-TIMELINE-DATE: error: Invalid date '2025-13': month must be between 01 and 12",
                "desk-calendar.ics, event 5, SUMMARY: error: the event has no summary to be the milestone's headline");
    }

    @Test
    void ourFeedGivesItsMilestonesAndLeavesOtherEntriesOut() throws Exception {
        ReadResult<TimelineDocument> read = new AtomTimelineReader().read("timeline-feed.atom", Fixtures.text("timeline-feed.atom"));
        Timeline timeline = read.items().get(0).timeline();

        assertThat(timeline.slug()).isEqualTo("foreign-desk");
        assertThat(timeline.description()).isEqualTo("Diplomacy, day by day.");
        assertThat(timeline.milestones()).singleElement().satisfies(call -> {
            assertThat(call.slug()).isEqualTo("call");
            assertThat(call.headline()).isEqualTo("Trump and Putin speak by phone");
            assertThat(call.date()).isEqualTo(HistoricalDate.ofDay(2025, 2, 12));
            assertThat(call.kind()).isEqualTo(MilestoneKind.PHONE_CALL);
            assertThat(call.importance()).isEqualTo(1);
            assertThat(call.actors()).extracting(a -> a.name()).containsExactly("Donald Trump");
            assertThat(call.tags()).containsExactly("talks");
            assertThat(call.summary()).isEqualTo(Summary.plain("A 90-minute call: \"lengthy and highly productive\"."));
            assertThat(call.sources()).containsExactly(Source.of("The call", null, "https://ledger.example/call", null, null));
        });
        assertThat(read.errors()).singleElement().extracting(ReadProblem::toString).asString()
                .startsWith("timeline-feed.atom, entry 3, urn:newsroom-timelines:date: error: Invalid date '2025-02-30'");
    }

    @Test
    void ourSpreadsheetJoinsASecondSourceRowAndNamesEachBadRowAndColumn() throws Exception {
        ReadResult<TimelineDocument> read = new MilestonesCsvReader().read("milestones.csv", Fixtures.text("milestones.csv"));
        List<Milestone> milestones = read.items().get(0).timeline().milestones();

        assertThat(milestones).extracting(Milestone::slug).containsExactly("geneva", "riyadh");
        Milestone geneva = milestones.get(0);
        assertThat(geneva.summary()).isEqualTo(Summary.plain("First summit, \"at last\"."));
        assertThat(geneva.actors()).extracting(a -> a.name()).containsExactly("Joe Biden", "Vladimir Putin");
        assertThat(geneva.sources()).extracting(Source::title).containsExactly("Leaders meet", "Wire copy");
        assertThat(milestones.get(1).date()).isEqualTo(HistoricalDate.parse("2025~"));
        assertThat(read.errors()).extracting(p -> p.location() + " / " + p.field()).containsExactly(
                "row 4 / column date", "row 5 / column status", "row 7 / column importance", "row 8 / column headline");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
