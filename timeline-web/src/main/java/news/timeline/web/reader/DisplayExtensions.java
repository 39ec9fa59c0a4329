package news.timeline.web.reader;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Milestone;
import news.timeline.web.persistence.TimelineSummary;

/** Display values computed for templates, so templates hold no logic. */
@TemplateExtension
public final class DisplayExtensions {

    private static final HistoricalDateFormat ENGLISH = HistoricalDateFormat.of(Locale.UK);

    private DisplayExtensions() {
    }

    /** The milestone's date as readers see it: "12 February 2025", "c. 2025", or "Planned" when undated. */
    static String displayDate(Milestone milestone) {
        if (milestone.date() == null) {
            return switch (milestone.status()) {
                case PLANNED -> "Planned, date not set";
                case EXPECTED -> "Expected, date not set";
                case CANCELLED -> "Cancelled";
                case OCCURRED -> "Undated";
            };
        }
        return ENGLISH.format(milestone.date());
    }

    static String display(HistoricalDate date) {
        return ENGLISH.format(date);
    }

    /** A publication day: "12 February 2025". */
    static String display(LocalDate day) {
        return ENGLISH.format(HistoricalDate.of(day));
    }

    /**
     * A value for HTML's {@code <time datetime>}, which takes a year, month, week, day or day with time but
     * no decades, seasons or years before the common era; null where none fits.
     */
    static String htmlDatetime(HistoricalDate date) {
        if (date == null || date.year() < 1) {
            return null;
        }
        return switch (date.precision()) {
            case YEAR, MONTH, DAY, MINUTE, WEEK -> date.value();
            default -> null;
        };
    }

    /** "Phone call", from {@code PHONE_CALL}. */
    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "2014–2025", "2025", or an empty string for a timeline without dated milestones. */
    static String span(TimelineSummary summary) {
        if (summary.firstDay() == null) {
            return "";
        }
        String first = year(summary.firstDay());
        String last = year(summary.lastDay());
        return first.equals(last) ? first : first + "–" + last;
    }

    private static String year(LocalDate day) {
        return ENGLISH.format(HistoricalDate.ofYear(HistoricalDate.of(day).year()));
    }
}
