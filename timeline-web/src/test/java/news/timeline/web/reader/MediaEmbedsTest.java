package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
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
    void aProvidersPlayerIsFramedOnlyOnAnAllowedHost() {
        Media unlisted = video("https://vimeo.com/76979871", card("https://player.vimeo.com/video/76979871?h=8272103f6e"));
        Media elsewhere = video("https://clips.example.org/v/1", card("https://clips.example.org/embed/1"));

        assertThat(EMBEDS.show(unlisted).frameSrc()).isEqualTo("https://player.vimeo.com/video/76979871?h=8272103f6e");
        assertThat(EMBEDS.show(elsewhere).frameSrc()).isNull();
    }

    @Test
    void aProvidersPlayerOffTheListLeavesTheFrameTheAddressMakes() {
        // YouTube's oEmbed names www.youtube.com, which is not allowed; its privacy-enhanced player is.
        Media youtube = video("https://www.youtube.com/watch?v=M7lc1UVf-VE", card("https://www.youtube.com/embed/M7lc1UVf-VE?feature=oembed"));
        Media other = video("https://youtu.be/M7lc1UVf-VE", card("https://clips.example.org/embed/1"));

        assertThat(EMBEDS.show(youtube).frameSrc()).isEqualTo("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
        assertThat(EMBEDS.show(other).frameSrc()).isEqualTo("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
    }

    @Test
    void aPlaylistKeepsItsListOrStaysALink() {
        String list = "PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf";
        Media playlist = video("https://www.youtube.com/playlist?list=" + list,
                card("https://www.youtube.com/embed/videoseries?list=" + list));
        Media bare = video("https://www.youtube.com/playlist?list=" + list, null);
        Media noList = video("https://clips.example.org/v/3", card("https://www.youtube.com/embed/videoseries"));

        assertThat(EMBEDS.show(playlist).frameSrc()).isEqualTo("https://www.youtube-nocookie.com/embed/videoseries?list=" + list);
        assertThat(EMBEDS.show(bare).frameSrc()).isEqualTo("https://www.youtube-nocookie.com/embed/videoseries?list=" + list);
        // "videoseries" is no video's id: without its list there is nothing to play.
        assertThat(EMBEDS.show(noList).frameSrc()).isNull();
    }

    @Test
    void aLinkShowsTheProvidersTitleAndAnHttpsThumbnail() {
        MediaEmbeds.Shown link = EMBEDS.show(video("https://clips.example.org/v/1", new MediaCard("The speech", "Clips",
                "https://img.example.org/t.jpg", 640, 360, "https://clips.example.org/embed/1")));
        MediaEmbeds.Shown plain = EMBEDS.show(video("https://clips.example.org/v/2", new MediaCard("Plain", "Clips",
                "http://img.example.org/t.jpg", 640, 360, null)));
        MediaEmbeds.Shown framed = EMBEDS.show(video("https://vimeo.com/76979871", new MediaCard("The Mountain", "Vimeo",
                "https://i.vimeocdn.com/t.jpg", 640, 360, "https://player.vimeo.com/video/76979871")));

        assertThat(link).extracting(MediaEmbeds.Shown::title, MediaEmbeds.Shown::thumbnail, MediaEmbeds.Shown::thumbnailWidth)
                .containsExactly("The speech", "https://img.example.org/t.jpg", 640);
        assertThat(plain.thumbnail()).as("not over plain http on an https page").isNull();
        assertThat(framed.thumbnail()).as("the player shows its own picture").isNull();
        assertThat(framed.title()).isEqualTo("The Mountain");
    }

    private static Media video(String url, MediaCard card) {
        return new Media(MediaKind.VIDEO, url, null, "A video", null, null, null, null, card);
    }

    private static MediaCard card(String player) {
        return new MediaCard("A title", "A provider", null, null, null, player);
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
