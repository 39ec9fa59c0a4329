package news.timeline.web.embed;

/**
 * How a publisher asked the widget to look: the milestone to start at, a height in pixels (0: as tall as
 * its content), a theme ({@code light}, {@code dark} or {@code auto}), whether to show the axis, and the
 * pym.js child id when a pym parent (or our loader) frames it.
 */
public record EmbedOptions(String start, int height, String theme, boolean axis, String childId) {

    /** The tallest widget a publisher can ask for. */
    public static final int MAX_HEIGHT = 5000;

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
}
