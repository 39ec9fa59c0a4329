package news.timeline.core.milestone;

import java.util.Locale;
import news.timeline.core.text.Slugs;

/** Whether a milestone has happened. */
public enum MilestoneStatus {
    /** It happened. */
    OCCURRED,
    /** Someone announced it will happen ("agreed to meet", "will meet"). */
    PLANNED,
    /** Observers expect it without an announcement ("is expected to", "anticipated"). */
    EXPECTED,
    /** It was planned and called off. */
    CANCELLED;

    /** The lower-case name used in URLs and data files ("planned"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a status by its name in any case. */
    public static MilestoneStatus fromSlug(String text) {
        return Slugs.constant(MilestoneStatus.class, text, "milestone status");
    }
}
