package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on every route: undecodable and overlong paths, control characters in the query, bogus
 * charsets, truncated and mislabelled bodies, corrupt files, garbage headers and cookies, sent by a visitor,
 * a signed-in administrator and an API client. Whatever comes in, the answer is not a 500 and comes within
 * five seconds. The inputs are a fixed, bounded set, so the test takes the same time on every run.
 */
@QuarkusTest
class RouteFuzzResourceTest {

    /** Path parameter values: well-formed, undecodable, overlong, traversal, matrix parameters, markup. */
    static final List<String> PATH_VALUES = List.of("x", "%ZZ", "%C0%AE%C0%AE", "%FF%FE", "%00", "a;b=c", "..%2F..%2Fetc",
            "%E2%80%AE%3Cscript%3E", "-1", "99999999999999999999", "a".repeat(1500));
    /** Fewer for changing routes, which each get every body below. */
    static final List<String> CHANGING_PATH_VALUES = List.of("x", "%ZZ", "a;b=c", "a".repeat(1500));
    /** A query string with every parameter the site reads, each set to something it must survive. */
    static final String QUERY = "start=%ZZ&return=%0D%0ASet-Cookie:%20x=1&lang=%FF&q=%00%27%22%5C&from=99999999999&to=2021-13"
            + "&m=-1&offset=-5&view=%E2%80%AE&kind=%ZZ&actor=%00&status=%FF&failed=maybe&expired=%25&show=deleted%00&at=%ZZ"
            + "&url=javascript:alert(1)&format=xml&maxwidth=-1&maxheight=abc&theme=%3Cx%3E&axis=2&lang=de&lang=xx";
    /** Queries with what one parameter may only hold once: a return address with a line break, a number too big. */
    static final List<String> QUERIES = List.of(QUERY, "return=/%0D%0ASet-Cookie:%20x=1&lang=de",
            "return=/a%0Ab&lang=uk&start=1e9&m=%25", "return=/%E2%80%AE/..%2F%00&lang=%ZZ&q=" + "%F0%9F%92%A5".repeat(200));
    /** Headers a client may send broken. */
    static final Map<String, String> HEADERS = Map.of("Accept-Language", "*;q=x, ,,;;, de-DE-x-%FF;q=2",
            "Accept", "*/*;q=x", "Cookie", "timeline-lang=%FF%FE; timeline-flash=%ZZ%; csrf-token=; x=\"unterminated",
            "Origin", "null", "X-Forwarded-Proto", "gopher");

    @TestHTTPResource("/")
    URL base;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiTokens tokens;

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private long slowest;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void noRouteAnswersHostileInputWithA500OrHangs() {
        RawHttp http = new RawHttp(base.getPort());
        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response editorPage = admin.get("/editor");
        String csrfCookie = editorPage.getCookie("csrf-token");
        Matcher field = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(editorPage.asString());
        assertThat(field.find()).isTrue();
        String token = field.group(1);
        String apiToken = tokens.create("admin", "fuzz", null).token();

        Map<String, String> visitor = new LinkedHashMap<>(HEADERS);
        Map<String, String> signedIn = new LinkedHashMap<>(HEADERS);
        signedIn.put("Cookie", "timeline-session=" + admin.cookie() + "; csrf-token=" + csrfCookie + "; timeline-lang=%FF");
        Map<String, String> client = new LinkedHashMap<>(HEADERS);
        client.put("Authorization", "Bearer " + apiToken);

        List<RouteInventory.Route> routes = new ArrayList<>(RouteInventory.all());
        // The framework's own routes: sign-in, and what it serves beside our resources.
        routes.add(new RouteInventory.Route("POST", "/j_security_check", List.of("application/x-www-form-urlencoded"), java.util.Set.of()));
        routes.add(new RouteInventory.Route("GET", "/js/{file}", List.of(), java.util.Set.of()));
        routes.add(new RouteInventory.Route("GET", "/{anything}", List.of(), java.util.Set.of()));
        assertThat(routes).hasSizeGreaterThan(60);

        for (RouteInventory.Route route : routes) {
            // Signing out would end the session the rest of the run uses; its own test signs out.
            boolean logout = route.template().equals("/editor/logout");
            for (String value : route.changes() ? CHANGING_PATH_VALUES : PATH_VALUES) {
                String path = route.path(value);
                for (Map<String, String> who : List.of(visitor, logout ? visitor : signedIn, client)) {
                    if (route.changes()) {
                        for (Body body : bodies(token)) {
                            Map<String, String> headers = new LinkedHashMap<>(who);
                            headers.put("Content-Type", body.type());
                            check(http, route.method(), path, headers, body.bytes());
                        }
                    } else {
                        for (String query : QUERIES) {
                            check(http, "GET", path + "?" + query, who, null);
                        }
                        check(http, "GET", path, who, null);
                    }
                }
            }
        }
        // Signing in with the sign-in page's token, so that the framework reads the body it is sent.
        Response login = io.restassured.RestAssured.given().when().get("/login");
        String loginCookie = login.getCookie(EditorSession.LOGIN_COOKIE);
        for (Body body : bodies(token)) {
            Map<String, String> headers = new LinkedHashMap<>(HEADERS);
            headers.put("Cookie", EditorSession.LOGIN_COOKIE + "=" + loginCookie);
            headers.put("Content-Type", body.type());
            check(http, "POST", EditorSession.signInAddress(login), headers, body.bytes());
        }
        System.out.printf("Route fuzz: %d requests, the slowest answered in %d ms%n", requests, slowest);
        assertThat(requests).as("requests sent").isGreaterThan(5000);
        assertThat(failures).as("answers that were 500s or hangs, of %d requests", requests).isEmpty();
    }

