package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** Which requests come from the machine the site runs on: the connection decides, and headers can only say no. */
class FirstRunTest {

    private static final MultiMap NO_HEADERS = MultiMap.caseInsensitiveMultiMap();

    @Test
    void aLoopbackConnectionToALoopbackNameIsLocal() {
        assertThat(FirstRun.fromThisMachine("127.0.0.1", "localhost", NO_HEADERS)).isTrue();
        assertThat(FirstRun.fromThisMachine("127.0.0.1", "127.0.0.1", NO_HEADERS)).isTrue();
        assertThat(FirstRun.fromThisMachine("0:0:0:0:0:0:0:1", "[::1]", NO_HEADERS)).isTrue();
        assertThat(FirstRun.fromThisMachine("::ffff:127.0.0.1", "LOCALHOST", NO_HEADERS)).isTrue();
    }

    @Test
    void headersNeverMakeADistantConnectionLocal() {
        MultiMap claims = MultiMap.caseInsensitiveMultiMap().add("X-Forwarded-For", "127.0.0.1").add("X-Real-IP", "127.0.0.1")
                .add("Forwarded", "for=127.0.0.1");
        for (String peer : new String[] {"203.0.113.7", "10.0.0.2", "192.168.1.20", "2001:db8::1", "", null}) {
            assertThat(FirstRun.fromThisMachine(peer, "localhost", claims)).as(peer).isFalse();
            assertThat(FirstRun.fromThisMachine(peer, "localhost", NO_HEADERS)).as(peer).isFalse();
        }
    }

    @Test
    void aProxyOnThisMachineOrAnotherNameNeedsTheCode() {
        for (String header : FirstRun.PROXY_HEADERS) {
            MultiMap forwarded = MultiMap.caseInsensitiveMultiMap().add(header.toLowerCase(java.util.Locale.ROOT), "x");
            assertThat(FirstRun.fromThisMachine("127.0.0.1", "localhost", forwarded)).as(header).isFalse();
        }
        for (String host : new String[] {"timelines.example.org", "localhost.example.org", "127.0.0.1.nip.io", "10.0.0.2", "", null}) {
            assertThat(FirstRun.fromThisMachine("127.0.0.1", host, NO_HEADERS)).as(host).isFalse();
        }
    }
}
