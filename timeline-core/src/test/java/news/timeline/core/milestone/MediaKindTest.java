package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaKindTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=M7lc1UVf-VE, VIDEO",
            "https://youtu.be/M7lc1UVf-VE, VIDEO",
            "https://vimeo.com/76979871, VIDEO",
            "https://cdn.example.org/clip.webm, VIDEO",
            "https://soundcloud.com/newsroom/interview, AUDIO",
            "https://cdn.example.org/interview.MP3, AUDIO",
            "https://x.com/newsroom/status/1, SOCIAL",
            "https://www.openstreetmap.org/export/embed.html?bbox=6.1%2C46.2%2C6.2%2C46.3, MAP",
            "https://example.org/ruling.pdf, DOCUMENT",
            "https://example.org/geneva.jpg, IMAGE",
            "https://example.org/picture?id=7, IMAGE"})
    void guessesTheKindFromTheAddress(String url, MediaKind kind) {
        assertThat(MediaKind.guess(url)).isEqualTo(kind);
    }

    @Test
    void readsSlugsAndTakesBlankForAnImage() {
        assertThat(MediaKind.fromSlug("social")).isEqualTo(MediaKind.SOCIAL);
        assertThat(MediaKind.fromSlug(" MAP ")).isEqualTo(MediaKind.MAP);
        assertThat(MediaKind.fromSlug("")).isEqualTo(MediaKind.IMAGE);
        assertThat(MediaKind.DOCUMENT.slug()).isEqualTo("document");
    }

    @Test
    void refusesAnUnknownKindByName() {
        assertThatThrownBy(() -> MediaKind.fromSlug("hologram"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown media kind 'hologram'");
    }
}
