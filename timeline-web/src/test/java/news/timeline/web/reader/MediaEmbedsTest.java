package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MediaEmbedsTest {

    private static final List<String> FRAME_HOSTS = List.of("www.youtube-nocookie.com", "player.vimeo.com",
            "w.soundcloud.com", "www.openstreetmap.org");
    private static final MediaEmbeds EMBEDS = new MediaEmbeds(FRAME_HOSTS, List.of("media.example.org"));

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=M7lc1UVf-VE&t=10, https://www.youtube-nocookie.com/embed/M7lc1UVf-VE",
            "https://youtu.be/M7lc1UVf-VE, https://www.youtube-nocookie.com/embed/M7lc1UVf-VE",
            "https://www.youtube.com/embed/M7lc1UVf-VE, https://www.youtube-nocookie.com/embed/M7lc1UVf-VE",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871",
            "https://soundcloud.com/desk/interview, https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fdesk%2Finterview",
            "https://www.openstreetmap.org/export/embed.html?bbox=6.1%2C46.2%2C6.2%2C46.3, https://www.openstreetmap.org/export/embed.html?bbox=6.1%2C46.2%2C6.2%2C46.3"})
    void framesKnownPlayersOnTheirAllowedHosts(String url, String frame) {
        assertThat(EMBEDS.frameSrc(url)).isEqualTo(frame);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/player", "http://player.vimeo.com/video/1",
            "https://www.youtube.com/watch?v=%22%3E%3Cscript%3E", "https://player.vimeo.com.evil.example/video/1"})
    void framesNothingElse(String url) {
        assertThat(EMBEDS.frameSrc(url)).isNull();
    }

    @Test
    void aFileOnAnAllowedHostGetsTheBrowsersPlayerAndOthersALink() {
        Media onHost = new Media(MediaKind.AUDIO, "https://media.example.org/interview.mp3", null, "Interview", null, null, null, null);
        Media elsewhere = new Media(MediaKind.VIDEO, "https://cdn.example.net/speech.mp4", null, "Speech", null, null, null, null);

        assertThat(EMBEDS.show(onHost).player()).isEqualTo("audio");
        assertThat(EMBEDS.show(elsewhere).player()).isNull();
        assertThat(EMBEDS.show(elsewhere).frameSrc()).isNull();
    }

    @Test
    void anImageIsNeverFramed() {
        Media image = Media.image("https://www.openstreetmap.org/map.png", "A map of Geneva", null, null);

        assertThat(EMBEDS.show(image).frameSrc()).isNull();
        assertThat(EMBEDS.show(image).image()).isTrue();
    }

    @Test
    void thePolicyAllowsExactlyTheConfiguredHosts() {
        assertThat(EMBEDS.policy()).isEqualTo("frame-src https://player.vimeo.com https://w.soundcloud.com "
                + "https://www.openstreetmap.org https://www.youtube-nocookie.com; media-src 'self' https://media.example.org");
        assertThat(new MediaEmbeds(List.of(), List.of()).policy()).isEqualTo("frame-src 'none'; media-src 'self'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "*.example.org", "https://player.vimeo.com", "player.vimeo.com; script-src *", "localhost"})
    void refusesAHostThatWouldWidenThePolicy(String host) {
        assertThatThrownBy(() -> new MediaEmbeds(List.of(host), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeline.media.frame-hosts");
    }
}
