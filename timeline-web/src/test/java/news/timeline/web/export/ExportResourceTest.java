package news.timeline.web.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Each export of the demo timeline, read back with the format's own library and checked field by field. */
@QuarkusTest
class ExportResourceTest {

    private static final String DEMO = "/timelines/us-russia-relations";
    private static final int DATED = 9;
    private static final int ALL = 10;

    @Test
    void calendarHasAnAllDayEventPerDatedMilestoneAtItsPrecision() throws Exception {
        String body = given().when().get(DEMO + "/calendar.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("us-russia-relations.ics"))
                .extract().asString();

        ICalendar calendar = Biweekly.parse(body).first();

        assertThat(calendar.getEvents()).hasSize(DATED);
        VEvent crimea = event(calendar, "Russia annexes Crimea");
        assertThat(day(crimea.getDateStart().getValue())).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(day(crimea.getDateEnd().getValue())).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(crimea.getDateStart().getValue().hasTime()).isFalse();
        VEvent call = event(calendar, "Trump and Putin hold 90-minute phone call");
        assertThat(day(call.getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(day(call.getDateEnd().getValue())).isEqualTo(LocalDate.of(2025, 2, 13));
        assertThat(call.getUrl().getValue()).isEqualTo("http://localhost:8080" + DEMO + "/milestones/trump-putin-call");
        assertThat(call.getDescription().getValue()).contains("“The call between Trump and Putin lasted approximately 90 minutes, indicative of");
        assertThat(call.getStatus().isConfirmed()).isTrue();
    }

    @Test
    void atomFeedHasAnEntryPerMilestone() throws Exception {
        String body = given().when().get(DEMO + "/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();

        SyndFeed feed = new SyndFeedInput().build(new StringReader(body));

        assertThat(feed.getTitle()).isEqualTo("US–Russia relations");
        assertThat(feed.getEntries()).hasSize(ALL);
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .contains("2014: Russia annexes Crimea", "planned: Trump and Putin agree to meet in Saudi Arabia");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
                .contains("http://localhost:8080" + DEMO + "/milestones/geneva-summit");
    }

    @Test
    void csvHasEveryFieldOfEveryMilestone() throws Exception {
        String body = given().when().get(DEMO + "/milestones.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(body)).getRecords();

        // One row per milestone and source: some milestones are told in several sentences.
        assertThat(rows.stream().map(r -> r.get("slug")).distinct()).hasSize(ALL);
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CsvExport.COLUMNS);
        CSVRecord geneva = rows.stream().filter(r -> r.get("slug").equals("geneva-summit")).findFirst().orElseThrow();
        assertThat(geneva.get("date")).isEqualTo("2021");
        assertThat(geneva.get("precision")).isEqualTo("year");
        assertThat(geneva.get("kind")).isEqualTo("meeting");
        assertThat(geneva.get("actors")).isEqualTo("Joe Biden; Vladimir Putin");
        assertThat(geneva.get("quote")).contains("President Biden’s discussions with Putin in Geneva in 2021");
    }

    @Test
    void timelineJsJsonKeepsEachDateAtItsPrecision() throws Exception {
        String body = given().when().get(DEMO + "/timelinejs.json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();

        JsonNode root = new ObjectMapper().readTree(body);

        assertThat(root.at("/title/text/headline").asText()).isEqualTo("US–Russia relations");
        assertThat(root.get("events")).hasSize(DATED);
        JsonNode crimea = root.get("events").get(0);
        assertThat(crimea.get("unique_id").asText()).isEqualTo("crimea-annexation");
        assertThat(crimea.get("start_date").toString()).isEqualTo("{\"year\":2014}");
        assertThat(crimea.get("group").asText()).isEqualTo("annexation");
        assertThat(crimea.at("/text/text").asText()).containsPattern("<blockquote>[^<]*Russia’s annexation of Crimea in 2014[^<]*</blockquote>");
        assertThat(root.get("eras")).hasSize(4);
        assertThat(root.at("/eras/2/text/headline").asText()).isEqualTo("Biden administration");
    }

    @Test
    void timelineJsCsvFollowsTheSpreadsheetTemplate() throws Exception {
        String body = given().when().get(DEMO + "/timelinejs.csv").then().statusCode(200).extract().asString();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(body)).getRecords();

        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(TimelineJsExport.CSV_COLUMNS);
        assertThat(rows).filteredOn(r -> r.get("Type").equals("title")).singleElement()
                .satisfies(r -> assertThat(r.get("Headline")).isEqualTo("US–Russia relations"));
        assertThat(rows).filteredOn(r -> r.get("Type").equals("era")).hasSize(4);
        assertThat(rows).filteredOn(r -> r.get("Type").isEmpty()).hasSize(DATED);
        CSVRecord call = rows.stream().filter(r -> r.get("Headline").startsWith("Trump and Putin hold")).findFirst().orElseThrow();
        assertThat(List.of(call.get("Year"), call.get("Month"), call.get("Day"), call.get("Time"))).containsExactly("2025", "2", "12", "");
        CSVRecord crimea = rows.stream().filter(r -> r.get("Headline").equals("Russia annexes Crimea")).findFirst().orElseThrow();
        assertThat(List.of(crimea.get("Year"), crimea.get("Month"), crimea.get("Day"))).containsExactly("2014", "", "");
    }

    @Test
    void unknownTimelineIsNotFound() {
        given().when().get("/timelines/nothing/calendar.ics").then().statusCode(404);
        given().when().get("/timelines/nothing/timelinejs.json").then().statusCode(404);
    }

    private static VEvent event(ICalendar calendar, String summary) {
        return calendar.getEvents().stream().filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
