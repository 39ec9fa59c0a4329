package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import news.timeline.web.cache.KeptAnswers;
import news.timeline.web.demo.DemoDesks;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.editor.EditorService;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kept pages answered before the REST layer ({@link KeptAnswers}): the same status, headers and bytes as the
 * REST layer's answer to the same request, 304s, and never a page that an edit made out of date, a signed-in
 * editor's, a draft's or a deleted milestone's. A cookie the site does not read sends a request the REST
 * layer's way without changing its answer, which gives the answer to compare with.
 */
@QuarkusTest
class KeptPagesResourceTest {

    /** A copy of the demo timeline that only these tests change. */
    private static final String DESK = "kept-pages-desk";
    private static final String PAGE = "/timelines/" + DESK;
    private static final String API = "/api/timelines/" + DESK;
    private static final String EDITOR = "kept-pages-editor";
    private static final String PASSWORD = "kept pages desk's long password";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    /** A cookie nothing on the site reads: the request goes the REST layer's way, for the same answer. */
    private static final String OTHER_COOKIE = "analytics";
    /** Headers that differ between any two answers, whoever gives them. */
    private static final List<String> PER_ANSWER = List.of("x-request-id", "date");

    @Inject
    DemoDesks desks;
    @Inject
    KeptAnswers kept;
    @Inject
    EditorService editor;

    private String token;
    private String milestone;

    @BeforeEach
    void createTheDesk() {
        token = desks.open(DESK, "Kept pages desk", EDITOR, PASSWORD);
        milestone = DemoTimeline.load().milestones().get(1).slug();
    }

    @Test
    void theEarlyAnswerIsTheRestLayersAnswer() {
        for (String address : List.of(PAGE, PAGE + "?kind=meeting", PAGE + "/milestones/" + milestone, PAGE + "/story", API,
                "/embed/timelines/" + DESK)) {
            for (String encoding : List.of("gzip", "identity", "deflate, br")) {
                same(address, request -> request.header("Accept-Encoding", encoding).get(address));
                same(address, request -> request.header("Accept-Encoding", encoding).head(address));
            }
        }
        same(PAGE + " in German", request -> request.header("Accept-Language", "de").get(PAGE));
        same(PAGE + " with the language cookie", request -> request.cookie(ReaderLocales.COOKIE, "uk").get(PAGE));
        same(PAGE + " as a browser asks", request -> request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .get(PAGE + "?lang=de"));
    }

