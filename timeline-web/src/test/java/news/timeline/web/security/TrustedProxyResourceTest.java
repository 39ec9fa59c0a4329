package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer configured as trusted (docs/operations.md), the sign-in throttle counts the clients the
 * proxy names, not the proxy: a stranger's failed guesses pause the stranger, never the editors who share the
 * proxy with them.
 */
@QuarkusTest
@TestProfile(TrustedProxyResourceTest.BehindTrustedProxy.class)
class TrustedProxyResourceTest {

    /** The tests' requests come from 127.0.0.1, configured as the trusted proxy. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgive() {
        throttle.forgive();
    }

    @Test
    void aStrangersFailuresPauseTheStrangerAndNotTheEditors() {
        for (int i = 0; i < 15; i++) {
            LoginThrottleResourceTest.signInFrom("203.0.113.7", "made-up-" + i, "guess")
                    .then().header("Location", containsString("failed"));
        }

        assertThat(LoginThrottleResourceTest.failures("address:203.0.113.7")).as("counted until the pause").isEqualTo(5);
        assertThat(LoginThrottleResourceTest.failures("address:127.0.0.1")).isZero();
        LoginThrottleResourceTest.signInFrom("203.0.113.7", "admin", "test-admin-password")
                .then().header("Location", containsString("failed"));
        LoginThrottleResourceTest.signInFrom("198.51.100.9", "admin", "test-admin-password")
                .then().statusCode(302).header("Location", not(containsString("failed")));
    }
}
