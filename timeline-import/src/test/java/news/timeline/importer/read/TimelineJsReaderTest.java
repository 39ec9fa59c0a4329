package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Summary;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import org.junit.jupiter.api.Test;

class TimelineJsReaderTest {

    private static final String JSON = "timeline.json";
    private static final String CSV = "timeline.csv";
    private static final String HEADER = String.join(",", TimelineJsReader.CSV_COLUMNS);
    private static final HistoricalDate CRIMEA = HistoricalDate.ofDay(2014, 3, 18);
    private static final HistoricalDate ELECTION = HistoricalDate.ofYear(2016).to(HistoricalDate.ofMonth(2017, 1));
    private static final HistoricalDate SUMMIT = HistoricalDate.parse("2021-06-16T13:05/2021-06-16T16:40");
    private static final Era TRUMP = new Era("Trump administration",
            HistoricalDate.ofDay(2017, 1, 20).to(HistoricalDate.ofDay(2021, 1, 20)));
    private static final Media SIGNING = new Media("https://img.dailyledger.example/2014/03/kremlin-signing.jpg",
            "Pool photo", "Signing in the Kremlin");
    private static final String THUMBNAIL = "https://img.dailyledger.example/2014/03/kremlin-signing-thumb.jpg";
    private static final String LAKE = "https://img.dailyledger.example/2021/06/lake.jpg";

    private final TimelineJsReader reader = new TimelineJsReader();

    private ReadResult<TimelineJsDocument> json() throws UnreadableFileException {
        return reader.readJson(JSON, Fixtures.text(JSON));
    }

    private ReadResult<TimelineJsDocument> csv() throws UnreadableFileException {
        return reader.readCsv(CSV, Fixtures.text(CSV));
    }

    private static Milestone milestone(TimelineJsDocument document, String slug) {
        return document.timeline().milestones().stream().filter(m -> m.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("No milestone " + slug));
    }

    private static TimelineJsDocument only(ReadResult<TimelineJsDocument> result) {
        assertThat(result.items()).hasSize(1);
        return result.items().get(0);
    }

    // ------------------------------------------------------------------------------------------ JSON

    @Test
    void readsTheTitleSlideAsTitleAndDescription() throws Exception {
        Timeline timeline = only(json()).timeline();

        assertThat(timeline.title()).isEqualTo("US–Russia relations 2014–2021");
        assertThat(timeline.slug()).isEqualTo("us-russia-relations-2014-2021");
        assertThat(timeline.description()).isEqualTo("From the annexation of Crimea to the Geneva summit.");
    }

    @Test
    void readsDatesAtThePrecisionTheFieldsGive() throws Exception {
        TimelineJsDocument document = only(json());

        assertThat(document.timeline().milestones()).extracting(Milestone::date).containsExactly(
                CRIMEA, ELECTION, HistoricalDate.ofDay(2021, 3, 17), SUMMIT, HistoricalDate.ofMonth(2021, 7));
    }

    @Test
    void readsAnEventsHeadlineTextMediaAndUniqueId() throws Exception {
        Milestone crimea = milestone(only(json()), "crimea-annexation");

        assertThat(crimea.headline()).isEqualTo("Russia annexes Crimea");
        assertThat(crimea.summary()).isEqualTo(Summary.plain("President Putin signs a treaty absorbing Crimea into Russia.\n\n"
                + "The West answers with sanctions."));
        assertThat(crimea.media()).containsExactly(SIGNING);
    }

    @Test
    void keepsWhatTheCoreCannotHoldInTheExtras() throws Exception {
        TimelineJsDocument document = only(json());

        SlideExtras crimea = document.milestoneExtras().get("crimea-annexation");
        assertThat(crimea.textHtml()).isEqualTo("<p>President Putin signs a treaty absorbing <b>Crimea</b> into "
                + "Russia.</p><p>The West answers with sanctions.</p>");
        assertThat(crimea.group()).isEqualTo("Conflict");
        assertThat(crimea.mediaThumbnail()).isEqualTo(THUMBNAIL);
        assertThat(crimea.other()).containsOnly(entry("media.caption", "Signing in the <i>Kremlin</i>"),
                entry("media.alt", "Putin at a desk signing the treaty"));

        SlideExtras election = document.milestoneExtras().get("election-interference");
        assertThat(election.displayDate()).isEqualTo("2016 election and after");
        assertThat(election.group()).isEqualTo("Politics");

        SlideExtras summit = document.milestoneExtras().get("biden-and-putin-meet-in-geneva");
        assertThat(summit.background()).isEqualTo(LAKE);
        assertThat(summit.other()).containsEntry("start_date.display_date", "Shortly after 1 p.m.")
                .containsEntry("autolink", "false")
                .containsEntry("media.credit", "X")
                .hasEntrySatisfying("media.url", url -> assertThat(url).startsWith("<blockquote"));

        assertThat(document.titleExtras().headlineHtml()).isEqualTo("US&ndash;Russia relations<br>2014&ndash;2021");
        assertThat(document.titleExtras().background()).isEqualTo("#1a1a2e");
        assertThat(document.titleExtras().other()).containsEntry("media.url",
                "https://img.dailyledger.example/2021/06/geneva-panorama.jpg");
        assertThat(document.scale()).isEqualTo("human");
    }

