package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxyTrustTest {

    @Test
    void forwardingFromAnyoneIsWarnedOf() {
        assertThat(ProxyTrust.warning(Optional.of(true), Optional.empty()))
                .contains("quarkus.http.proxy.trusted-proxies").contains("X-Forwarded-For");
        assertThat(ProxyTrust.warning(Optional.of(true), Optional.of(" "))).isNotNull();
    }

    @Test
    void forwardingFromNamedProxiesOrNoForwardingIsFine() {
        assertThat(ProxyTrust.warning(Optional.of(true), Optional.of("10.0.0.5,10.0.0.6"))).isNull();
        assertThat(ProxyTrust.warning(Optional.of(false), Optional.empty())).isNull();
        assertThat(ProxyTrust.warning(Optional.empty(), Optional.empty())).isNull();
    }
}
