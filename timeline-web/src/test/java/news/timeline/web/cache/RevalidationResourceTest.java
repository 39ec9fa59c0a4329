package news.timeline.web.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import news.timeline.web.demo.DemoDesks;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.editor.EditorService;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Published pages and API reads: validators, 304s, the site's kept pages, and that every change readers
 * would see, through the editor's forms or the API, gives a new ETag; signed-in editors and drafts are
 * never cached for the public.
 */
@QuarkusTest
class RevalidationResourceTest {

    /** A copy of the demo timeline that only these tests change. */
    private static final String DESK = "revalidation-desk";
    private static final String PAGE = "/timelines/" + DESK;
    private static final String API = "/api/timelines/" + DESK;
    private static final String EDITOR = "revalidation-desk-editor";
    private static final String PASSWORD = "revalidation desk's long password";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PUBLIC = "public, max-age=10, stale-while-revalidate=60";

    @Inject
    DemoDesks desks;
    @Inject
    EditorService editor;
    @Inject
    ReaderCache cache;

    private String token;
    private String milestone;

    @BeforeEach
    void createTheDesk() {
        token = desks.open(DESK, "Revalidation desk", EDITOR, PASSWORD);
        milestone = DemoTimeline.load().milestones().get(0).slug();
    }

    @Test
    void aPublishedPageCarriesValidatorsAndMayBeCachedByAnyone() {
        Response page = given().when().get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("ETag")).startsWith("W/\"");
        assertThat(page.getHeader("Last-Modified")).endsWith(" GMT");
        assertThat(page.getHeader("Cache-Control")).isEqualTo(PUBLIC);
        assertThat(page.getHeader("Vary")).contains("Accept-Encoding", "Accept-Language", "Cookie");
        assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aReaderWhoHasThePageGetsHeadersOnly() {
        Response page = given().when().get(PAGE + "?kind=meeting");
        String etag = page.getHeader("ETag");

        Response again = given().header("If-None-Match", etag).when().get(PAGE + "?kind=meeting");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        assertThat(again.getHeader("Cache-Control")).isEqualTo(PUBLIC);

        given().header("If-Modified-Since", page.getHeader("Last-Modified")).when().get(PAGE + "?kind=meeting")
                .then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").when().get(PAGE + "?kind=meeting")
                .then().statusCode(200);
        given().header("If-None-Match", "W/\"something else\"").when().get(PAGE + "?kind=meeting").then().statusCode(200);
        assertThat(given().header("If-None-Match", etag).when().get(PAGE).statusCode())
                .as("another query is another page").isEqualTo(200);
    }

