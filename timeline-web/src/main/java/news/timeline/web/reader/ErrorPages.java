package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.timeline.web.config.TimelineConfig;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns "not found" into a page inside the site's layout that says what was not found: a missing
 * timeline through the exception mapper, any other unknown address through a last route. Under
 * {@code /api/} the same errors are the API's JSON problems instead, since a program reads them.
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

    static final String NO_API = "There is nothing at this address.";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (isApi(uri.getPath())) {
            return problem(404, e instanceof MissingPage ? e.getMessage() : NO_API);
        }
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
    public Response unexpected(Exception e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        boolean api = isApi(uri.getPath());
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String reason = web.getResponse().getStatusInfo().getReasonPhrase();
            if (api) {
                return problem(status, status == 415 ? "Send the body as JSON (Content-Type: application/json)."
                        : status == 405 ? "This address does not take " + request.getMethod() + " requests." : reason + ".");
            }
            return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build();
        }
        LOG.error("Request failed", e);
        if (api) {
            return problem(500, "The request failed on our side; it has been logged.");
        }
        PageMeta page = pages.meta("Something went wrong", null, "/", "website", null);
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.localized(Templates.failed(page)).render()).build();
    }

    void addFallbackRoute(@Observes Router router) {
        router.route().last().handler(context -> {
            if (isApi(context.request().path())) {
                context.response().setStatusCode(404).putHeader("Content-Type", MediaType.APPLICATION_JSON)
                        .end(problemJson(NO_API));
                return;
            }
            PageMeta page = new PageMeta("Not found", null, config.site().baseUrl() + "/",
                    ReaderLocales.SUPPORTED.get(0), "website", null, null, List.of(), config.site().name());
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(Templates.notFound(page, NO_PAGE).setAttribute("locale", page.locale()).render());
        });
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The API's error shape (docs/api.md): a list of problems, here one about the request as a whole. */
    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problemJson(message)).build();
    }

    private static String problemJson(String message) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().putNull("field")
                .put("message", message))).encode();
    }
}