    private void check(RawHttp http, String method, String target, Map<String, String> headers, byte[] body) {
        requests++;
        RawHttp.Answer answer = http.send(method, target, headers, body);
        slowest = Math.max(slowest, answer.millis());
        if (answer.hung() || answer.status() >= 500 || answer.millis() >= RawHttp.TIMEOUT_MS) {
            String first = answer.text().lines().findFirst().orElse("");
            failures.add(method + " " + abbreviate(target) + " [" + headers.getOrDefault("Content-Type", "") + "] -> "
                    + (answer.hung() ? "no answer" : first) + " in " + answer.millis() + " ms");
        }
    }

    /** A body with its Content-Type. */
    record Body(String type, byte[] bytes) {
    }

    /** The bodies every changing route gets, each carrying the CSRF token where a form can carry one. */
    static List<Body> bodies(String token) {
        String form = "csrf-token=" + token + "&headline=%ZZ%&title=%FF&a=%00&password=x&role=ROOT&text=%E2%80";
        String boundary = "fuzzBoundary";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"site.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK\u0003\u0004\u0014\u0000garbage that is no zip";
        byte[] invalidUtf8 = ("csrf-token=" + token + "&headline=").getBytes(StandardCharsets.US_ASCII);
        byte[] withBadBytes = java.util.Arrays.copyOf(invalidUtf8, invalidUtf8.length + 3);
        withBadBytes[invalidUtf8.length] = (byte) 0xC3;
        withBadBytes[invalidUtf8.length + 1] = (byte) 0x28;
        withBadBytes[invalidUtf8.length + 2] = (byte) 0xFF;
        String zipPart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"site.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n";
        byte[] brokenZip = brokenZip();
        byte[] zipBody = concat(zipPart.getBytes(StandardCharsets.ISO_8859_1), brokenZip,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return List.of(
                new Body("multipart/form-data; boundary=" + boundary, zipBody),
                new Body("application/x-www-form-urlencoded; charset=bogus-charset", form.getBytes(StandardCharsets.US_ASCII)),
                new Body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.US_ASCII)),
                new Body("application/x-www-form-urlencoded;charset=utf-8", withBadBytes),
                new Body("multipart/form-data; boundary=" + boundary, (part + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1)),
                new Body("multipart/form-data; boundary=" + boundary, part.getBytes(StandardCharsets.ISO_8859_1)),
                new Body("multipart/form-data", part.getBytes(StandardCharsets.ISO_8859_1)),
                new Body("multipart/form-data; boundary=" + boundary + "; charset=bogus", part.getBytes(StandardCharsets.ISO_8859_1)),
                new Body("application/json", "{\"title\": \"x".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json; charset=bogus", "{\"title\": [1, {\"\": null}]}".getBytes(StandardCharsets.UTF_8)),
                new Body("text/plain", "headline=x".getBytes(StandardCharsets.UTF_8)),
                new Body(";;==;", new byte[] {0, 1, 2, (byte) 0xFF}));
    }

    /** A zip whose entry is cut off half-way and whose compressed bytes are damaged. */
    static byte[] brokenZip() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
                zip.write("{\"format\": \"timeline-site-archive\", \"version\": 1}".repeat(50).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry("timeline.jsonl"));
                zip.write("{\"id\": 1}\n".repeat(500).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            byte[] bytes = out.toByteArray();
            for (int i = 60; i < bytes.length / 2; i += 7) {
                bytes[i] ^= 0x5A;
            }
            return java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String target) {
        return target.length() > 160 ? target.substring(0, 160) + "…" : target;
    }
}
