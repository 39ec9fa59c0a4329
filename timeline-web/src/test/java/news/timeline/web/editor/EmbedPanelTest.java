package news.timeline.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

/** The embed panel's code and its warnings about the site's public address. */
class EmbedPanelTest {

    private static final String PUBLIC = "https://timelines.example.org";
    private static final String SLUG = "us-russia-relations";

    @Test
    void aPublicAddressThatTheEditorUsesToo() {
        EmbedPanel panel = EmbedPanel.of(PUBLIC, PUBLIC, SLUG, "US–Russia relations", new MultivaluedHashMap<>());

        assertThat(panel.warnings()).isEmpty();
        assertThat(panel.script()).endsWith("<script src=\"" + PUBLIC + "/embed/v2.js\" async></script>");
        assertThat(panel.iframe()).contains("src=\"" + PUBLIC + "/embed/timelines/" + SLUG + "\"", "height=\"600\"");
    }

    @Test
    void aLocalAddressIsNamedWithTheKeyThatChangesIt() {
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"}) {
            assertThat(EmbedPanel.warnings(local, null)).as(local).singleElement().asString()
                    .contains("points at " + local + ", an address only this computer can reach")
                    .contains("Set timeline.site.base-url (environment variable TIMELINE_SITE_BASE_URL)");
        }
    }

    @Test
    void anAddressOtherThanTheEditorsIsNamedBesideIt() {
        assertThat(EmbedPanel.warnings(PUBLIC, "https://newsroom.internal")).singleElement().asString()
                .contains("points at " + PUBLIC + ", but you are using this editor at https://newsroom.internal")
                .contains("TIMELINE_SITE_BASE_URL");
        // A proxy that ends TLS may show the request as http, or on another port: the host is what counts.
        assertThat(EmbedPanel.warnings(PUBLIC, "http://TIMELINES.example.org:8443")).isEmpty();
        assertThat(EmbedPanel.warnings("http://localhost:8080", "https://timelines.example.org")).hasSize(2);
    }
}
