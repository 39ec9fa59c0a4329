package news.timeline.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

    private static List<String> sentences(String text) {
        Words words = Words.of(text);
        return SPLITTER.split(words).stream().map(s -> text.substring(s.begin(), s.stop())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The U.S. President met Mr. Putin in St. Petersburg on Dec. 5 at 3 p.m. local time.|1",
        "Donald J. Trump spoke. He said more.|2",
        "Sanctions were imposed by the U.S. The talks ended.|2",
        "Trump urged them to \"not lose more lives!\" and noted an agreement.|1",
        "He asked: \"Why?\" Nobody answered.|2",
        "Talks began Jan. 5. They ended Feb. 2.|2",
    })
    void splitsNewsTextWhereSentencesEnd(String text, int count) {
        assertThat(sentences(text)).hasSize(count);
    }

    @Test
    void aLineBreakEndsAHeadline() {
        assertThat(sentences("Headline without a full stop\nFirst paragraph. Second sentence."))
                .containsExactly("Headline without a full stop", "First paragraph.", "Second sentence.");
    }
}
