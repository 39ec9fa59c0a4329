package news.timeline.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoricalDateFormatTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final HistoricalDateFormat ENGLISH_FORMAT = HistoricalDateFormat.of(Locale.ENGLISH);
    private static final HistoricalDateFormat GERMAN_FORMAT = HistoricalDateFormat.of(Locale.GERMAN);
    private static final HistoricalDateFormat UKRAINIAN_FORMAT = HistoricalDateFormat.of(UKRAINIAN);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2021                  | 2021",
            "2025-02               | February 2025",
            "2025-02-12            | 12 February 2025",
            "2025-02-12T09:05      | 12 February 2025, 09:05",
            "2025~                 | c. 2025",
            "2021-06-16/2021-06-17 | 16–17 June 2021",
            "2014/2022             | 2014–2022",
            "2021-06-30/2021-07-02 | 30 June 2021 – 2 July 2021",
            "-0044                 | 44 BCE",
            "-0044-03              | March 44 BCE",
            "-0044-03-15           | 15 March 44 BCE",
            "0800-12-25            | 25 December 800",
            "199                   | the 1990s",
            "19                    | 1900s",
            "2022-SP               | spring 2022",
            "2022-WI               | winter 2022",
            "2024-Q3               | Q3 2024",
            "2024-H1               | H1 2024",
            "2013-W11              | week 11, 2013",
            "2013-W01              | week 1, 2013",
            "2014~/2022            | c. 2014–2022",
    })
    void showsEnglishReadersTheDateAtItsPrecision(String value, String expected) {
        assertThat(ENGLISH_FORMAT.format(HistoricalDate.parse(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025                  | 2025",
            "2025-02               | Februar 2025",
            "2025-02-12            | 12. Februar 2025",
            "2025-02-12T09:05      | 12. Februar 2025, 09:05 Uhr",
            "2025~                 | um 2025",
            "-0044                 | 44 v. Chr.",
            "199                   | 1990er-Jahre",
            "2022-SP               | Frühjahr 2022",
            "2024-Q3               | 3. Quartal 2024",
            "2024-H1               | 1. Halbjahr 2024",
            "2013-W11              | KW 11/2013",
            "2014/2022             | 2014–2022",
    })
    void showsGermanReadersTheDateAtItsPrecision(String value, String expected) {
        assertThat(GERMAN_FORMAT.format(HistoricalDate.parse(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025                  | 2025",
            "2025-02               | лютий 2025 р.",
            "2025-02-12            | 12 лютого 2025 р.",
            "2025~                 | бл. 2025",
            "-0044                 | 44 до н. е.",
            "199                   | 1990-ті",
            "2022-SP               | весна 2022",
            "2024-Q3               | 3-й квартал 2024",
            "2021-06-16/2021-06-17 | 16–17 червня 2021 р.",
    })
    void showsUkrainianReadersTheDateAtItsPrecision(String value, String expected) {
        assertThat(UKRAINIAN_FORMAT.format(HistoricalDate.parse(value))).isEqualTo(expected);
    }

    @Test
    void fallsBackToEnglishWordsForOtherLanguages() {
        HistoricalDateFormat french = HistoricalDateFormat.of(Locale.FRENCH);

        assertThat(french.locale()).isEqualTo(Locale.FRENCH);
        assertThat(french.format(HistoricalDate.parse("2025~"))).isEqualTo("c. 2025");
    }

    @Test
    void writesLargeYearsWithoutGrouping() {
        // MessageFormat would show the number 2025 as "2,025" (or "2.025" in German).
        assertThat(GERMAN_FORMAT.format(HistoricalDate.parse("2024-Q3"))).doesNotContain("2.024");
        assertThat(ENGLISH_FORMAT.format(HistoricalDate.parse("2013-W11"))).doesNotContain("2,013");
    }
}
