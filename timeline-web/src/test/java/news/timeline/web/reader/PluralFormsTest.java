package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, подій", "1, подія", "2, події", "4, події", "5, подій", "11, подій", "12, подій", "14, подій",
        "21, подія", "22, події", "25, подій", "101, подія", "111, подій", "112, подій", "122, події",
    })
    void threeFormsAreTheEastSlavicOneFewAndMany(long count, String expected) {
        assertThat(PluralForms.forms(count, "подія", "події", "подій")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, milestones", "1, milestone", "2, milestones", "21, milestones"})
    void twoFormsAreOneAndTheRest(long count, String expected) {
        assertThat(PluralForms.forms(count, "milestone", "milestones")).isEqualTo(expected);
    }
}
