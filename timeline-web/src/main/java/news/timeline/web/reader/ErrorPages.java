package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import news.timeline.web.config.TimelineConfig;
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
        static native TemplateInstance notFound(PageMeta page, String message);

        static native TemplateInstance failed(PageMeta page);
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ErrorPages.class);

    /** A page that does not exist, with a message for the reader that says which. */
    public static final class MissingPage extends NotFoundException {
        public MissingPage(String message) {
            super(message);
        }
    }

    @Inject
    Pages pages;

    @Inject
    TimelineConfig config;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        // Only our own messages are meant for readers; the framework's name its internals.
        String message = e instanceof MissingPage ? e.getMessage() : NO_PAGE;
        PageMeta page = pages.meta(DisplayExtensions.messages(pages.locale()).notFound(), null, "/", "website", null);
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.localized(Templates.notFound(page, message)).render()).build();
    }

    /**
     * Anything that escapes a resource: logged with its stack trace for us, a page without one for the
     * reader. Framework exceptions that already carry a status (400, 405, 415, ...) keep it.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            return Response.status(web.getResponse().getStatus()).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(web.getResponse().getStatusInfo().getReasonPhrase()).build();
        }
        LOG.error("Request failed", e);
        PageMeta page = pages.meta("Something went wrong", null, "/", "website", null);
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.localized(Templates.failed(page)).render()).build();
    }

    void addFallbackRoute(@Observes Router router) {
        router.route().last().handler(context -> {
            PageMeta page = new PageMeta("Not found", null, config.site().baseUrl() + "/",
                    ReaderLocales.SUPPORTED.get(0), "website", null, null, List.of(), config.site().name());
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(Templates.notFound(page, NO_PAGE).setAttribute("locale", page.locale()).render());
        });
    }
}
