package news.timeline.web.embed;

/**
 * How a publisher asked the widget to look: the milestone to start at, a height in pixels (0: as tall as
 * its content, asked for with {@code height=auto}), a theme ({@code light}, {@code dark} or {@code auto}),
 * whether to show the axis, and the pym.js child id when a pym parent (or our loader) frames it.
 */
public record EmbedOptions(String start, int height, String theme, boolean axis, String childId) {

    /**
     * The height of a widget whose publisher chose none: a fixed frame whose list scrolls inside, so that a
     * timeline of any length does not make the publisher's article longer.
     */
    public static final int DEFAULT_HEIGHT = 600;

    /** The tallest widget a publisher can ask for. */
    public static final int MAX_HEIGHT = 5000;

    /** The value of {@code height} that asks for today's full-length widget, sized to its content. */
    public static final String AUTO = "auto";

    public EmbedOptions {
        theme = switch (theme == null ? "" : theme) {
            case "dark" -> "dark";
            case "auto" -> "auto";
            default -> "light";
        };
        height = Math.max(0, Math.min(height, MAX_HEIGHT));
        // Only characters pym.js itself puts in ids: the id is echoed into messages to the parent page.
        childId = childId == null || !childId.matches("[A-Za-z0-9_-]{1,64}") ? null : childId;
    }

    /** The height a publisher's {@code height} asks for: 0 for {@code auto}, else pixels, the default if unreadable. */
    public static int height(String asked) {
        String value = asked == null ? "" : asked.strip();
        if (value.equalsIgnoreCase(AUTO)) {
            return 0;
        }
        try {
            int pixels = Integer.parseInt(value);
            return pixels > 0 ? pixels : DEFAULT_HEIGHT;
        } catch (NumberFormatException e) {
            return DEFAULT_HEIGHT;
        }
    }

    /** Whether the widget keeps a fixed height and scrolls its list inside (not {@code height=auto}). */
    public boolean fixed() {
        return height > 0;
    }
}
