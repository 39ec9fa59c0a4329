package news.timeline.importer.time;

import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.date.Season;

/** Turns TIMEX3 date values into core {@link HistoricalDate}s at their precision. */
final class Dates {

    private Dates() {
    }

    /**
     * The date a value names, or {@code null} for values that are not calendar periods ({@code PRESENT_REF},
     * {@code XXXX-12}). A part of day is dated by its day ({@code 2010-07-16TMO}), a weekend by its week
     * ({@code 2010-W04-WE}); a modifier (about, early, mid, late) makes the date approximate.
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
        boolean fiscal = text.startsWith("FY");
        if (fiscal) {
            // A fiscal year need not start in January: the calendar period is only approximate.
            text = text.substring(2);
        }
        if (text.endsWith("-WE")) {
            // A weekend is dated by its week: the nearest period the core can hold.
            text = text.substring(0, text.length() - 3);
        }
        if (text.isEmpty() || text.indexOf('X') >= 0 || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        try {
            HistoricalDate date = isSeason(text)
                    // HistoricalDate.parse reads "2022-WI" as an ISO week and fails, so seasons are built here.
                    ? HistoricalDate.ofSeason(yearOf(text), Season.fromTimex(text.substring(text.length() - 2)))
                    : HistoricalDate.parse(text);
            boolean exact = !fiscal && (mod == null || mod == TimexMod.BEFORE || mod == TimexMod.AFTER);
            return exact ? date : date.approximately();
        } catch (InvalidDateException | java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isSeason(String text) {
        int dash = text.lastIndexOf('-');
        return dash > 0 && text.length() - dash == 3 && switch (text.substring(dash + 1)) {
            case "SP", "SU", "FA", "WI" -> true;
            default -> false;
        };
    }

    private static int yearOf(String text) {
        return Integer.parseInt(text.substring(0, text.lastIndexOf('-')));
    }
}
