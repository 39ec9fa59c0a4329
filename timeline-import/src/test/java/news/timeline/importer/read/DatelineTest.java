package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Border deal signed\\nKYIV, March 3, 2023 — Ukraine and Poland signed an agreement. | 2023-03-03",
            "Manafort sentenced\\n\\nFriday, March 15, 2019\\n\\nA former advisor was sentenced. | 2019-03-15",
            "Ceasefire\\nJERUSALEM, Jan. 15, 2025 (AP) — Israel and Hamas agreed on a deal. | 2025-01-15",
            "Published: 3 March 2023\\nThe talks opened in Warsaw. | 2023-03-03",
            "WASHINGTON, June 10, 2025 (Reuters) - Rubio called Wang. | 2025-06-10",
    })
    void readsTheDateAnArticleGivesItself(String text, LocalDate expected) {
        assertThat(Dateline.in(text.replace("\\n", "\n"))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On March 3, 2023, Ukraine and Poland signed an agreement.",
            "LONDON, Jan 20 (Reuters) - Oil prices fell.",
            "Talks\nThe leaders met on March 3, 2023 in Warsaw.",
            "",
    })
    void aDateInsideASentenceOrWithoutItsYearIsNoDateline(String text) {
        assertThat(Dateline.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Dateline.REACH + 50})
    void aDateFarDownTheTextIsNoDateline(int padding) {
        String text = "x ".repeat(padding / 2) + "\nMarch 3, 2023\n";
        assertThat(Dateline.in(text)).isEmpty();
    }
}
