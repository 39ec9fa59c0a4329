package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@code example} line of every English rule file. */
class RuleExamplesTest {

    private static final String LANGUAGE = "en";

    static Stream<Arguments> examples() {
        RuleSet rules = RuleSet.load(LANGUAGE);
        return rules.rules.stream().flatMap(rule -> rule.examples().stream()
                .map(example -> Arguments.of(rule.name() + ": " + example.sentence(), rule, example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsTaggedAsWritten(String name, Rule rule, Rule.Example example) {
        String sentence = example.sentence();
        int open = sentence.indexOf('[');
        int close = sentence.indexOf(']');
        String text = sentence.replace("[", "").replace("]", "");
        List<TimeExpression> found = TimeTagger.forLanguage(LANGUAGE).tag(text, example.dct());

        if (rule.type() == null || "none".equals(example.expectedValue())) {
            assertThat(found).as(example.line()).isEmpty();
            return;
        }
        assertThat(open).as(example.line() + ": brackets mark the expected span").isGreaterThanOrEqualTo(0);
        int begin = open;
        int end = close - 1;
        assertThat(found).as(example.line())
                .anySatisfy(expression -> {
                    assertThat(expression.begin()).isEqualTo(begin);
                    assertThat(expression.end()).isEqualTo(end);
                    assertThat(expression.type()).isEqualTo(rule.type());
                    assertThat(expression.value()).isEqualTo(example.expectedValue());
                });
    }

    @Test
    void everyRuleThatReportsHasAnExample() {
        RuleSet rules = RuleSet.load(LANGUAGE);

        assertThat(rules.rules).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.type() == null || !rule.examples().isEmpty())
                        .as(rule.name()).isTrue());
    }
}
