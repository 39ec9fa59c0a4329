package news.timeline.web.embed;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Who may put our pages in a frame. Embed widgets may be framed by the sites in their timeline's
 * allow-list (any site when it has none); every other page, the editor's above all, only by this site,
 * so that no other site can overlay it to trick a reader or an editor into a click.
 */
public class Framing {

    static final String SELF_ONLY = "frame-ancestors 'self'";

    /** The policy of an embed page for a timeline's allow-list (space-separated CSP sources, or null). */
    static String embedPolicy(String origins) {
        if (origins == null || origins.isBlank()) {
            return "frame-ancestors *";
        }
        return "frame-ancestors 'self' " + origins.strip();
    }

    @ServerResponseFilter
    public void frameOnlyOnThisSite(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Content-Security-Policy")) {
            response.getHeaders().putSingle("Content-Security-Policy", SELF_ONLY);
            response.getHeaders().putSingle("X-Frame-Options", "SAMEORIGIN");
        }
    }
}
