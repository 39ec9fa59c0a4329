package news.timeline.web.embed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.text.Html;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.reader.Pages;

/**
 * The oEmbed provider (https://oembed.com): given a timeline page's URL, the HTML that embeds it as a
 * widget. Only JSON is offered; other formats get 501 as the specification asks. Its consumers read an
 * error's status alone (the specification gives it no body): the bare {@code {"error": ...}} is for the
 * person trying a URL, and, this not being the API, not the API's {@code Problems}.
 */
@Path("/oembed")
public class OEmbedResource {

    static final int DEFAULT_WIDTH = 700;
    static final int DEFAULT_HEIGHT = 600;
    static final int CACHE_SECONDS = 3600;

    private static final Pattern TIMELINE_PATH = Pattern.compile("/timelines/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response oembed(@QueryParam("url") String url, @QueryParam("maxwidth") Integer maxWidth,
                           @QueryParam("maxheight") Integer maxHeight, @QueryParam("format") String format) {
        if (format != null && !format.isBlank() && !format.equals("json")) {
            return error(Response.Status.NOT_IMPLEMENTED, "Only format=json is supported, not '" + format + "'.");
        }
        String slug = slug(url);
        var timeline = slug == null ? null : queries.head(slug).map(ReaderQueries.TimelineHead::timeline).orElse(null);
        if (timeline == null) {
            return error(Response.Status.NOT_FOUND, "No timeline is published at '" + url + "'.");
        }
        int width = fit(DEFAULT_WIDTH, maxWidth);
        int height = fit(DEFAULT_HEIGHT, maxHeight);
        String src = pages.absolute("/embed/timelines/" + slug);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "1.0");
        body.put("type", "rich");
        body.put("title", timeline.title());
        body.put("provider_name", pages.siteName());
        body.put("provider_url", pages.absolute("/"));
        body.put("cache_age", CACHE_SECONDS);
        body.put("width", width);
        body.put("height", height);
        body.put("html", "<iframe src=\"" + src + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + Html.escapeAttribute(timeline.title()) + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>");
        return Response.ok(body).build();
    }

    /** The slug of a timeline page URL on this site, or null. */
    private String slug(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            URI site = URI.create(pages.absolute("/"));
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(site.getHost())) {
                return null;
            }
            Matcher matcher = TIMELINE_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
            return matcher.matches() ? matcher.group(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The preferred size, shrunk to the consumer's maximum as the specification requires. */
    private static int fit(int preferred, Integer max) {
        return max == null || max <= 0 ? preferred : Math.min(preferred, max);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
