package news.timeline.web.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import news.timeline.web.Area;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Keeps CSRF protection whole where cookies authenticate. quarkus-rest-csrf can only refuse changing
 * requests that are not forms everywhere or nowhere ({@code quarkus.rest-csrf.require-form-url-encoded});
 * the token API must accept JSON, so the extension lets non-form bodies through and this filter refuses
 * them again everywhere except under {@code /api}, which no cookie opens: {@code /api/editor} takes only a
 * Bearer token and the rest of the API only reads, so a change sent there is the API's own 405 in JSON.
 * Without it, a text/plain POST would skip the token check on the editor's form routes.
 */
public class CsrfFormBodies {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> formsOnly(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || Area.API.holds(request.getUriInfo().getPath()) || isForm(request.getMediaType())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("Changes are sent as forms with their CSRF token").build());
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
