package news.timeline.importer.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of tagger error that matter when moving to news nobody tuned on. An error (a missed, spurious or
 * wrongly valued expression) goes to the first class whose test it meets, in the order listed here.
 */
public enum ErrorClass {

    /** A length or a recurrence: either side is a DURATION or a SET ("for hours", "every week"). */
    DURATION_SET("durations and sets"),
    /**
     * A phrase built of parts that TimeML values as a whole or splits: "five years from now", "the end of the
     * year", "this fiscal year", "three years ago", "two days later", holidays.
     */
    COMPOUND("compound phrases"),
    /** A deadline or a range: "by June", "March 23-24", "from 2009 to 2011", "February 10 and 25". */
    RANGE_DEADLINE("deadlines and ranges"),
    /**
     * A date named without its year, week or day ("in August", "Tuesday night", "the day before", a clock
     * time) that got a value, but another one than the story's: the reference time was wrong.
     */
    NARRATIVE("narrative reference time"),
    /** Everything else: spans the rules do not know, words that are not time expressions here. */
    OTHER("other");

    private static final Pattern COMPOUND_WORDS = Pattern.compile(
            "\\b(from now|ago|later|earlier|before|after|end|start|beginning|middle|close|fiscal|financial"
                    + "|christmas|easter|thanksgiving|eve|holiday|new year|day of|same)\\b");
    private static final Pattern RANGE_TEXT = Pattern.compile("\\d\\s*(-|–|—|to|and|through)\\s*\\d|^\\d{1,2}$");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(by|until|till|through|from|between|before|to|and)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]|20)\\d\\d\\b");

    private final String label;

    ErrorClass(String label) {
        this.label = label;
    }

    /** How the class is named in reports. */
    public String label() {
        return label;
    }

    /**
     * The class of one error.
     *
     * @param goldType the gold type, or {@code null} for a spurious expression
     * @param goldValue the gold value, or {@code null}
     * @param systemType the tagger's type, or {@code null} for a missed expression
     * @param systemValue the tagger's value, or {@code null}
     * @param text the text of the expression (gold, else the tagger's)
     * @param before the text just before the expression, for the preposition that governs it
     */
    public static ErrorClass of(String goldType, String goldValue, String systemType, String systemValue,
            String text, String before) {
        if (isDurationOrSet(goldType) || isDurationOrSet(systemType)) {
            return DURATION_SET;
        }
        String words = text.toLowerCase(Locale.ROOT);
        if (COMPOUND_WORDS.matcher(words).find()) {
            return COMPOUND;
        }
        String preceding = before.toLowerCase(Locale.ROOT);
        if (RANGE_TEXT.matcher(words).find() || DEADLINE_BEFORE.matcher(preceding).find()) {
            return RANGE_DEADLINE;
        }
        if (goldValue != null && systemValue != null && isCalendar(goldValue) && isCalendar(systemValue)
                && !YEAR.matcher(words).find()) {
            return NARRATIVE;
        }
        return OTHER;
    }

    private static boolean isDurationOrSet(String type) {
        return "DURATION".equals(type) || "SET".equals(type);
    }

    private static boolean isCalendar(String value) {
        return !value.isEmpty() && Character.isDigit(value.charAt(0));
    }
}
