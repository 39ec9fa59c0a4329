package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A site whose public address is https, served behind a proxy that ends TLS: the application sees plain
 * HTTP, and still marks every cookie Secure and tells browsers to come back over https only (HSTS).
 */
@QuarkusTest
@TestProfile(HttpsSiteResourceTest.HttpsSite.class)
class HttpsSiteResourceTest {

    /** The site's public address is https. */
    public static class HttpsSite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.site.base-url", "https://timelines.example.org");
        }
    }

    @Test
    void everyCookieIsSecure() {
        Response login = given().when().get("/login");
        Response signedIn = EditorSession.signInResponse("admin", "test-admin-password");
        EditorSession editor = new EditorSession(signedIn.getCookie("timeline-session"));
        Response editorPage = editor.get("/editor");
        Response logout = editor.post(editorPage, "/editor/logout");

        for (Response response : List.of(login, signedIn, editorPage, logout)) {
            List<String> cookies = response.getHeaders().getValues("Set-Cookie");
            assertThat(cookies).isNotEmpty();
            assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        }
    }

    @Test
    void browsersAreToldToUseHttpsOnly() {
        for (String path : List.of("/", "/login", "/js/reader.min.js", "/api/timelines", "/no/such/page")) {
            assertThat(given().when().get(path).getHeader("Strict-Transport-Security")).as(path).isEqualTo("max-age=31536000");
        }
    }
}
