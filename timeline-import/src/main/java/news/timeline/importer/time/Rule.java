package news.timeline.importer.time;

import java.util.List;
import java.util.Set;

/**
 * A compiled rule: a pattern of elements and what to produce when it matches.
 *
 * @param type the TIMEX3 type, or {@code null} for a rule that only consumes its span (a guard against a
 *     false reading, such as "may" the verb)
 * @param value the value template; {@code {name}} inserts a capture, {@code %fn(args)} calls a resolver function
 * @param mod the modifier template, or {@code null}
 * @param date a template for the core date when it differs from what the value names ("two years ago" has
 *     the value P2Y by the annotation convention, but the date two years before publication), or {@code null}
 * @param until for a range ("from 2009 to 2011", "March 23-24"), the value template of its last date, which
 *     begins at the first captured element after the {@code >}; the tagger reports that part as a second
 *     expression; or {@code null}
 * @param notAfter words that must not come right before the match
 * @param notBefore words that must not come right after the match
 * @param onlyAfter if not empty, the word right before the match must be one of these ({@code #} stands
 *     for any number)
 * @param onlyBefore if not empty, the word right after the match must be one of these
 * @param index the rule's position in the rule files; the earlier rule wins a tie
 */
record Rule(
        String name,
        String file,
        Element[] elements,
        TimexType type,
        String value,
        String mod,
        String date,
        String until,
        Set<String> notAfter,
        Set<String> notBefore,
        Set<String> onlyAfter,
        Set<String> onlyBefore,
        List<Example> examples,
        int index) {

    /**
     * An example line: a sentence in which brackets mark the expected span, and its expected value.
     *
     * @param dct the publication date the example is resolved against
     */
    record Example(String sentence, String expectedValue, java.time.LocalDate dct, String line) {
    }
}
