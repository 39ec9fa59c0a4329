package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final LocalDate DCT = LocalDate.of(2025, 2, 12);

    @Test
    void anotherLanguageIsOnlyAResourceFolder() {
        TimeTagger german = TimeTagger.forLanguage("xx");

        assertThat(german.tag("Die Wahl war gestern, nicht am 16. Juni 2021.", DCT))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gestern", "2025-02-11"),
                        org.assertj.core.groups.Tuple.tuple("16. Juni 2021", "2021-06-16"));
    }

    @Test
    void aMisspeltKeyIsNamedWithFileAndLine() {
        assertThatThrownBy(() -> RuleSet.load("xy"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules/xy/rules/broken.txt:7")
                .hasMessageContaining("valeu");
    }

    @Test
    void aMissingLanguageIsNamed() {
        assertThatThrownBy(() -> RuleSet.load("zz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules/zz/rules/index.txt");
    }

    @Test
    void rulesAreCompiledOncePerLanguage() {
        assertThat(TimeTagger.english()).isSameAs(TimeTagger.forLanguage("en"));
    }
}
