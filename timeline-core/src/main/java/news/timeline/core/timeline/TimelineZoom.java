package news.timeline.core.timeline;

import java.util.Locale;
import news.timeline.core.text.Slugs;

/**
 * How far the reader's axis is zoomed when a link names no view of its own: the whole span, or a decade,
 * a year, a month or a few days ending at the latest milestone.
 */
public enum TimelineZoom {
    SPAN("Whole span"),
    DECADE("Decade"),
    YEAR("Year"),
    MONTH("Month"),
    DAY("Day");

    private final String label;

    TimelineZoom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value the reader's script reads: "span", "decade", "year", "month" or "day". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a zoom by its name in any case. */
    public static TimelineZoom fromSlug(String text) {
        return Slugs.constant(TimelineZoom.class, text, "zoom");
    }
}
