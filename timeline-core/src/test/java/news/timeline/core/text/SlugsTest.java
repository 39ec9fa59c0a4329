package news.timeline.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    private static final String INVALID_SUFFIX =
            "': use lower-case letters, digits and single hyphens, at most 80 characters";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "US–Russia relations        | us-russia-relations",
            "Zürich café crème          | zurich-cafe-creme",
            "  --Biden & Putin meet!--  | biden-putin-meet",
            "Q3 2024 results            | q3-2024-results",
            "Kyiv's Maidan              | kyiv-s-maidan",
            "Ångström                   | angstrom",
            "Straße, Łódź, Ærø          | strasse-lodz-aero",
            // Ukrainian by the national system, as passports and the English-language press spell it.
            "Володимир Зеленський       | volodymyr-zelenskyi",
            "Київ                       | kyiv",
            "Сергій Лавров              | serhii-lavrov",
            "Юлія Свириденко            | yuliia-svyrydenko",
            "Згорани                    | zghorany",
            "Зустріч у Єрусалимі        | zustrich-u-yerusalymi",
            "м'ясо                      | miaso",
            // Russian (a letter only Russian has) by BGN/PCGN without diacritics.
            "Дмитрий Песков, Ельцин, вы | dmitriy-peskov-yeltsin-vy",
            "Сергей Лавров объявил      | sergey-lavrov-obyavil",
            "Ελλάδα και Αθήνα           | ellada-kai-athina",
    })
    void makesASlugFromText(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void cutsLongTextAtTheLimitWithoutATrailingHyphen() {
        // Cut at 80 characters, the 80th is the space between the words.
        String text = "a".repeat(79) + " tail";

        assertThat(Slugs.of(text)).isEqualTo("a".repeat(79));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "—", "!!!", "北京"})
    void cannotMakeASlugWithoutLettersOrDigits(String text) {
        assertThatThrownBy(() -> Slugs.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot make a slug from '" + text + "': it has no Latin, Cyrillic or Greek letters and no digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "us-russia-relations", "q3-2024"})
    void acceptsValidSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isTrue();
        assertThat(Slugs.require(slug, "timeline slug")).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"US", "us--russia", "-us", "us-", "us russia", "café", "us_russia"})
    void rejectsInvalidSlugsNamingTheField(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
        assertThatThrownBy(() -> Slugs.require(slug, "timeline slug"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid timeline slug '" + slug + INVALID_SUFFIX);
    }

    @Test
    void rejectsSlugsOverTheLimit() {
        String slug = "a".repeat(Slugs.MAX_LENGTH + 1);

        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThatThrownBy(() -> Slugs.require(slug, "slug"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid slug '" + slug + INVALID_SUFFIX);
    }

    private enum Weather { SUNNY, LIGHT_RAIN }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sunny, SUNNY", "' Light-Rain ', LIGHT_RAIN", "LIGHT_RAIN, LIGHT_RAIN"})
    void readsAConstantByItsSlugInAnyCase(String text, Weather expected) {
        assertThat(Slugs.constant(Weather.class, text, "weather")).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"snow", "light rain"})
    void namesTheConstantsItCouldHaveRead(String text) {
        assertThatThrownBy(() -> Slugs.constant(Weather.class, text, "weather"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown weather '" + text + "': expected one of sunny, light-rain");
    }
}
