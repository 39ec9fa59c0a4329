package news.timeline.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The forms' own error messages in the page's language; English ones stay word for word what the rules say. */
@QuarkusTest
class ErrorWordsResourceTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    /** What the rules, the forms and core say, as they say it. */
    private static final List<String> ENGLISH = List.of("A milestone needs a headline",
            "At most 120 characters; this one has 131", "At most 200 characters", EditRules.STATE, EditRules.IMPORTANCE,
            "Use lower-case letters, digits and single hyphens", "Another timeline already has the address 'us-russia'",
            "A note has at most 1000 characters; this one has 1200.", "the two passwords differ", "'editor' is taken",
            message(() -> HistoricalDate.parse("2021-13")), message(() -> HistoricalDate.parse("yesterday")));

    @Test
    void englishStaysWhatTheRulesSay() {
        assertThat(ENGLISH).allSatisfy(english -> assertThat(ErrorWords.localized(english, Locale.ENGLISH)).isEqualTo(english));
    }

    @Test
    void eachKnownMessageHasItsGermanAndUkrainianWords() {
        assertThat(ErrorWords.localized("A milestone needs a headline", Locale.GERMAN)).isEqualTo("Ein Meilenstein braucht eine Überschrift");
        assertThat(ErrorWords.localized("At most 120 characters; this one has 131", Locale.GERMAN))
                .isEqualTo("Höchstens 120 Zeichen; dieser Text hat 131");
        assertThat(ErrorWords.localized("Another timeline already has the address 'us-russia'", UKRAINIAN))
                .isEqualTo("Інша хронологія вже має адресу «us-russia»");
        assertThat(ErrorWords.localized(message(() -> HistoricalDate.parse("yesterday")), Locale.GERMAN))
                .startsWith("„yesterday“ ist kein lesbares Datum: geben Sie einen Wert wie 2021");
        for (String english : ENGLISH) {
            assertThat(ErrorWords.localized(english, Locale.GERMAN)).as(english).isNotEqualTo(english);
            assertThat(ErrorWords.localized(english, UKRAINIAN)).as(english).isNotEqualTo(english);
        }
    }

    @Test
    void anUnknownMessageIsShownAsItIs() {
        assertThat(ErrorWords.localized("Something only the database says", Locale.GERMAN)).isEqualTo("Something only the database says");
        assertThat(ErrorWords.localized(null, Locale.GERMAN)).isNull();
    }

    private static String message(Executable parse) {
        try {
            parse.execute();
        } catch (Throwable e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
