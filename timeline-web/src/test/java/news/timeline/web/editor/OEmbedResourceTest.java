package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static news.timeline.web.editor.EditorResourceTest.csrf;
import static news.timeline.web.editor.EditorResourceTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.web.api.ApiModel;
import news.timeline.web.importing.FetchHosts;
import news.timeline.web.security.ApiTokens;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saving media whose provider offers oEmbed, from the form and the API, against a provider on this machine: the
 * provider is asked once and its card kept (title, provider, thumbnail, player read out of its markup); a
 * provider that fails (404, no JSON, too large, too slow, an address the server may not reach) never stops the
 * save, and the editor is told which item and why; pages frame a provider's player only on an allowed host,
 * with the Content-Security-Policy as it was.
 */
@QuarkusTest
@TestProfile(OEmbedResourceTest.WithAProvider.class)
class OEmbedResourceTest {

    /**
     * The provider's port, chosen once for the JVM: the profile and the test may be loaded by different class
     * loaders. Not under {@code timeline.}, whose keys the application's configuration checks.
     */
    private static final String PORT_PROPERTY = "oembed-resource-test.port";
    private static final String DESK = "oembed-desk";
    private static final String EDIT = "/editor/timelines/" + DESK;
    private static final String API = "/api/editor/timelines/" + DESK + "/milestones";
    private static final String CLIPS = "https://clips.example.test/v/";
    private static final String ALLOWED_PLAYER = "https://player.vimeo.com/video/76979871?h=8272103f6e";
    private static final String OFF_LIST_PLAYER = "https://clips.example.test/embed/2";
    private static final String DEFAULT_FRAME_SRC = "frame-src https://player.vimeo.com https://w.soundcloud.com "
            + "https://www.openstreetmap.org https://www.youtube-nocookie.com";