    @Test
    void keepsAUniqueIdThatIsNotASlugInTheExtras() throws Exception {
        TimelineJsDocument document = only(json());

        assertThat(document.milestoneExtras().get("russia-recalls-its-ambassador").uniqueId())
                .isEqualTo("Recall of Antonov");
    }

    @Test
    void keepsFieldsItDoesNotKnowByTheirPath() throws Exception {
        String file = """
                {"events": [{"start_date": {"year": 2021, "millisecond": 250},
                  "text": {"headline": "A"}, "location": {"lat": 46.2, "tags": ["geneva", "summit"]}}]}""";

        SlideExtras extras = only(reader.readJson("t.json", file)).milestoneExtras().get("a");

        assertThat(extras.other()).containsOnly(entry("start_date.millisecond", "250"), entry("location.lat", "46.2"),
                entry("location.tags[0]", "geneva"), entry("location.tags[1]", "summit"));
    }

    @Test
    void readsErasInOrderWithTheirExtras() throws Exception {
        TimelineJsDocument document = only(json());

        assertThat(document.timeline().eras()).containsExactly(
                new Era("After Crimea", HistoricalDate.ofYear(2014).to(HistoricalDate.ofYear(2017))), TRUMP);
        assertThat(document.eraExtras()).extracting(SlideExtras::textHtml).containsExactly(null, "45th president");
    }

    @Test
    void reportsABadEventAndImportsTheRest() throws Exception {
        ReadResult<TimelineJsDocument> result = json();

        assertThat(result.problems()).extracting(ReadProblem::toString).containsExactly(
                "timeline.json, event 4, media.url: warning: the media is not an http:// or https:// address: kept "
                        + "with the slide's extras, not as milestone media",
                "timeline.json, event 5, start_date.month: error: '13' is not a month: expected 1 to 12",
                "timeline.json, event 6, text.headline: warning: the event has no headline: named after the start "
                        + "of its text, 'Strategic stability talks begin in Geneva, as agreed at the summit.'");
        assertThat(only(result).timeline().milestones()).hasSize(5);
    }

    @Test
    void readsBceYearsAndRefusesYearZeroAndCosmologicalYears() throws Exception {
        String file = """
                {"title": {"text": {"headline": "Rome"}}, "events": [
                  {"start_date": {"year": "-44", "month": "3", "day": "15"}, "text": {"headline": "Caesar killed"}},
                  {"start_date": {"year": 0}, "text": {"headline": "Year zero"}},
                  {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}}]}""";

        ReadResult<TimelineJsDocument> result = reader.readJson("rome.json", file);

        assertThat(only(result).timeline().milestones()).extracting(Milestone::date)
                .containsExactly(HistoricalDate.ofDay(-44, 3, 15));
        assertThat(result.problems()).extracting(ReadProblem::message).containsExactly(
                "there is no year 0: 1 BCE is followed by 1 CE",
                "'-13800000000' is not a year: expected -9999 to 9999 (cosmological timelines cannot be imported)");
    }

    @Test
    void importsWithoutAnEndThatComesBeforeTheStart() throws Exception {
        String file = """
                {"title": {"text": {"headline": "T"}},
                 "events": [{"start_date": {"year": 2021}, "end_date": {"year": 2019}, "text": {"headline": "A"}}]}""";

        ReadResult<TimelineJsDocument> result = reader.readJson("t.json", file);

        TimelineJsDocument document = only(result);
        assertThat(document.timeline().milestones().get(0).date()).isEqualTo(HistoricalDate.ofYear(2021));
        assertThat(document.milestoneExtras().get("a").other()).containsEntry("end_date.year", "2019");
        assertThat(result.problems()).singleElement().extracting(ReadProblem::field).isEqualTo("end_date.year");
    }

    @Test
    void makesDuplicateSlugsUnique() throws Exception {
        String file = """
                {"events": [{"start_date": {"year": 2021}, "text": {"headline": "Talks"}},
                            {"start_date": {"year": 2022}, "text": {"headline": "Talks"}, "unique_id": "talks"}]}""";

        Timeline timeline = only(reader.readJson("t.json", file)).timeline();

        assertThat(timeline.milestones()).extracting(Milestone::slug).containsExactly("talks", "talks-2");
    }

