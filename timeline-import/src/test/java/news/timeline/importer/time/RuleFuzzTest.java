package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Feeds random sequences of the rules' own words and numbers to the tagger, with publication dates at the
 * edges of the calendar: whatever rules match, tagging must not throw.
 */
class RuleFuzzTest {

    private static final int SENTENCES = 20_000;
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(1, 1, 1), LocalDate.of(2025, 2, 12), LocalDate.of(2024, 12, 31), LocalDate.of(9999, 12, 31));
    private static final String[] NUMBERS = {
        "0", "1", "7", "12", "13", "24", "25", "29", "31", "32", "59", "60", "99", "100", "999", "1000", "1999", "2024",
        "2099", "2100", "9999", "99999999999", "2,000", "2.5", "0800", "1st", "3rd", "31st"
    };

    @Test
    void randomRuleWordsNeverThrow() {
        RuleSet rules = RuleSet.load("en");
        Set<String> vocabulary = new LinkedHashSet<>();
        for (Rule rule : rules.rules) {
            for (Element element : rule.elements()) {
                if (element.words != null) {
                    vocabulary.addAll(element.words);
                }
                if (element.table != null) {
                    vocabulary.addAll(element.table.lowerKeys.keySet());
                }
            }
        }
        List<String> words = new ArrayList<>(vocabulary);
        words.addAll(List.of(NUMBERS));
        words.addAll(List.of("May", "March", "Sat", "-", "/", ":", "'", ".", ",", "\n"));
        Random random = new Random(42);
        TimeTagger tagger = TimeTagger.english();

        for (int n = 0; n < SENTENCES; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int w = 0; w < length; w++) {
                sentence.append(words.get(random.nextInt(words.size())));
                sentence.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sentence.toString();
            LocalDate dct = DATES.get(n % DATES.size());
            assertThatCode(() -> tagger.tag(text, dct)).as("%s (DCT %s)", text, dct).doesNotThrowAnyException();
        }
    }
}
