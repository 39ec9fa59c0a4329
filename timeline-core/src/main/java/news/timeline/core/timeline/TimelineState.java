package news.timeline.core.timeline;

import java.util.Locale;
import news.timeline.core.text.Slugs;

/** Where a timeline is in its life: editors prepare drafts, readers see published ones, archived ones stay readable by link. */
public enum TimelineState {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    /** True if readers may open it. */
    public boolean isReadable() {
        return this != DRAFT;
    }

    /** The lower-case name the API speaks ("draft"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a state by its name in any case. */
    public static TimelineState fromSlug(String text) {
        return Slugs.constant(TimelineState.class, text, "timeline state");
    }
}
