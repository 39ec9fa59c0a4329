package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import news.timeline.web.persistence.SignInFailureEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle counts in the database, where every instance of the site sees the same failures, and by
 * the connection's peer: a header naming another client is not believed unless a trusted proxy sent it
 * ({@link TrustedProxyResourceTest}).
 */
@QuarkusTest
class LoginThrottleResourceTest {

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgive() {
        throttle.forgive();
    }

    @Test
    void failuresAreKeptInTheDatabaseUnderTheAccountAndTheAddress() {
        for (int i = 0; i < 3; i++) {
            EditorSession.signInResponse("Nobody-Here", "guess " + i).then().header("Location", containsString("failed"));
        }

        assertThat(failures("account:nobody-here")).isEqualTo(3);
        assertThat(failures("address:127.0.0.1")).isEqualTo(3);
        assertThat(throttle.isBlocked("nobody-here", "192.0.2.1")).isFalse();
    }

    @Test
    void theAccountIsPausedAfterFiveFailuresWhateverTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "192.0.2." + i);
        }

        assertThat(throttle.isBlocked("Admin ", "198.51.100.1")).isTrue();
        EditorSession.signInResponse("admin", "test-admin-password").then().header("Location", containsString("failed"));
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsNotBelieved() {
        for (int i = 0; i < 5; i++) {
            signInFrom("203.0.113." + i, "made-up-" + i, "guess");
        }

        assertThat(failures("address:127.0.0.1")).isEqualTo(5);
        assertThat(failures("address:203.0.113.0")).isZero();
        // the address itself is paused now, whatever the header says
        signInFrom("198.51.100.9", "admin", "test-admin-password").then().header("Location", containsString("failed"));
    }

    @Test
    void anOverlongUsernameIsAFailureLikeAnyOther() {
        String name = "x".repeat(5_000);

        EditorSession.signInResponse(name, "guess").then().statusCode(302).header("Location", containsString("failed"));

        assertThat(failures(LoginThrottle.account(name))).isEqualTo(1);
        assertThat(LoginThrottle.account(name)).startsWith("account:sha256:").hasSizeLessThan(100);
    }

    /** Signs in through the form with an {@code X-Forwarded-For} header naming {@code client}. */
    static Response signInFrom(String client, String username, String password) {
        Response page = given().header("X-Forwarded-For", client).when().get("/login");
        return given().redirects().follow(false).header("X-Forwarded-For", client)
                .cookie(EditorSession.LOGIN_COOKIE, page.getCookie(EditorSession.LOGIN_COOKIE))
                .formParam("j_username", username).formParam("j_password", password)
                .when().post(EditorSession.signInAddress(page));
    }

    static long failures(String key) {
        return QuarkusTransaction.requiringNew().call(() -> SignInFailureEntity.count("throttleKey", key));
    }
}
