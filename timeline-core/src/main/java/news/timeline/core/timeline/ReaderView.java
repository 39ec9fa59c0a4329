package news.timeline.core.timeline;

import java.util.Locale;
import news.timeline.core.text.Slugs;

/**
 * What a reader sees first at a timeline's address when the link asks for no view of its own: the list of
 * milestones with the axis (today's page), or story mode, one milestone at a time from the first.
 */
public enum ReaderView {
    LIST("List"),
    STORY("Story");

    private final String label;

    ReaderView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value addresses and forms use: "list" or "story". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a view by its name in any case. */
    public static ReaderView fromSlug(String text) {
        return Slugs.constant(ReaderView.class, text, "view");
    }

    /** The view {@code text} names, or null when it names none (blank or unknown): for addresses typed by hand. */
    public static ReaderView readOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return fromSlug(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
