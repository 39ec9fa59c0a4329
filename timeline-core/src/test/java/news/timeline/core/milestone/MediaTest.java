package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTest {

    private static final String PHOTO_URL = "https://example.org/geneva.jpg";
    private static final String CREDIT = "AP Photo";

    @Test
    void stripsTextAndDropsBlankCreditAndCaption() {
        Media media = new Media(" " + PHOTO_URL + " ", " " + CREDIT, " ");

        assertThat(media.url()).isEqualTo(PHOTO_URL);
        assertThat(media.credit()).isEqualTo(CREDIT);
        assertThat(media.caption()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void needsAUrl(String url) {
        assertThatThrownBy(() -> new Media(url, CREDIT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing media URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org/a.jpg", "file:///etc/passwd", "data:image/png;base64,AAAA"})
    void acceptsOnlyHttpAddresses(String url) {
        assertThatThrownBy(() -> new Media(url, CREDIT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid media URL '" + url + "': expected an http:// or https:// address");
    }
}
