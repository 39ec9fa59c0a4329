package news.timeline.importer.time;

import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;

/** Turns TIMEX3 date values into core {@link HistoricalDate}s at their precision. */
final class Dates {

    private Dates() {
    }

    /**
     * The date a value names, or {@code null} for values that are not calendar periods ({@code PRESENT_REF},
     * {@code XXXX-12}, {@code 2010-W04-WE}). A time of day narrows to its day when it is a part of day
     * ({@code 2010-07-16TMO}); a modifier (about, early, mid, late) makes the date approximate.
     */
    static HistoricalDate toHistoricalDate(String value, TimexMod mod) {
        String text = value;
        int t = text.indexOf('T');
        if (t > 0) {
            String time = text.substring(t + 1);
            if (time.endsWith("Z")) {
                time = time.substring(0, time.length() - 1);
            }
            text = time.length() == 5 && time.charAt(2) == ':' ? text.substring(0, t + 1) + time : text.substring(0, t);
        }
        if (text.isEmpty() || text.indexOf('X') >= 0 || !Character.isDigit(text.charAt(0))
                || text.endsWith("-WE")) {
            return null;
        }
        try {
            HistoricalDate date = HistoricalDate.parse(text);
            return mod == null || mod == TimexMod.BEFORE || mod == TimexMod.AFTER ? date : date.approximately();
        } catch (InvalidDateException | java.time.DateTimeException e) {
            return null;
        }
    }
}
