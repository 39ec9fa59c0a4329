package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer, a reader's page, an editor's, an embed widget, a script, the API, an error, carries the
 * security headers; pages allow no inline script; editor and sign-in pages are never cached.
 */
@QuarkusTest
class SecurityHeadersResourceTest {

    private static final String DEMO = "/timelines/us-russia-relations";
    private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @Test
    void everyAnswerForbidsSniffingAndKeepsReferrersShort() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        List<Function<String, Response>> anonymous = List.of(path -> given().redirects().follow(false).when().get(path));
        for (String path : List.of("/", DEMO, DEMO + "/milestones/geneva-summit", "/embed" + DEMO, "/login", "/sitemap.xml",
                "/js/reader.min.js", "/css/site.css", "/embed/v1.js", "/api/timelines", "/no/such/page", "/editor")) {
            check(path, anonymous.get(0).apply(path));
        }
        for (String path : List.of("/editor", "/editor/accounts", "/editor" + DEMO)) {
            check(path, editor.get(path));
        }
    }

    private static void check(String path, Response response) {
        assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors");
        assertThat(directive(policy, "script-src")).as(path).doesNotContain("unsafe", "nonce", "sha");
        assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS on an http site: %s", path).isNull();
    }

    @Test
    void pagesAllowTheirInlineStylesheetsByTheirHashesAndNoInlineScript() throws Exception {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        List<Response> pages = List.of(given().when().get("/"), given().when().get(DEMO), given().when().get(DEMO + "/story"),
                given().when().get("/login"), editor.get("/editor" + DEMO));
        for (Response page : pages) {
            Matcher style = INLINE_STYLE.matcher(page.asString());
            int styles = 0;
            while (style.find()) {
                styles++;
                String hash = "'sha256-" + Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
                assertThat(directive(page.getHeader("Content-Security-Policy"), "style-src")).contains(hash)
                        .doesNotContain("unsafe-inline");
            }
            assertThat(styles).isPositive();
            assertThat(page.asString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)");
        }
    }

    @Test
    void filesAndTheApiAllowNoInlineStyle() {
        for (String path : List.of("/js/reader.min.js", "/css/site.css", "/api/timelines")) {
            assertThat(directive(given().when().get(path).getHeader("Content-Security-Policy"), "style-src")).as(path)
                    .isEqualTo("style-src 'self'");
        }
    }

    @Test
    void aReadersPageCarriesOnlyTheStylesItUses() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        given().when().get("/css/editor.css").then().statusCode(200);
        assertThat(inlineStyles(given().when().get(DEMO))).contains(".tl-axis__card{").doesNotContain(".tl-review__bar{", ".tl-story__steps{");
        assertThat(inlineStyles(given().when().get(DEMO + "/story"))).contains(".tl-story__steps{").doesNotContain(".tl-review__bar{");
        for (Response page : List.of(editor.get("/editor" + DEMO), given().when().get("/login"))) {
            assertThat(page.asString()).contains("<link rel=\"stylesheet\" href=\"/css/editor.css\">");
        }
        assertThat(given().when().get(DEMO).asString()).doesNotContain("editor.css");
    }

    private static String inlineStyles(Response page) {
        assertThat(page.getStatusCode()).isEqualTo(200);
        StringBuilder styles = new StringBuilder();
        Matcher style = INLINE_STYLE.matcher(page.asString());
        while (style.find()) {
            styles.append(style.group(1));
        }
        return styles.toString();
    }

    @Test
    void editorAndSignInPagesAreNeverCachedButReadersPagesMayBe() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        for (String path : List.of("/editor", "/editor/accounts", "/editor" + DEMO, "/editor/tokens")) {
            assertThat(editor.get(path).getHeader("Cache-Control")).as(path).isEqualTo("no-store");
        }
        assertThat(given().when().get("/login").getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(EditorSession.signInResponse("admin", "test-admin-password").getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(given().when().get("/api/timelines").getHeader("Cache-Control")).startsWith("public");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
