package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visitor without a session who opens any editor address is sent to the sign-in page at once, whatever
 * the address holds. The framework used to copy the address into a cookie to return to it after
 * sign-in, and a character that a cookie cannot hold (a semicolon) left the request without an answer.
 */
@QuarkusTest
class SignInRedirectResourceTest {

    /** Longer than any answer takes, far shorter than a hang. */
    private static final int TIMEOUT_MS = 5000;

    @Test
    void anyEditorAddressSendsAVisitorToSignInWithoutDelay() {
        RestAssuredConfig bounded = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", TIMEOUT_MS).setParam("http.connection.timeout", TIMEOUT_MS));
        for (String path : List.of("/editor;jsessionid=1", "/editor/timelines;x/y", "/editor", "/editor/timelines/x",
                "/editor/a;b", "/editor/%22quoted%22", "/editor/a,b", "/editor/a%3Bb")) {
            long start = System.nanoTime();
            Response response = given().config(bounded).urlEncodingEnabled(false).redirects().follow(false)
                    .when().get(path);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("answer time of %s", path).isLessThan(TIMEOUT_MS);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.getHeader("Location")).as(path).endsWith("/login");
            // No cookie is made from the address the visitor asked for.
            assertThat(response.getHeaders().getValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void signingInLandsOnTheEditor() {
        Response signIn = EditorSession.signInResponse("admin", "test-admin-password");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.getHeader("Location")).endsWith("/editor");
    }
}
