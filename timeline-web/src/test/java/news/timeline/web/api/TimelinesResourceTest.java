package news.timeline.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public API: what readers see, as JSON, in windows for big timelines, and nothing editors have not published. */
@QuarkusTest
class TimelinesResourceTest {

    private static final String DEMO = "us-russia-relations";
    private static final String BIG = "api-big";
    private static final int BIG_SIZE = ReaderQueries.WINDOW + 5;
    private static final String DRAFT_TIMELINE = "api-secret-plans";

    @Inject
    TimelineStore store;

    @Inject
    EditorService editor;

    @BeforeEach
    void timelines() {
        if (store.find(BIG).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < BIG_SIZE; i++) {
                milestones.add(Milestone.builder("Day " + i).slug("day-" + i)
                        .date(HistoricalDate.of(java.time.LocalDate.of(2000, 1, 1).plusDays(i))).build());
            }
            store.save(new Timeline(BIG, "API big timeline", "Many days", List.of(), milestones));
            MilestoneForm draft = MilestoneForm.blank();
            draft.headline = "Unpublished draft";
            draft.date = "2000-01-02";
            draft.published = null;
            editor.saveMilestone(BIG, null, draft);
            MilestoneForm deleted = MilestoneForm.blank();
            deleted.headline = "Deleted milestone";
            deleted.date = "2000-01-03";
            editor.saveMilestone(BIG, null, deleted);
            editor.delete(BIG, "deleted-milestone");
        }
        if (editor.timeline(DRAFT_TIMELINE).isEmpty()) {
            editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("Secret plans", DRAFT_TIMELINE, null, "draft"));
        }
    }

    @Test
    void listsPublishedTimelinesOnly() {
        Response list = given().when().get("/api/timelines");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("application/json");
        JsonPath json = list.jsonPath();
        assertThat(json.getList("timelines.slug", String.class)).contains(DEMO, BIG).doesNotContain(DRAFT_TIMELINE);
        assertThat(json.getString("timelines.find { it.slug == 'api-big' }.api")).endsWith("/api/timelines/" + BIG);
        assertThat(json.getInt("timelines.find { it.slug == 'api-big' }.milestones")).isEqualTo(BIG_SIZE);
        assertThat(json.getString("timelines.find { it.slug == 'api-big' }.firstDay")).isEqualTo("2000-01-01");
    }

    @Test
    void publicReadsAreCacheableAndOpenToAnySite() {
        for (String path : List.of("/api/timelines", "/api/timelines/" + DEMO, "/api/timelines/" + DEMO + "/milestones/geneva-summit",
                "/api/timelines/" + DEMO + "/milestones")) {
            Response response = given().header("Origin", "https://publisher.example").when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=60, stale-while-revalidate=60");
            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).as(path).isNull();
            assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
        }
    }

    @Test
    void timelineHasErasAndMilestonesWithDatesAtTheirPrecision() {
        JsonPath demo = given().when().get("/api/timelines/" + DEMO).then().statusCode(200).extract().jsonPath();
        assertThat(demo.getString("title")).isEqualTo("US–Russia relations");
        assertThat(demo.getList("eras.name", String.class)).contains("Biden administration");
        assertThat(demo.getString("eras.find { it.name == 'Biden administration' }.span.value")).isEqualTo("2021-01-20/2025-01-19");
        assertThat(demo.getString("milestones[0].slug")).isEqualTo("crimea-annexation");
        assertThat(demo.getString("milestones[0].date.value")).isEqualTo("2014");
        assertThat(demo.getString("milestones[0].date.precision")).isEqualTo("year");
        assertThat(demo.getString("milestones[0].date.firstDay")).isEqualTo("2014-01-01");
        assertThat(demo.getString("milestones[0].date.lastDay")).isEqualTo("2014-12-31");
        assertThat(demo.getString("milestones[0].url")).endsWith("/timelines/" + DEMO + "/milestones/crimea-annexation");
        assertThat(demo.getInt("total")).isEqualTo(demo.getList("milestones").size());
        assertThat(demo.getString("next")).isNull();

        JsonPath geneva = given().when().get("/api/timelines/" + DEMO + "/milestones/geneva-summit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(geneva.getString("kind")).isEqualTo("meeting");
        assertThat(geneva.getList("actors.slug", String.class)).contains("vladimir-putin");
        assertThat(geneva.getString("date.precision")).as("the article says only 2021").isEqualTo("year");
        assertThat(geneva.getString("sources[0].quote")).contains("Geneva in 2021");
    }

    @Test
    void bigTimelinesComeInWindows() {
        JsonPath first = given().when().get("/api/timelines/" + BIG).then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("total")).isEqualTo(BIG_SIZE);
        assertThat(first.getInt("limit")).isEqualTo(ReaderQueries.WINDOW);
        assertThat(first.getList("milestones")).hasSize(ReaderQueries.WINDOW);
        assertThat(first.getString("next")).endsWith("/api/timelines/" + BIG + "?offset=" + ReaderQueries.WINDOW
                + "&after=day-" + (ReaderQueries.WINDOW - 1));

        JsonPath rest = given().queryParam("offset", ReaderQueries.WINDOW).when().get("/api/timelines/" + BIG)
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("milestones")).hasSize(BIG_SIZE - ReaderQueries.WINDOW);
        assertThat(rest.getString("milestones[0].slug")).isEqualTo("day-" + ReaderQueries.WINDOW);
        assertThat(rest.getString("next")).isNull();
        // "next" reads on from the key of the window's last milestone: the same window as the offset's.
        JsonPath following = given().when().get(first.getString("next").replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).extract().jsonPath();
        assertThat(following.getList("milestones.slug")).isEqualTo(rest.getList("milestones.slug"));
        assertThat(following.getInt("offset")).isEqualTo(ReaderQueries.WINDOW);
        // After a milestone that is not there (deleted since, or a typo): a 400 that names the parameter and the key.
        JsonPath unknown = given().queryParam("offset", ReaderQueries.WINDOW).queryParam("after", "no-such-day").when()
                .get("/api/timelines/" + BIG).then().statusCode(400).extract().jsonPath();
        assertThat(unknown.getList("errors.field")).containsExactly("after");
        assertThat(unknown.getString("errors[0].message")).contains("'after'", "'no-such-day'");
        JsonPath unknownWindow = given().queryParam("after", "no-such-day").when()
                .get("/api/timelines/" + BIG + "/milestones").then().statusCode(400).extract().jsonPath();
        assertThat(unknownWindow.getList("errors.field")).containsExactly("after");

        JsonPath february = given().queryParam("from", "2000-02").queryParam("to", "2000-02").when().get("/api/timelines/" + BIG)
                .then().statusCode(200).extract().jsonPath();
        assertThat(february.getInt("total")).isEqualTo(29);
        assertThat(february.getString("milestones[0].slug")).isEqualTo("day-31");
    }

    @Test
    void draftsAndDeletedMilestonesAreInvisible() {
        JsonPath big = given().when().get("/api/timelines/" + BIG).then().statusCode(200).extract().jsonPath();
        assertThat(big.getList("milestones.slug", String.class)).doesNotContain("unpublished-draft", "deleted-milestone");
        given().when().get("/api/timelines/" + BIG + "/milestones/unpublished-draft").then().statusCode(404);
        given().when().get("/api/timelines/" + BIG + "/milestones/deleted-milestone").then().statusCode(404);
        given().when().get("/api/timelines/" + BIG + "/milestones/day-3").then().statusCode(200);

        Response draft = given().when().get("/api/timelines/" + DRAFT_TIMELINE);
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.jsonPath().getString("errors[0].message")).isEqualTo("There is no timeline called '" + DRAFT_TIMELINE + "'.");
        given().when().get("/api/timelines/" + DRAFT_TIMELINE + "/milestones").then().statusCode(404);
    }

    @Test
    void badParametersAreNamed() {
        Response offset = given().queryParam("offset", "minus one").when().get("/api/timelines/" + DEMO);
        assertThat(offset.statusCode()).isEqualTo(400);
        assertThat(offset.jsonPath().getString("errors[0].field")).isEqualTo("offset");
        Response from = given().queryParam("from", "2021-13").when().get("/api/timelines/" + DEMO);
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(from.jsonPath().getString("errors[0].field")).isEqualTo("from");
        Response missing = given().when().get("/api/timelines/" + DEMO + "/milestones/no-such-milestone");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.jsonPath().getString("errors[0].message")).contains("no-such-milestone");
    }
}
