package news.timeline.core.date;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Shows a {@link HistoricalDate} to readers at exactly its precision: "2021", "February 2025",
 * "12 February 2025", "c. 2025", "16–17 June 2021", "44 BCE". Words come from the {@code dates} resource
 * bundle beside this class (English, German, Ukrainian).
 */
public final class HistoricalDateFormat {

    private final Locale locale;
    private final ResourceBundle words;

    private HistoricalDateFormat(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("news.timeline.core.date.dates", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static HistoricalDateFormat of(Locale locale) {
        return new HistoricalDateFormat(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The date for a reader, in this format's language. */
    public String format(HistoricalDate date) {
        String text = date.isRange() ? range(date) : single(date);
        return date.approximate() ? message("approximate", text) : text;
    }

    private String range(HistoricalDate date) {
        HistoricalDate first = date.start();
        HistoricalDate last = date.end();
        if (first.precision() == Precision.DAY && last.precision() == Precision.DAY
                && first.year() == last.year() && first.month() == last.month() && first.year() > 0) {
            // "16–17 June 2021": the shared month and year once.
            String whole = single(last);
            String lastDay = Integer.toString(last.day());
            int at = whole.indexOf(lastDay);
            if (at >= 0) {
                return whole.substring(0, at) + first.day() + "–" + whole.substring(at);
            }
        }
        if (first.precision() == Precision.YEAR && last.precision() == Precision.YEAR) {
            return single(first) + "–" + single(last);
        }
        return single(first) + " – " + single(last);
    }

    private String single(HistoricalDate date) {
        int shownYear = Math.abs(date.year());
        String year = Integer.toString(shownYear);
        String text = switch (date.precision()) {
            case CENTURY, DECADE -> message(date.precision() == Precision.CENTURY ? "century" : "decade", year);
            case YEAR -> year;
            case HALF_YEAR -> message("half", year, date.part());
            case QUARTER -> message("quarter", year, date.part());
            case SEASON -> message("season." + date.season().name(), year);
            case WEEK -> message("week", date.startDay().get(IsoFields.WEEK_BASED_YEAR),
                    date.startDay().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            // Patterns use the year of era, which is the number shown before "BCE".
            case MONTH -> pattern("month").format(date.startDay());
            case DAY -> pattern("day").format(date.startDay());
            case MINUTE -> pattern("minute").format(LocalDateTime.of(date.startDay(), date.time()));
        };
        return date.year() < 0 ? message("bce", text) : text;
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(words.getString(key), locale);
    }

    private String message(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(words.getString(key), locale);
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = String.valueOf(arguments[i]);
        }
        return format.format(plain);
    }
}