    @Test
    void theSecondReaderGetsTheSameBytesFromTheSiteMemory() {
        String first = given().when().get(PAGE + "?q=Geneva").then().statusCode(200).extract().asString();
        long kept = cache.size();
        Response second = given().when().get(PAGE + "?q=Geneva");

        assertThat(second.asString()).isEqualTo(first).contains("Geneva");
        assertThat(cache.size()).isEqualTo(kept);
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        Response gzipped = given().config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").when().get(PAGE + "?q=Geneva");
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzipped.asByteArray())).isEqualTo(first);
        Response plain = given().config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").when().get(PAGE + "?q=Geneva");
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.asString()).isEqualTo(first);
    }

    @Test
    void eachLanguageIsAPageOfItsOwn() {
        String english = given().header("Accept-Language", "en").when().get(PAGE).getHeader("ETag");
        String german = given().header("Accept-Language", "de").when().get(PAGE).getHeader("ETag");
        String asked = given().when().get(PAGE + "?lang=de").getHeader("ETag");

        assertThat(german).isNotEqualTo(english);
        assertThat(asked).isNotEqualTo(english).isNotEqualTo(german);
        given().header("Accept-Language", "de").header("If-None-Match", english).when().get(PAGE).then().statusCode(200);
    }

    @Test
    void anEditThroughTheApiChangesThePagesAndTheApiReads() {
        String page = given().when().get(PAGE).getHeader("ETag");
        String read = given().when().get(API).getHeader("ETag");
        String permalink = given().when().get(PAGE + "/milestones/" + milestone).getHeader("ETag");

        Response created = api().body(Map.of("headline", "Envoys meet in Istanbul", "date", "2025-02-27"))
                .post("/api/editor/timelines/" + DESK + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        Response changed = given().header("If-None-Match", page).when().get(PAGE);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(page);
        assertThat(changed.asString()).contains("Envoys meet in Istanbul");
        Response api = given().header("If-None-Match", read).when().get(API);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.asString()).contains("Envoys meet in Istanbul");
        assertThat(given().header("If-None-Match", permalink).when().get(PAGE + "/milestones/" + milestone).statusCode())
                .as("every page of the timeline follows it").isEqualTo(200);
    }

    @Test
    void anEditThroughTheEditorsFormsChangesThePage() {
        String before = given().when().get(PAGE).getHeader("ETag");
        EditorSession session = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);
        Response form = session.get("/editor/timelines/" + DESK);

        Response noted = session.post(form, "/editor/timelines/" + DESK + "/notes", "note", "A date was corrected.");
        assertThat(noted.statusCode()).as(noted.asString()).isEqualTo(303);

        Response after = given().header("If-None-Match", before).when().get(PAGE);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.asString()).contains("A date was corrected.");

        Response deleted = given().redirects().follow(false).header("Authorization", "Bearer " + token)
                .when().delete("/api/editor/timelines/" + DESK + "/milestones/" + milestone);
        assertThat(deleted.statusCode()).as(deleted.asString()).isBetween(200, 204);
        assertThat(given().header("If-None-Match", after.getHeader("ETag")).when().get(PAGE).statusCode()).isEqualTo(200);
        given().when().get(PAGE + "/milestones/" + milestone).then().statusCode(404).header("ETag", (String) null);
        editor.restore(DESK, milestone);
        given().when().get(PAGE + "/milestones/" + milestone).then().statusCode(200);
    }

    @Test
    void theTimelinesOwnSettingsChangeItsPagesAndADraftIsGoneAtOnce() {
        String slug = "revalidation-settings";
        String editorApi = "/api/editor/timelines/" + slug;
        if (api().get(editorApi).statusCode() == 404) {
            assertThat(api().body(Map.of("title", "Settings desk", "slug", slug)).post("/api/editor/timelines").statusCode())
                    .isEqualTo(201);
        }
        long version = api().get(editorApi).jsonPath().getLong("version");
        assertThat(api().body(Map.of("title", "Settings desk", "state", "published", "version", version)).put(editorApi)
                .statusCode()).isEqualTo(200);
        Response published = given().when().get("/timelines/" + slug);
        assertThat(published.statusCode()).isEqualTo(200);
        String etag = published.getHeader("ETag");

        version = api().get(editorApi).jsonPath().getLong("version");
        assertThat(api().body(Map.of("title", "Settings desk, renamed", "state", "published", "version", version))
                .put(editorApi).statusCode()).isEqualTo(200);
        Response renamed = given().header("If-None-Match", etag).when().get("/timelines/" + slug);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(renamed.asString()).contains("Settings desk, renamed");

        version = api().get(editorApi).jsonPath().getLong("version");
        assertThat(api().body(Map.of("title", "Settings desk, renamed", "state", "draft", "version", version))
                .put(editorApi).statusCode()).isEqualTo(200);
        Response draft = given().header("If-None-Match", renamed.getHeader("ETag")).when().get("/timelines/" + slug);
        assertThat(draft.statusCode()).as("a timeline made a draft is gone, kept or not").isEqualTo(404);
        assertThat(draft.getHeader("ETag")).isNull();
    }

    @Test
    void aSignedInEditorIsNeitherServedNorCachedForThePublic() {
        String anonymous = given().when().get(PAGE).then().statusCode(200).extract().asString();
        String etag = given().when().get(PAGE).getHeader("ETag");
        EditorSession session = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);

        Response signedIn = given().cookie("timeline-session", session.cookie()).header("If-None-Match", etag).when().get(PAGE);

        assertThat(signedIn.statusCode()).as("no 304 from the public page's tag").isEqualTo(200);
        assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private");
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.getHeader("Vary")).contains("Cookie");
        assertThat(signedIn.asString()).isNotEqualTo(anonymous).contains("/editor");
        String after = given().when().get(PAGE).then().statusCode(200).extract().asString();
        assertThat(after).as("the editor's page is not kept for readers").isEqualTo(anonymous);
    }

    @Test
    void draftsAreNeverCachedForThePublic() {
        String draft = "revalidation-draft";
        if (api().get("/api/editor/timelines/" + draft).statusCode() == 404) {
            assertThat(api().body(Map.of("title", "Draft", "slug", draft)).post("/api/editor/timelines").statusCode()).isEqualTo(201);
        }
        Response page = given().when().get("/timelines/" + draft);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.getHeader("ETag")).isNull();
        assertThat(String.valueOf(page.getHeader("Cache-Control"))).doesNotContain("public");

        Response created = api().body(Map.of("headline", "Unpublished talks", "date", "2025-03-01", "published", false))
                .post("/api/editor/timelines/" + DESK + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String slug = created.jsonPath().getString("slug");
        Response hidden = given().header("If-None-Match", "*").when().get(PAGE + "/milestones/" + slug);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(String.valueOf(hidden.getHeader("Cache-Control"))).doesNotContain("public");
        assertThat(given().when().get(PAGE).asString()).doesNotContain("Unpublished talks");
    }

    @Test
    void headAnswersTheHeadersOfGet() {
        Response get = given().when().get(PAGE + "/story");
        Response head = given().when().head(PAGE + "/story");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.asByteArray()).isEmpty();
        assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
        assertThat(head.getHeader("Cache-Control")).isEqualTo(PUBLIC);
        given().header("If-None-Match", get.getHeader("ETag")).when().head(PAGE + "/story").then().statusCode(304);
    }

    @Test
    void theApiAndTheEmbedRevalidateToo() {
        for (String address : List.of(API, API + "/milestones/" + milestone, "/embed/timelines/" + DESK,
                PAGE + "/story/" + milestone)) {
            Response first = given().when().get(address);
            assertThat(first.statusCode()).as(address).isEqualTo(200);
            assertThat(first.getHeader("ETag")).as(address).startsWith("W/\"");
            given().header("If-None-Match", first.getHeader("ETag")).when().get(address).then().statusCode(304);
        }
        Response api = given().when().get(API);
        assertThat(api.getHeader("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=60");
        assertThat(api.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(api.getContentType()).startsWith("application/json");
        assertThat(api.jsonPath().getString("slug")).isEqualTo(DESK);

        Response embed = given().when().get("/embed/timelines/" + DESK);
        Response kept = given().when().get("/embed/timelines/" + DESK);
        assertThat(kept.asString()).isEqualTo(embed.asString());
        assertThat(kept.getHeader("Content-Security-Policy")).as("the widget's own policy is kept with it")
                .isEqualTo(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors");
    }

    private static String gunzip(byte[] gzipped) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("not gzip", e);
        }
    }

    private RequestSpecification api() {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
