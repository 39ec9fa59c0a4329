package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article of 12 February 2025 on the Trump–Putin call. */
class SampleArticleTest {

    private static final String ARTICLE = "/articles/us-russia-call-2025-02-12.txt";
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);

    private static String text;
    private static List<TimeExpression> found;

    @BeforeAll
    static void tag() throws IOException {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream(ARTICLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        found = TimeTagger.english().tag(text, PUBLISHED);
    }

    private static TimeExpression inside(String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isGreaterThanOrEqualTo(0);
        return found.stream()
                .filter(e -> e.begin() >= at && e.end() <= at + phrase.length())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing found inside '" + phrase + "': " + found));
    }

    @Test
    void yearsInsideEventPhrases() {
        assertThat(inside("invasion of Ukraine in 2022").value()).isEqualTo("2022");
        assertThat(inside("annexation of Crimea in 2014").value()).isEqualTo("2014");
        assertThat(inside("Putin in Geneva in 2021").value()).isEqualTo("2021");
    }

    @Test
    void durations() {
        TimeExpression call = inside("lasted approximately 90 minutes");
        assertThat(call.text()).isEqualTo("approximately 90 minutes");
        assertThat(call.type()).isEqualTo(TimexType.DURATION);
        assertThat(call.value()).isEqualTo("PT90M");
        assertThat(call.mod()).isEqualTo(TimexMod.APPROX);

        TimeExpression war = inside("nearly three years of conflict");
        assertThat(war.text()).isEqualTo("nearly three years");
        assertThat(war.value()).isEqualTo("P3Y");
    }

    @Test
    void recentYears() {
        TimeExpression recent = inside("in recent years");

        assertThat(recent.text()).isEqualTo("recent years");
        assertThat(recent.type()).isEqualTo(TimexType.DURATION);
    }

    @Test
    void offsetsPointIntoTheText() {
        assertThat(found).isNotEmpty()
                .allSatisfy(e -> assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text()));
    }
}