    @Test
    void aReaderWhoHasThePageGets304sFromTheEarlyAnswerToo() {
        Response page = early(() -> plain().get(PAGE));
        String etag = page.getHeader("ETag");

        same("If-None-Match", request -> request.header("If-None-Match", etag).get(PAGE));
        same("If-None-Match among others", request -> request.header("If-None-Match", "W/\"other\", " + etag).get(PAGE));
        same("If-Modified-Since", request -> request.header("If-Modified-Since", page.getHeader("Last-Modified")).get(PAGE));
        Response notModified = early(() -> plain().header("If-None-Match", etag).get(PAGE));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.asByteArray()).isEmpty();
        assertThat(early(() -> plain().header("If-None-Match", "W/\"something else\"").get(PAGE)).statusCode()).isEqualTo(200);
        assertThat(early(() -> plain().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").get(PAGE)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anEditIsOnTheNextRequestsPage() {
        String before = early(() -> plain().get(PAGE)).getHeader("ETag");

        Response created = api().body(Map.of("headline", "Kept envoys meet in Riyadh", "date", "2025-02-18"))
                .post("/api/editor/timelines/" + DESK + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        long answered = kept.answered();
        Response after = plain().header("If-None-Match", before).get(PAGE);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before);
        assertThat(after.asString()).contains("Kept envoys meet in Riyadh");
        assertThat(kept.answered()).as("the kept page is out of date: the REST layer renders the new one").isEqualTo(answered);
        Response next = early(() -> plain().get(PAGE));
        assertThat(next.getHeader("ETag")).isEqualTo(after.getHeader("ETag"));
        assertThat(next.asString()).isEqualTo(after.asString());
    }

    @Test
    void aSignedInEditorAndATokenNeverGetTheKeptPage() {
        String anonymous = early(() -> plain().get(PAGE)).asString();
        String etag = early(() -> plain().get(PAGE)).getHeader("ETag");
        EditorSession session = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);

        long answered = kept.answered();
        Response signedIn = plain().cookie("timeline-session", session.cookie()).header("If-None-Match", etag).get(PAGE);
        Response withLanguage = plain().cookie("timeline-session", session.cookie()).cookie(ReaderLocales.COOKIE, "en").get(PAGE);
        Response withToken = plain().header("Authorization", "Bearer " + token).header("If-None-Match", etag).get(PAGE);

        assertThat(kept.answered()).isEqualTo(answered);
        assertThat(signedIn.statusCode()).as("no 304 from the public page's tag").isEqualTo(200);
        assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private");
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.asString()).isNotEqualTo(anonymous).contains("/editor");
        assertThat(withLanguage.getHeader("Cache-Control")).isEqualTo("private");
        assertThat(withToken.statusCode()).as("a token signs in to the editor's API only: a reader's 304").isEqualTo(304);
        assertThat(early(() -> plain().get(PAGE)).asString()).as("the editor's page is not kept for readers").isEqualTo(anonymous);
    }

    @Test
    void aDeletedMilestoneAndADraftAreGoneAtOnce() {
        String permalink = PAGE + "/milestones/" + milestone;
        early(() -> plain().get(permalink));
        Response deleted = api().delete("/api/editor/timelines/" + DESK + "/milestones/" + milestone);
        assertThat(deleted.statusCode()).as(deleted.asString()).isBetween(200, 204);

        Response gone = plain().get(permalink);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.getHeader("ETag")).isNull();
        editor.restore(DESK, milestone);
        assertThat(plain().get(permalink).statusCode()).isEqualTo(200);

        String slug = "kept-pages-draft";
        String editorApi = "/api/editor/timelines/" + slug;
        if (api().get(editorApi).statusCode() == 404) {
            assertThat(api().body(Map.of("title", "Kept draft", "slug", slug)).post("/api/editor/timelines").statusCode())
                    .isEqualTo(201);
        }
        long version = api().get(editorApi).jsonPath().getLong("version");
        assertThat(api().body(Map.of("title", "Kept draft", "state", "published", "version", version)).put(editorApi)
                .statusCode()).isEqualTo(200);
        early(() -> plain().get("/timelines/" + slug));
        version = api().get(editorApi).jsonPath().getLong("version");
        assertThat(api().body(Map.of("title", "Kept draft", "state", "draft", "version", version)).put(editorApi)
                .statusCode()).isEqualTo(200);

        Response draft = plain().get("/timelines/" + slug);
        assertThat(draft.statusCode()).as("a timeline made a draft is gone, kept or not").isEqualTo(404);
        assertThat(draft.getHeader("ETag")).isNull();
    }

    @Test
    void aTypeTheKeptPageIsNotAndACrossOriginRequestAreLeftToTheFramework() {
        early(() -> plain().get(PAGE));
        long answered = kept.answered();

        assertThat(plain().header("Accept", "application/json").get(PAGE).statusCode()).isEqualTo(406);
        assertThat(plain().header("Accept", "text/plain, application/json").get(PAGE).statusCode()).isEqualTo(406);
        plain().header("Accept", "text/html;q=0").get(PAGE);
        assertThat(plain().header("Origin", "https://publisher.example").get(PAGE).statusCode())
                .as("a cross-origin request, for the CORS handling an operator may turn on").isEqualTo(200);
        assertThat(kept.answered()).isEqualTo(answered);
    }

    @Test
    void earlyAnswersAreCountedUnderTheirRoute() {
        early(() -> plain().get(PAGE + "?q=metrics"));

        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("uri=\"/timelines/{slug}\"").doesNotContain("uri=\"" + PAGE);
    }

    /**
     * Asks twice, so that the answer is kept, then once more: that answer must come from {@link KeptAnswers}
     * and equal the REST layer's to the same request with a cookie it does not read.
     */
    private void same(String what, Function<RequestSpecification, Response> ask) {
        ask.apply(plain());
        ask.apply(plain());
        long answered = kept.answered();
        Response early = ask.apply(plain());
        assertThat(kept.answered()).as(what + ": answered early").isEqualTo(answered + 1);
        Response rest = ask.apply(plain().cookie(OTHER_COOKIE, "1"));
        assertThat(kept.answered()).as(what + ": answered by the REST layer").isEqualTo(answered + 1);

        assertThat(early.statusCode()).as(what).isEqualTo(rest.statusCode());
        assertThat(headers(early)).as(what).isEqualTo(headers(rest));
        assertThat(early.asByteArray()).as(what).isEqualTo(rest.asByteArray());
    }

    /** The answer, which must come from {@link KeptAnswers}: asked once before, so that it is kept. */
    private Response early(Supplier<Response> ask) {
        ask.get();
        long answered = kept.answered();
        Response response = ask.get();
        assertThat(kept.answered()).as("answered early").isEqualTo(answered + 1);
        return response;
    }

    /** The headers' names (in lower case) and values, in order, those of every answer left out. */
    private static List<String> headers(Response response) {
        return response.getHeaders().asList().stream()
                .filter(header -> !PER_ANSWER.contains(header.getName().toLowerCase(Locale.ROOT)))
                .map(header -> header.getName().toLowerCase(Locale.ROOT) + ": " + header.getValue())
                .sorted().toList();
    }

    /** A request whose answer arrives as sent: no decompression, no redirect followed. */
    private static RequestSpecification plain() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .redirects().follow(false);
    }

    private RequestSpecification api() {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
