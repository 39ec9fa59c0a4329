package news.timeline.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.TimelineJsDocument;
import news.timeline.importer.read.TimelineJsReader;
import org.junit.jupiter.api.Test;

/**
 * What we export as TimelineJS, the importer reads back as the same timeline: every field TimelineJS can
 * hold (headline, summary, a date at year, month, day or minute precision, a range, media, eras) survives
 * the trip in both formats. The timeline's slug comes from its title, since TimelineJS has none; the
 * spreadsheet template has no column for a milestone's slug either, so there it comes from the headline.
 */
class TimelineJsExportTest {

    private static final HistoricalDateFormat DATES = HistoricalDateFormat.of(Locale.UK);
    private static final Timeline TIMELINE = new Timeline(null, "Round trip & back", "Dates <of> every precision",
            List.of(new Era("Biden administration", HistoricalDate.parse("2021-01-20/2025-01-19"))),
            List.of(
                    Milestone.builder("Caesar is killed").slug("caesar").date(HistoricalDate.parse("-0044-03-15")).build(),
                    Milestone.builder("Crimea annexed").slug("crimea").summary("Russia annexes Crimea.")
                            .date(HistoricalDate.ofYear(2014)).build(),
                    Milestone.builder("Invasion, month").slug("invasion").date(HistoricalDate.ofMonth(2022, 2))
                            .media(List.of(new Media("https://example.org/map.png", "Agency", "A map"))).build(),
                    Milestone.builder("Summit in Geneva").slug("geneva").summary("Talks \"at length\" in Geneva & Lausanne.")
                            .date(HistoricalDate.parse("2021-06-16/2021-06-17")).build(),
                    Milestone.builder("Call at noon").slug("call").date(HistoricalDate.parse("2025-02-12T12:30")).build()));

    @Test
    void jsonRoundTripsThroughTheImporter() throws Exception {
        ReadResult<TimelineJsDocument> read = new TimelineJsReader().readJson("export.json", TimelineJsExport.json(TIMELINE, DATES));

        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).singleElement().satisfies(document -> assertThat(document.timeline()).isEqualTo(TIMELINE));
    }

    @Test
    void spreadsheetRoundTripsThroughTheImporter() throws Exception {
        ReadResult<TimelineJsDocument> read = new TimelineJsReader().readCsv("export.csv", TimelineJsExport.csv(TIMELINE, DATES));
        Timeline withHeadlineSlugs = new Timeline(TIMELINE.slug(), TIMELINE.title(), TIMELINE.description(), TIMELINE.eras(),
                TIMELINE.milestones().stream().map(m -> new Milestone(null, m.headline(), m.summary(), m.date(), m.status(),
                        m.kind(), m.actors(), m.places(), m.tags(), m.sources(), m.media(), m.importance())).toList());

        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).singleElement()
                .satisfies(document -> assertThat(document.timeline()).isEqualTo(withHeadlineSlugs));
    }

    @Test
    void undatedMilestonesAreLeftOutBecauseTimelineJsCannotPlaceThem() throws Exception {
        Timeline withPlan = new Timeline("plans", "Plans", null, List.of(), List.of(
                Milestone.builder("A summit").status(news.timeline.core.milestone.MilestoneStatus.PLANNED).build()));

        ReadResult<TimelineJsDocument> read = new TimelineJsReader().readJson("plans.json", TimelineJsExport.json(withPlan, DATES));

        assertThat(read.items()).singleElement().satisfies(document -> assertThat(document.timeline().milestones()).isEmpty());
    }
}
