package news.timeline.web.editor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.timeline.core.text.Html;

/**
 * The editor's "Embed" panel: the widget's options as the editor chose them, the three ways to put the
 * widget on a page with those options (an iframe, our loader script, an oEmbed URL), all at the site's
 * public address, and what is wrong with that address for other sites, if anything.
 */
public record EmbedPanel(Map<String, String> options, String previewSrc, String iframe, String script, String oembed,
                         List<String> warnings) {

    /** Option names as the embed page and the loader take them, in the order the panel shows them. */
    static final String[] NAMES = {"m", "kind", "actor", "tag", "from", "to", "height", "mode", "theme", "lang", "axis"};

    static final int DEFAULT_HEIGHT = 600;

    /** The configuration key of the public address, and its environment variable, as the README names them. */
    static final String BASE_URL_KEY = "timeline.site.base-url";
    static final String BASE_URL_ENV = "TIMELINE_SITE_BASE_URL";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    /**
     * The panel for timeline {@code slug} on a site at {@code base}, from the options submitted in a query (any
     * may be blank); {@code editorOrigin} is the address the editor is using (scheme and host), or null.
     */
    static EmbedPanel of(String base, String editorOrigin, String slug, String title, MultivaluedMap<String, String> submitted) {
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
        String script = div + "></div>\n<script src=\"" + base + "/embed/v2.js\" async></script>";
        String oembed = base + "/oembed?format=json&url=" + URLEncoder.encode(base + "/timelines/" + slug, StandardCharsets.UTF_8);
        return new EmbedPanel(options, path, iframe, script, oembed, warnings(base, editorOrigin));
    }

    /**
     * This panel with its preview framed at a preview link's {@code prefix}, so that it shows the drafts that the
     * widget at the public address leaves out; the code to copy stays the public widget's.
     */
    EmbedPanel through(String prefix) {
        return prefix == null ? this : new EmbedPanel(options, prefix + previewSrc, iframe, script, oembed, warnings);
    }

    /**
     * Why the code at {@code base} may not work on a publisher's page: an address only this computer reaches
     * (a default installation's), or one other than the address the editor is using at {@code editorOrigin}.
     */
    static List<String> warnings(String base, String editorOrigin) {
        List<String> warnings = new ArrayList<>();
        String set = "Set " + BASE_URL_KEY + " (environment variable " + BASE_URL_ENV
                + ") to the address readers use, for instance https://timelines.example.org, and restart the site.";
        String host = host(base);
        if (host == null) {
            warnings.add("The embed code points at " + base + ", which is not a web address. " + set);
            return warnings;
        }
        if (LOCAL_HOSTS.contains(host)) {
            warnings.add("The embed code points at " + base + ", an address only this computer can reach: "
                    + "on a publisher's page, readers will see an empty frame. " + set);
        }
        String editing = host(editorOrigin);
        if (editing != null && !editing.equals(host) && !(LOCAL_HOSTS.contains(editing) && LOCAL_HOSTS.contains(host))) {
            warnings.add("The embed code points at " + base + ", but you are using this editor at " + editorOrigin
                    + ". If readers reach the site at " + editorOrigin + ", the code is wrong. " + set);
        }
        return warnings;
    }

    /** The host of an absolute address, in lower case, or null if it has none. */
    private static String host(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
