package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryTest {

    private static final String WORDS = "Talks in <Geneva> & Bern, \"at length\"";

    /** What a cleaner makes; the web's holds what its sanitizer kept and reads the words with an HTML parser. */
    private record Cleaned(String html, String text) implements Summary.Markup {
    }

    @Test
    void plainTextKeepsItsWordsAndEscapesWhatHtmlWouldRead() {
        Summary summary = Summary.plain("  " + WORDS + "\n");

        assertThat(summary).isInstanceOf(Summary.Plain.class);
        assertThat(summary.text()).isEqualTo(WORDS);
        assertThat(summary.html()).isEqualTo("Talks in &lt;Geneva&gt; &amp; Bern, \"at length\"");
        assertThat(summary.isEmpty()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t"})
    void blankTextIsNoSummary(String text) {
        Summary none = Summary.plain(text);

        assertThat(none).isEqualTo(Summary.NONE);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.text()).isEmpty();
        assertThat(none.html()).isEmpty();
        assertThat(none.length()).isZero();
    }

    @Test
    void itsLengthIsThatOfItsHtmlWhichIsWhatTheStoreHolds() {
        assertThat(Summary.plain("A & B").length()).isEqualTo("A &amp; B".length());
        assertThat(new Cleaned("<em>A</em> &amp; B", "A & B").length()).isEqualTo(18);
    }

    @Test
    void markupSaysSoAndGivesItsWordsAsItsCleanerReadThem() {
        Summary markup = new Cleaned("<em>Talks</em> &amp; more", "Talks & more");

        assertThat(markup).isInstanceOf(Summary.Markup.class);
        assertThat(markup.html()).isEqualTo("<em>Talks</em> &amp; more");
        assertThat(markup.text()).isEqualTo("Talks & more");
        assertThat(markup.isEmpty()).isFalse();
    }

    @Test
    void summariesOfDifferentFormsAreNotEqualEvenWithTheSameWords() {
        assertThat(Summary.plain("A & B")).isEqualTo(Summary.plain("A & B"))
                .isNotEqualTo(new Cleaned("A &amp; B", "A & B"));
    }
}
