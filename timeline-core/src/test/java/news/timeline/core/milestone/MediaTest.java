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

    private static final String ALT = "Two leaders shake hands in front of a villa";

    @Test
    void stripsTextAndDropsBlankCreditAndCaption() {
        Media media = new Media(" " + PHOTO_URL + " ", " " + CREDIT, " ");

        assertThat(media.url()).isEqualTo(PHOTO_URL);
        assertThat(media.credit()).isEqualTo(CREDIT);
        assertThat(media.caption()).isNull();
    }

    @Test
    void anOlderItemIsAnImageWhoseAltTextIsItsCaption() {
        Media media = new Media(PHOTO_URL, CREDIT, "Villa La Grange");

        assertThat(media.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(media.alt()).isEqualTo("Villa La Grange");
        assertThat(media.renditions()).isEmpty();
    }

    @Test
    void anOlderItemTakesTheKindItsAddressShows() {
        assertThat(new Media("https://www.youtube.com/watch?v=abc", null, null).kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(new Media("https://example.org/report.pdf", null, null).kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(new Media("https://example.org/interview.mp3", null, null).kind()).isEqualTo(MediaKind.AUDIO);
    }

    @Test
    void anEditorsImageNeedsAltText() {
        Media media = Media.image(PHOTO_URL, " ", "The villa", CREDIT);

        assertThatThrownBy(media::checkedForEditing)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("An image needs alt text");
        assertThat(Media.image(PHOTO_URL, ALT, null, null).checkedForEditing().alt()).isEqualTo(ALT);
    }

    @Test
    void otherKindsNeedNoAltText() {
        Media video = new Media(MediaKind.VIDEO, "https://player.vimeo.com/video/1", null, "The speech", null, null, null, null);

        assertThat(video.checkedForEditing()).isSameAs(video);
    }

    @Test
    void anImageWithRenditionsOffersEverySizeToTheBrowser() {
        Media media = new Media(MediaKind.IMAGE, PHOTO_URL, ALT, null, null, 1600, 900,
                Rendition.parse("https://example.org/geneva-640.jpg 640w\nhttps://example.org/geneva-1024.jpg 1024"));

        assertThat(media.srcset()).isEqualTo(PHOTO_URL + " 1600w, https://example.org/geneva-640.jpg 640w, "
                + "https://example.org/geneva-1024.jpg 1024w");
        assertThat(Media.image(PHOTO_URL, ALT, null, null).srcset()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, Media.MAX_SIZE + 1})
    void refusesSizesNoImageHas(int pixels) {
        assertThatThrownBy(() -> new Media(MediaKind.IMAGE, PHOTO_URL, ALT, null, null, pixels, 10, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An image's width is between 1 and " + Media.MAX_SIZE + " pixels");
    }

    @Test
    void onlyAnImageHasRenditions() {
        assertThatThrownBy(() -> new Media(MediaKind.VIDEO, "https://example.org/v.mp4", null, null, null, null, null,
                Rendition.parse("https://example.org/v-small.mp4 320w")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only an image has other sizes");
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