    @Test
    void namesAnUntitledTimelineAfterTheFile() throws Exception {
        ReadResult<TimelineJsDocument> result = reader.readJson("crimea-2014.json", "{\"events\": []}");

        assertThat(only(result).timeline().title()).isEqualTo("crimea-2014");
        assertThat(result.problems()).singleElement().extracting(ReadProblem::level)
                .isEqualTo(ReadProblem.Level.WARNING);
    }

    @Test
    void refusesJsonThatIsNotATimeline() {
        assertThatThrownBy(() -> reader.readJson("t.json", "{\"timeline\": {}}"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("t.json: not a TimelineJS timeline: expected a JSON object with an 'events' array (and "
                        + "optionally 'title', 'eras' and 'scale')");
        assertThatThrownBy(() -> reader.readJson("t.json", "{\"events\": [ {\"start_date\": "))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("t.json: not valid JSON at line 1, column ");
    }

    @Test
    void refusesJsonNestedTooDeeplyWithoutOverflowing() {
        String deep = "{\"events\": " + "[".repeat(100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> reader.readJson("deep.json", deep))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessageContaining("deep.json: not valid JSON")
                        .hasMessageContaining("nesting depth"));
    }

    @Test
    void namesAnEventWithoutHeadlineOrTextAfterItsCaption() throws Exception {
        String file = """
                {"title": {"text": {"headline": "T"}}, "events": [
                  {"start_date": {"year": 2021}, "media": {"url": "https://a.example/p.jpg", "caption": "The villa"}},
                  {"start_date": {"year": 2022}}]}""";

        ReadResult<TimelineJsDocument> result = reader.readJson("t.json", file);

        assertThat(only(result).timeline().milestones()).extracting(Milestone::headline).containsExactly("The villa");
        assertThat(result.problems()).extracting(ReadProblem::level, ReadProblem::location).containsExactly(
                tuple(ReadProblem.Level.WARNING, "event 1"), tuple(ReadProblem.Level.ERROR, "event 2"));
    }

    // ------------------------------------------------------------------------------------------- CSV

    @Test
    void readsTheSpreadsheetTemplateLikeTheJson() throws Exception {
        TimelineJsDocument document = only(csv());

        assertThat(document.timeline().title()).isEqualTo("US–Russia relations");
        assertThat(document.timeline().description()).isEqualTo("From the annexation of Crimea to the Geneva summit.");
        assertThat(document.timeline().milestones()).extracting(Milestone::date).containsExactly(
                CRIMEA, ELECTION, HistoricalDate.ofDay(2021, 3, 17), SUMMIT, HistoricalDate.ofMonth(2021, 7));
        assertThat(milestone(document, "russia-annexes-crimea").media()).containsExactly(SIGNING);
        assertThat(document.timeline().eras()).containsExactly(TRUMP);
    }

    @Test
    void keepsTheTemplateColumnsTheCoreCannotHold() throws Exception {
        TimelineJsDocument document = only(csv());

        SlideExtras crimea = document.milestoneExtras().get("russia-annexes-crimea");
        assertThat(crimea.textHtml()).isEqualTo("<p>President Putin signs a treaty absorbing Crimea into Russia.</p>"
                + "\n<p>The West answers with sanctions.</p>");
        assertThat(crimea.mediaThumbnail()).isEqualTo(THUMBNAIL);
        assertThat(crimea.group()).isEqualTo("Conflict");
        assertThat(document.milestoneExtras().get("election-interference").displayDate())
                .isEqualTo("2016 election and after");
        assertThat(document.milestoneExtras().get("biden-and-putin-meet-in-geneva").background()).isEqualTo(LAKE);
        assertThat(document.titleExtras().type()).isEqualTo("title");
        assertThat(document.titleExtras().background()).isEqualTo("#1a1a2e");
        assertThat(document.titleExtras().other()).containsOnly(
                entry("Media", "https://img.dailyledger.example/2021/06/geneva-panorama.jpg"),
                entry("Media Credit", "Lena Brun"));
        assertThat(document.eraExtras()).extracting(SlideExtras::type).containsExactly("era");
    }

    @Test
    void shortensAHeadlineOverTheLimitAndKeepsItWhole() throws Exception {
        TimelineJsDocument document = only(csv());

        Milestone recall = document.timeline().milestones().get(2);
        assertThat(recall.headline()).hasSizeLessThanOrEqualTo(Milestone.MAX_HEADLINE)
                .isEqualTo("Russia recalls its ambassador to Washington for consultations after President Biden, "
                        + "asked in a television interview,…");
        assertThat(document.milestoneExtras().get(recall.slug()).headlineHtml()).endsWith("is a killer");
    }

    @Test
    void reportsEachBadRowByNumberAndColumn() throws Exception {
        ReadResult<TimelineJsDocument> result = csv();

        assertThat(result.problems()).extracting(ReadProblem::toString).containsExactly(
                "timeline.csv, row 6, column Month: error: '13' is not a month: expected 1 to 12",
                "timeline.csv, row 7, column Day: error: the date does not exist: day must be between 1 and 28 in "
                        + "that month",
                "timeline.csv, row 8, column Time: error: '25:00' is not a time of day: expected 00:00 to 23:59",
                "timeline.csv, row 9, column Headline: warning: the headline is 156 characters long, more than the "
                        + "120 a timeline shows: shortened, the full headline is kept with the slide's extras",
                "timeline.csv, row 10, column Headline: warning: the event has no headline: named after the start of "
                        + "its text, 'Strategic stability talks begin in Geneva.'",
                "timeline.csv, row 13: error: the row has 21 cells but the header has 18 columns: is a comma in a "
                        + "cell missing its quotes?");
    }

    @Test
    void readsShortRowsAndExtraColumns() throws Exception {
        String file = HEADER + ",Source\n2021,6,16\n2021,6,17,,,,,,,Talks end,,,,,,,,,Reuters\n";

        ReadResult<TimelineJsDocument> result = reader.readCsv("t.csv", file);

        TimelineJsDocument document = only(result);
        assertThat(document.timeline().milestones()).extracting(Milestone::headline).containsExactly("Talks end");
        assertThat(document.milestoneExtras().get("talks-end").other()).containsOnly(entry("Source", "Reuters"));
        assertThat(result.problems()).extracting(ReadProblem::toString).contains(
                "t.csv, row 2, column Headline: error: the event has no headline, and no text or media caption to "
                        + "name it after");
    }

    @Test
    void readsTwelveHourTimesAndSpreadsheetNumbers() throws Exception {
        String file = HEADER + "\n2021.0,6.0,16.0,12:30 AM,,,,,,Night,,,,,,,,\n2021,6,16,12:15 pm,,,,,,Noon,,,,,,,,\n";

        Timeline timeline = only(reader.readCsv("t.csv", file)).timeline();

        assertThat(timeline.milestones()).extracting(m -> m.date().toString())
                .containsExactly("2021-06-16T00:30", "2021-06-16T12:15");
    }

    @Test
    void refusesAFileWithoutTheTemplateHeader() {
        assertThatThrownBy(() -> reader.readCsv("timeline-wrong-columns.csv", Fixtures.text("timeline-wrong-columns.csv")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("timeline-wrong-columns.csv: not the TimelineJS spreadsheet template: its header is Date, "
                        + "Event, Notes. Expected a header row with the columns Year, Month, Day, Time, End Year, End "
                        + "Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, "
                        + "Media Thumbnail, Type, Group, Background");
    }

    @Test
    void namesTheMissingColumns() {
        String header = HEADER.replace(",End Time", "").replace(",Group", "");

        assertThatThrownBy(() -> reader.readCsv("t.csv", header + "\n2021,,,,,,,,A,,,,,,,\n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("t.csv: not the TimelineJS spreadsheet template: missing the columns End Time, "
                        + "Group. Expected a header row");
    }

    @Test
    void keepsTheRowsBeforeABrokenQuote() throws Exception {
        String file = HEADER + "\n2021,,,,,,,,,First,,,,,,,,\n2022,,,,,,,,,\"Second,,,,,,,,\n";

        ReadResult<TimelineJsDocument> result = reader.readCsv("t.csv", file);

        assertThat(only(result).timeline().milestones()).extracting(Milestone::headline).containsExactly("First");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("row 3");
            assertThat(problem.message()).contains("this row and the rest of the file were not read");
        });
    }

    @Test
    void keepsEveryTemplateValueOfAFullRow() throws Exception {
        String row = "2021,6,16,13:05,2021,6,16,16:40,Wednesday afternoon,<b>Summit</b>,<p>Talks.</p>,"
                + "https://a.example/p.jpg,<i>AP</i>,Villa,https://a.example/t.jpg,event,Diplomacy,#fff";

        TimelineJsDocument document = only(reader.readCsv("t.csv", HEADER + "\n" + row + "\n"));

        Milestone summit = document.timeline().milestones().get(0);
        SlideExtras extras = document.milestoneExtras().get(summit.slug());
        assertThat(summit.date()).isEqualTo(SUMMIT);
        assertThat(summit.headline()).isEqualTo("Summit");
        assertThat(summit.summary()).isEqualTo(Summary.plain("Talks."));
        assertThat(summit.media()).containsExactly(new Media("https://a.example/p.jpg", "AP", "Villa"));
        assertThat(extras).isEqualTo(new SlideExtras("<b>Summit</b>", "<p>Talks.</p>", "Wednesday afternoon",
                "Diplomacy", "#fff", "https://a.example/t.jpg", "event", null, Map.of("Media Credit", "<i>AP</i>")));
        assertThat(summit.slug()).isEqualTo("summit");
    }
}
