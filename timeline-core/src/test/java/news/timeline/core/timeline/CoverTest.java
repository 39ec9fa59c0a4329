package news.timeline.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CoverTest {

    private static final String URL = "https://img.example/summit.jpg";
    private static final String ALT = "Two leaders shake hands";
    private static final String CREDIT = "AP Photo";

    @Test
    void stripsItsTextAndDropsABlankCredit() {
        Cover cover = new Cover(" " + URL + " ", " " + ALT, " ");

        assertThat(cover.url()).isEqualTo(URL);
        assertThat(cover.alt()).isEqualTo(ALT);
        assertThat(cover.credit()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void needsAUrlAndTextForReadersWhoCannotSeeIt(String blank) {
        assertThatThrownBy(() -> new Cover(blank, ALT, CREDIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing cover image URL");
        assertThatThrownBy(() -> new Cover(URL, blank, CREDIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing cover image alt text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"img.example/a.jpg", "javascript:alert(1)", "file:///etc/passwd", "https://", "http://[bad"})
    void acceptsOnlyAbsoluteWebAddresses(String url) {
        assertThat(Cover.isWebAddress(url)).isFalse();
        assertThatThrownBy(() -> new Cover(url, ALT, CREDIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid cover image URL '" + url + "': expected an http:// or https:// address");
    }

    @Test
    void keepsEachFieldWithinWhatTheStoreHolds() {
        String longUrl = "https://img.example/" + "a".repeat(Cover.MAX_URL);
        String longText = "a".repeat(Cover.MAX_TEXT + 1);

        assertThat(new Cover(URL, "a".repeat(Cover.MAX_TEXT), "a".repeat(Cover.MAX_TEXT)).alt()).hasSize(Cover.MAX_TEXT);
        assertThatThrownBy(() -> new Cover(longUrl, ALT, null))
                .hasMessage("The cover image URL is " + longUrl.length() + " characters long: at most 2000 are allowed");
        assertThatThrownBy(() -> new Cover(URL, longText, null))
                .hasMessage("The cover image alt text is 501 characters long: at most 500 are allowed");
        assertThatThrownBy(() -> new Cover(URL, ALT, longText))
                .hasMessage("The cover image credit is 501 characters long: at most 500 are allowed");
    }
}
