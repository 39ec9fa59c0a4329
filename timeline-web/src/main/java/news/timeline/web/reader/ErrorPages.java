package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns "not found" into a page inside the site's layout that says what was not found: a missing
 * timeline through the exception mapper, any other unknown address through a last route.
 */
@ApplicationScoped
public class ErrorPages {

    static final String NO_PAGE = "There is no page at this address.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String message);
    }

    /** A page that does not exist, with a message for the reader that says which. */
    public static final class MissingPage extends NotFoundException {
        public MissingPage(String message) {
            super(message);
        }
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        // Only our own messages are meant for readers; the framework's name its internals.
        String message = e instanceof MissingPage ? e.getMessage() : NO_PAGE;
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(message).render()).build();
    }

    void addFallbackRoute(@Observes Router router) {
        router.route().last().handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(Templates.notFound(NO_PAGE).render()));
    }
}
