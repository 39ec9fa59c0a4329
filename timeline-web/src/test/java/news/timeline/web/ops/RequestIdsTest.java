package news.timeline.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aProxysPlainIdIsKept() {
        assertThat(RequestIds.idFor("req-2026.12.06_abc")).isEqualTo("req-2026.12.06_abc");
    }

    @Test
    void anythingElseGetsAFreshRandomId() {
        for (String given : new String[] {null, "", "short", "two words here", "x\r\nInjected: yes", "a".repeat(65),
                "<script>alert(1)</script>"}) {
            assertThat(RequestIds.idFor(given)).as(String.valueOf(given)).matches("[0-9a-f]{16}");
        }
        assertThat(RequestIds.idFor(null)).isNotEqualTo(RequestIds.idFor(null));
    }
}