    public static class WithAProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.media.oembed", "true",
                    "timeline.media.oembed-providers", "http://127.0.0.1:" + port() + "/oembed https://clips.example.test/v/*",
                    "timeline.media.oembed-timeout", "PT2S");
        }
    }

    private static HttpServer provider;
    private static ExecutorService threads;
    private static final Map<String, AtomicInteger> ASKED = new ConcurrentHashMap<>();
    private static final List<String> QUERIES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

    @Inject
    EditorService service;

    @Inject
    FetchHosts hosts;

    @Inject
    ApiTokens tokens;

    @Inject
    LoginThrottle throttle;

    @BeforeAll
    static void startTheProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port())), 0);
        threads = Executors.newCachedThreadPool();
        provider.setExecutor(threads);
        provider.createContext("/oembed", OEmbedResourceTest::answer);
        provider.start();
    }

    @AfterAll
    static void stopTheProvider() {
        RELEASE_SLOW.countDown();
        if (provider != null) {
            provider.stop(0);
            threads.shutdownNow();
        }
    }

    @BeforeEach
    void deskAndAllowedProvider() {
        throttle.forgive();
        if (service.timeline(DESK).isEmpty()) {
            service.createTimeline(new ApiModel.NewTimeline("oEmbed desk", DESK, "Videos and clips.", "PUBLISHED"));
        }
        // The provider is on this machine, which the server fetches from only once an administrator allows it.
        hosts.allow("127.0.0.1", "admin");
    }

    @AfterEach
    void forbidTheProviderAgain() {
        hosts.remove("127.0.0.1");
    }

    @Test
    void theFormAsksTheProviderOnceAndKeepsItsCard() {
        EditorResourceTest.Editor editor = signIn();
        Response saved = saveForm(editor, EDIT + "/milestones", "Press conference on video", CLIPS + "ok-form", CLIPS + "ok-form");

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(flash(saved)).isEqualTo("Milestone saved");
        String slug = slugOf(saved);
        Media media = service.milestone(DESK, slug).orElseThrow().milestone().media().get(0);
        assertThat(media.card()).isEqualTo(new MediaCard("The press conference", "Clips", "https://img.example.test/ok.jpg",
                640, 360, ALLOWED_PLAYER));
        assertThat(asked("ok-form")).as("two items of one address, one question").isEqualTo(1);
        assertThat(QUERIES).contains("url=https%3A%2F%2Fclips.example.test%2Fv%2Fok-form&format=json&maxwidth=1280");

        // Saved again with the same address, the card stays and the provider is not asked again.
        String form = editor.get(EDIT + "/milestones/" + slug).then().statusCode(200).extract().asString();
        assertThat(form).as("the form says what the provider said").contains("Its provider says: The press conference (Clips)");
        Map<String, List<String>> fields = MediaFormResourceTest.fieldsOf(form);
        fields.put("headline", List.of("Press conference on video, retitled"));
        Response again = editor.post(EDIT + "/milestones/" + slug, csrf(form), fields);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(303);
        assertThat(service.milestone(DESK, slug).orElseThrow().milestone().media().get(0).card()).isEqualTo(media.card());
        assertThat(asked("ok-form")).isEqualTo(1);
    }

    @Test
    void aWrongFieldIsToldBeforeAnyProviderIsAsked() {
        EditorResourceTest.Editor editor = signIn();
        Response form = saveForm(editor, EDIT + "/milestones", " ", CLIPS + "ok-wrong-form");
        String token = tokens.create("admin", "oembed-wrong", null).token();
        Response api = api(token, "en").body(milestone("", CLIPS + "ok-wrong-api")).post(API);

        assertThat(form.statusCode()).as(form.asString()).isNotEqualTo(303);
        assertThat(form.asString()).contains("A milestone needs a headline");
        assertThat(api.statusCode()).as(api.asString()).isEqualTo(422);
        assertThat(asked("ok-wrong-form") + asked("ok-wrong-api")).as("no provider asked for a save that cannot be made").isZero();
    }

    @Test
    void aProviderThatFailsNeverStopsTheSaveAndTheFormSaysWhichItemAndWhy() {
        EditorResourceTest.Editor editor = signIn();
        Response saved = saveForm(editor, EDIT + "/milestones", "Three clips that did not answer", CLIPS + "missing",
                CLIPS + "bad", CLIPS + "huge");

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(flash(saved)).isEqualTo("Milestone saved. "
                + "Media item 1 was saved with its address alone, so readers get a link: 127.0.0.1 answered HTTP 404. "
                + "Media item 2 was saved with its address alone, so readers get a link: 127.0.0.1's answer is not an oEmbed answer. "
                + "Media item 3 was saved with its address alone, so readers get a link: 127.0.0.1's answer is larger than "
                + "the 64 KB the server reads.");
        assertThat(service.milestone(DESK, slugOf(saved)).orElseThrow().milestone().media())
                .extracting(Media::url, Media::card)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CLIPS + "missing", null),
                        org.assertj.core.groups.Tuple.tuple(CLIPS + "bad", null), org.assertj.core.groups.Tuple.tuple(CLIPS + "huge", null));
    }

    @Test
    void aFailureIsRememberedSoTheNextSaveDoesNotWaitForItAgain() {
        EditorResourceTest.Editor editor = signIn();
        String notice = "Milestone saved. Media item 1 was saved with its address alone, so readers get a link: "
                + "127.0.0.1 answered HTTP 404.";
        Response first = saveForm(editor, EDIT + "/milestones", "A clip that is gone", CLIPS + "gone");
        Response second = saveForm(editor, EDIT + "/milestones", "The same clip, again", CLIPS + "gone");

        assertThat(flash(first)).isEqualTo(notice);
        assertThat(flash(second)).as("the same notice, from memory").isEqualTo(notice);
        assertThat(asked("gone")).as("asked once in ten minutes").isEqualTo(1);
    }

    @Test
    void theApiSavesTheCardAndSaysInTheRequestsLanguageWhatFailed() {
        String token = tokens.create("admin", "oembed", null).token();
        Response created = api(token, "en").body(milestone("Clips through the API", CLIPS + "ok-api", CLIPS + "bad")).post(API);

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getString("milestone.media[0].card.player")).isEqualTo(ALLOWED_PLAYER);
        assertThat(created.jsonPath().getString("milestone.media[0].card.title")).isEqualTo("The press conference");
        assertThat(created.jsonPath().getString("milestone.media[1].card")).isNull();
        assertThat(created.jsonPath().getList("notices", String.class)).containsExactly(
                "Media item 2 was saved with its address alone, so readers get a link: 127.0.0.1's answer is not an oEmbed answer.");

        // A replacement in Ukrainian, the media read sent back as they are (the card is ignored, and kept).
        String slug = created.jsonPath().getString("milestone.slug");
        Map<String, Object> change = new HashMap<>(milestone("Clips through the API"));
        change.put("media", List.of(created.jsonPath().getMap("milestone.media[0]"), Map.of("kind", "video", "url", CLIPS + "missing")));
        change.put("version", created.jsonPath().getLong("version"));
        Response replaced = api(token, "uk").body(change).put(API + "/" + slug);
        assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
        assertThat(replaced.jsonPath().getString("milestone.media[0].card.player")).isEqualTo(ALLOWED_PLAYER);
        assertThat(replaced.jsonPath().getList("notices", String.class)).containsExactly(
                "Медіа 2 збережено лише з адресою, тож читачі побачать посилання: 127.0.0.1 відповів HTTP 404.");
        assertThat(api(token, "en").get(API + "/" + slug).jsonPath().getList("notices")).isEmpty();
    }

    @Test
    void aSlowProviderOrOneTheServerMayNotReachIsANoticeToo() {
        String token = tokens.create("admin", "oembed-slow", null).token();
        Response slow = api(token, "de").body(milestone("A slow clip", CLIPS + "slow", CLIPS + "ok-late")).post(API);
        assertThat(slow.statusCode()).as(slow.asString()).isEqualTo(201);
        String late = "Medium %d wurde nur mit seiner Adresse gespeichert, Leser sehen einen Link: 127.0.0.1 hat nicht "
                + "innerhalb von 2 Sekunden geantwortet.";
        assertThat(slow.jsonPath().getList("notices", String.class)).containsExactly(late.formatted(1), late.formatted(2));
        assertThat(asked("ok-late")).as("the save's time for providers was spent").isZero();

        hosts.remove("127.0.0.1");
        Response refused = api(token, "en").body(milestone("A clip from a provider not allowed", CLIPS + "ok-refused")).post(API);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(201);
        assertThat(refused.jsonPath().getList("notices", String.class)).containsExactly(
                "Media item 1 was saved with its address alone, so readers get a link: the server may not reach 127.0.0.1's address.");
        assertThat(asked("ok-refused")).as("a loopback address is refused before any request").isZero();
    }

    @Test
    void pagesFrameAProvidersPlayerOnlyOnAnAllowedHostAndThePolicyStaysAsItWas() {
        String token = tokens.create("admin", "oembed-page", null).token();
        Response created = api(token, "en").body(milestone("Two players", CLIPS + "ok-page", CLIPS + "offlist")).post(API);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String slug = created.jsonPath().getString("milestone.slug");

        Response page = given().get("/timelines/" + DESK + "/milestones/" + slug);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("<iframe src=\"" + ALLOWED_PLAYER + "\"")
                .doesNotContain(OFF_LIST_PLAYER)
                .contains("<cite class=\"tl-media__title\">A clip off the list</cite>")
                .contains("<img class=\"tl-media__thumb\" src=\"https://img.example.test/offlist.jpg\" alt=\"\" width=\"480\" height=\"270\"")
                .as("a framed player needs no thumbnail").doesNotContain("https://img.example.test/ok.jpg")
                .contains("href=\"" + CLIPS + "offlist\"");
        assertThat(frames(html)).containsExactly(ALLOWED_PLAYER);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains(DEFAULT_FRAME_SRC + ";").doesNotContain("clips.example.test").doesNotContain("127.0.0.1");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String port() {
        synchronized (System.class) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null) {
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = Integer.toString(socket.getLocalPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(PORT_PROPERTY, port);
            }
            return port;
        }
    }

    /** The provider: an answer by the media address's last segment ("ok…" all alike), each counted. */
    private static void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        QUERIES.add(query);
        String url = URLDecoder.decode(query.replaceFirst("^url=([^&]*).*$", "$1"), StandardCharsets.UTF_8);
        String which = url.substring(url.lastIndexOf('/') + 1);
        ASKED.computeIfAbsent(which, w -> new AtomicInteger()).incrementAndGet();
        switch (which.startsWith("ok") ? "ok" : which) {
            case "ok" -> send(exchange, 200, video("The press conference", ALLOWED_PLAYER, "https://img.example.test/ok.jpg", 640, 360));
            case "offlist" -> send(exchange, 200, video("A clip off the list", OFF_LIST_PLAYER, "https://img.example.test/offlist.jpg", 480, 270));
            case "bad" -> send(exchange, 200, "{\"type\": \"video\", \"title\": ");
            case "huge" -> send(exchange, 200, "{\"type\":\"video\",\"title\":\"" + "x".repeat(100_000) + "\"}");
            case "slow" -> {
                try {
                    RELEASE_SLOW.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, video("Too late", ALLOWED_PLAYER, null, 0, 0));
            }
            default -> send(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static String video(String title, String player, String thumbnail, int width, int height) {
        return "{\"type\":\"video\",\"version\":\"1.0\",\"provider_name\":\"Clips\",\"title\":\"" + title + "\","
                + "\"html\":\"<iframe src=\\\"" + player + "\\\" width=\\\"640\\\" height=\\\"360\\\"></iframe>"
                + "<script src=\\\"https://clips.example.test/x.js\\\"></script>\""
                + (thumbnail == null ? "" : ",\"thumbnail_url\":\"" + thumbnail + "\",\"thumbnail_width\":" + width
                + ",\"thumbnail_height\":" + height) + "}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int asked(String which) {
        AtomicInteger count = ASKED.get(which);
        return count == null ? 0 : count.get();
    }

    private static Response saveForm(EditorResourceTest.Editor editor, String path, String headline, String... urls) {
        String form = editor.get(EDIT + "/milestones/new").then().statusCode(200).extract().asString();
        Map<String, Object> fields = new HashMap<>(EditorResourceTest.milestone(headline, "2025-02-18"));
        fields.put("mediaKind", java.util.Arrays.stream(urls).map(u -> "video").toList());
        fields.put("mediaUrl", List.of(urls));
        fields.put("mediaCaption", java.util.Arrays.stream(urls).map(u -> "A clip").toList());
        return editor.post(path, csrf(form), fields);
    }

    private static Map<String, Object> milestone(String headline, String... urls) {
        return Map.of("headline", headline, "date", "2025-02-18",
                "media", java.util.Arrays.stream(urls).map(u -> Map.of("kind", "video", "url", u, "caption", "A clip")).toList());
    }

    private static io.restassured.specification.RequestSpecification api(String token, String language) {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .contentType(ContentType.JSON);
    }

    private static String flash(Response response) {
        String value = response.getCookie("timeline-flash");
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** The milestone's slug, from the address the save redirects to ({@code ?at=slug#row-slug}). */
    private static String slugOf(Response saved) {
        Matcher m = Pattern.compile("[?&]at=([^&#]+)").matcher(saved.getHeader("Location"));
        assertThat(m.find()).as(saved.getHeader("Location")).isTrue();
        return m.group(1);
    }

    private static List<String> frames(String html) {
        Matcher m = Pattern.compile("<iframe src=\"([^\"]+)\"").matcher(html);
        List<String> frames = new java.util.ArrayList<>();
        while (m.find()) {
            frames.add(m.group(1));
        }
        return frames;
    }
}
