package news.timeline.web.editor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import news.timeline.core.text.Html;

/**
 * The editor's "Embed" panel: the widget's options as the editor chose them, and the three ways to put
 * the widget on a page with those options (an iframe, our loader script, an oEmbed URL).
 */
public record EmbedPanel(Map<String, String> options, String previewSrc, String iframe, String script, String oembed) {

    /** Option names as the embed page and the loader take them, in the order the panel shows them. */
    static final String[] NAMES = {"m", "kind", "actor", "tag", "from", "to", "height", "theme", "lang", "axis"};

    static final int DEFAULT_HEIGHT = 600;

    /** The panel for timeline {@code slug} on a site at {@code base}, from the options submitted in a query (any may be blank). */
    static EmbedPanel of(String base, String slug, String title, MultivaluedMap<String, String> submitted) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = submitted.getFirst(name);
            options.put(name, value == null ? "" : value.strip());
        }
        String query = options.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String path = "/embed/timelines/" + slug + (query.isEmpty() ? "" : "?" + query);
        String height = options.get("height").matches("\\d{2,4}") ? options.get("height") : Integer.toString(DEFAULT_HEIGHT);
        String iframe = "<iframe src=\"" + Html.escapeAttribute(base + path) + "\" width=\"100%\" height=\"" + height + "\" title=\""
                + Html.escapeAttribute(title) + "\" loading=\"lazy\" style=\"border:0\"></iframe>";
        StringBuilder div = new StringBuilder("<div data-timeline=\"" + slug + "\" data-title=\"" + Html.escapeAttribute(title) + "\"");
        options.forEach((name, value) -> {
            if (!value.isEmpty()) {
                div.append(" data-").append(name).append("=\"").append(Html.escapeAttribute(value)).append('"');
            }
        });
        String script = div + "></div>\n<script src=\"" + base + "/embed/v1.js\" async></script>";
        String oembed = base + "/oembed?format=json&url=" + URLEncoder.encode(base + "/timelines/" + slug, StandardCharsets.UTF_8);
        return new EmbedPanel(options, path, iframe, script, oembed);
    }
}
