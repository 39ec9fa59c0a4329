package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    private static final String TITLE = "Biden, Putin meet in Geneva";
    private static final String OUTLET = "Reuters";
    private static final String URL = "https://www.reuters.com/world/biden-putin-geneva-2021-06-16/";
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 16);
    private static final String ARTICLE = "GENEVA (Reuters) - Joe Biden and Vladimir Putin met on Wednesday. "
            + "The talks lasted four hours.";
    private static final String QUOTE = "Joe Biden and Vladimir Putin met on Wednesday.";

    @Test
    void needsATitleAUrlOrAQuote() {
        assertThatThrownBy(() -> Source.of(" ", OUTLET, null, PUBLISHED, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A source needs at least a title, a URL or a quote");
    }

    @Test
    void acceptsAnyOneOfTitleUrlAndQuote() {
        assertThat(Source.of(TITLE, null, null, null, null).title()).isEqualTo(TITLE);
        assertThat(Source.of(null, null, URL, null, null).url()).isEqualTo(URL);
        assertThat(Source.of(null, null, null, null, QUOTE).quote()).isEqualTo(QUOTE);
    }

    @Test
    void stripsTextAndDropsBlanks() {
        Source source = Source.of("  " + TITLE + " ", " ", " " + URL, PUBLISHED, null);

        assertThat(source.title()).isEqualTo(TITLE);
        assertThat(source.outlet()).isNull();
        assertThat(source.url()).isEqualTo(URL);
        assertThat(source.hasOffsets()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c"})
    void acceptsHttpAddresses(String url) {
        assertThat(Source.of(TITLE, OUTLET, url, PUBLISHED, null).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.reuters.com", "ftp://example.org/file", "javascript:alert(1)", "https://",
            "https://exa mple.org"})
    void rejectsOtherAddresses(String url) {
        assertThatThrownBy(() -> Source.of(TITLE, OUTLET, url, PUBLISHED, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid source URL '" + url + "': expected an http:// or https:// address");
    }

    @Test
    void locatesAQuoteInTheArticle() {
        int start = ARTICLE.indexOf(QUOTE);
        Source source = Source.quoting(TITLE, OUTLET, URL, PUBLISHED, ARTICLE, start, start + QUOTE.length());

        assertThat(source.quote()).isEqualTo(QUOTE);
        assertThat(source.hasOffsets()).isTrue();
        assertThat(ARTICLE.substring(source.quoteStart(), source.quoteEnd())).isEqualTo(source.quote());
    }

    @Test
    void keepsOffsetsAndQuoteInStepWhenTheSpanHasSurroundingSpace() {
        // A sentence splitter often hands over the space before a sentence along with it.
        int start = ARTICLE.indexOf(QUOTE) - 1;
        Source source = Source.quoting(TITLE, OUTLET, URL, PUBLISHED, ARTICLE, start, start + QUOTE.length() + 2);

        assertThat(source.quote()).isEqualTo(QUOTE);
        assertThat(ARTICLE.substring(source.quoteStart(), source.quoteEnd())).isEqualTo(source.quote());
    }

    @Test
    void rejectsOffsetsThatDoNotMatchTheQuoteLength() {
        assertThatThrownBy(() -> new Source(TITLE, OUTLET, URL, PUBLISHED, QUOTE, 19, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid quote offsets 19–30: the quote is 46 characters long");
    }

    @Test
    void rejectsANegativeStart() {
        assertThatThrownBy(() -> new Source(TITLE, OUTLET, URL, PUBLISHED, QUOTE, -1, 45))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid quote offsets -1–45: the quote is 46 characters long");
    }

    @Test
    void rejectsOffsetsWithoutAQuote() {
        assertThatThrownBy(() -> new Source(TITLE, OUTLET, URL, PUBLISHED, null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Source offsets 0–10 given without a quote");
    }
}
