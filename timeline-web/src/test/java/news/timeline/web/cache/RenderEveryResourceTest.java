package news.timeline.web.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import news.timeline.web.demo.DemoDesks;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * A page rendered for readers is sent as it is for {@code timeline.reader.render-every} whatever editors add or
 * change meanwhile, by the early answers and by the REST layer alike; signed-in editors see their edit at once, and
 * a removal (a milestone deleted or unpublished, a timeline made a draft) leaves the kept pages at once. The
 * interval is long here, so that nothing but the setting decides what the readers get; ReaderCacheTest sees it end.
 */
@QuarkusTest
@TestProfile(RenderEveryResourceTest.RenderedOnceAnHour.class)
class RenderEveryResourceTest {

    public static class RenderedOnceAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.reader.render-every", "PT1H");
        }
    }

    private static final String DESK = "render-every-desk";
    private static final String PAGE = "/timelines/" + DESK;
    private static final String API = "/api/timelines/" + DESK;

    @Inject
    DemoDesks desks;

    @Test
    void readersGetThePageAsRenderedUntilItsTimeIsUpAndEditorsSeeTheirEditAtOnce() {
        String token = desks.open(DESK, "Render-every desk", "render-every-editor", "render-every desk's long password");
        Response page = given().when().get(PAGE);
        Response read = given().when().get(API);
        assertThat(page.statusCode()).isEqualTo(200);

        Response created = given().redirects().follow(false).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(Map.of("headline", "Envoys meet in Ankara", "date", "2025-02-27"))
                .post("/api/editor/timelines/" + DESK + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        Response again = given().when().get(PAGE);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.getHeader("ETag")).isEqualTo(page.getHeader("ETag"));
        assertThat(again.asString()).isEqualTo(page.asString()).doesNotContain("Envoys meet in Ankara");
        given().header("If-None-Match", page.getHeader("ETag")).when().get(PAGE).then().statusCode(304);
        assertThat(given().when().get(API).asString()).isEqualTo(read.asString());
        Response withOtherCookie = given().cookie("analytics", "1").when().get(PAGE);
        assertThat(withOtherCookie.asString()).as("the REST layer's way sends the same").isEqualTo(page.asString());

        Response editors = EditorSession.signIn("admin", "test-admin-password").get(PAGE);
        assertThat(editors.statusCode()).isEqualTo(200);
        assertThat(editors.asString()).contains("Envoys meet in Ankara");
        Response unread = given().when().get(PAGE + "?q=Ankara");
        assertThat(unread.asString()).as("a page nobody read yet is rendered as it is now").contains("Envoys meet in Ankara");
    }

    @Test
    void aDeletedMilestoneAndADraftLeaveTheKeptPagesAtOnce() {
        String desk = "render-every-removals";
        String token = desks.open(desk, "Render-every removals", "render-every-remover", "render-every remover's long password");
        Response created = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Envoys meet in Izmir", "date", "2025-02-27"))
                .post("/api/editor/timelines/" + desk + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String milestone = created.jsonPath().getString("milestone.slug");
        assertThat(given().when().get("/timelines/" + desk).asString()).contains("Envoys meet in Izmir");
        assertThat(given().when().get("/api/timelines/" + desk + "/milestones").asString()).contains("Envoys meet in Izmir");

        given().header("Authorization", "Bearer " + token).delete("/api/editor/timelines/" + desk + "/milestones/" + milestone)
                .then().statusCode(204);

        assertThat(given().when().get("/timelines/" + desk).asString()).as("the page kept before the deletion is not sent")
                .doesNotContain("Envoys meet in Izmir");
        assertThat(given().when().get("/api/timelines/" + desk + "/milestones").asString()).doesNotContain("Envoys meet in Izmir");

        Response second = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Envoys meet in Bursa", "date", "2025-02-28"))
                .post("/api/editor/timelines/" + desk + "/milestones");
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(201);
        String bursa = second.jsonPath().getString("milestone.slug");
        assertThat(given().when().get("/timelines/" + desk + "?q=Bursa").asString()).contains("Envoys meet in Bursa");
        Response unpublished = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Envoys meet in Bursa", "date", "2025-02-28", "published", false,
                        "version", second.jsonPath().getLong("version")))
                .put("/api/editor/timelines/" + desk + "/milestones/" + bursa);
        assertThat(unpublished.statusCode()).as(unpublished.asString()).isEqualTo(200);
        assertThat(given().when().get("/timelines/" + desk + "?q=Bursa").asString()).as("an unpublished milestone leaves too")
                .doesNotContain("Envoys meet in Bursa");

        Response timeline = given().header("Authorization", "Bearer " + token).get("/api/editor/timelines/" + desk);
        Response drafted = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("title", timeline.jsonPath().getString("title"), "state", "draft",
                        "version", timeline.jsonPath().getLong("version")))
                .put("/api/editor/timelines/" + desk);
        assertThat(drafted.statusCode()).as(drafted.asString()).isEqualTo(200);

        assertThat(given().when().get("/timelines/" + desk).statusCode()).as("a draft is no longer read").isEqualTo(404);
    }
}
