package news.timeline.importer.time;

import news.timeline.core.date.HistoricalDate;

/**
 * One time expression found in a text.
 *
 * @param begin offset of the first character (a Java {@code String} index)
 * @param end offset after the last character
 * @param text the covered text
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value ({@code 2021-06-16}, {@code P3Y}, {@code PRESENT_REF}, {@code XXXX-12}, ...)
 * @param mod the TIMEX3 modifier, or {@code null}
 * @param date for a DATE or TIME whose value is a calendar date, that date at its precision (approximate when
 *     the expression is); otherwise {@code null}
 * @param range for the first date of a range ("2009" in "from 2009 to 2011", "March 23" in "March 23-24"),
 *     the whole range: a {@link HistoricalDate} from this date to the range's last ({@link HistoricalDate#end}),
 *     whose text is reported as the next expression; otherwise {@code null}
 */
public record TimeExpression(
        int begin, int end, String text, TimexType type, String value, TimexMod mod, HistoricalDate date,
        HistoricalDate range) {

    /** An expression that is not the start of a range. */
    public TimeExpression(int begin, int end, String text, TimexType type, String value, TimexMod mod,
            HistoricalDate date) {
        this(begin, end, text, type, value, mod, date, null);
    }
}
