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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.timeline.web.Area;
import news.timeline.web.NotFound;
import news.timeline.web.Problems;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.Collisions;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns "not found" into a page inside the site's layout that says what was not found: a missing
 * timeline through the exception mapper, any other unknown address through a last route. Under
 * {@code /api/} an unknown address, and a {@code NotFound} thrown there, is the API's JSON problem instead,
 * since a program reads it.
 */
@ApplicationScoped
public class ErrorPages {

    static final String NO_PAGE = "There is no page at this address.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(PageMeta page, String message);

        static native TemplateInstance failed(PageMeta page);

        static native TemplateInstance tooLarge(PageMeta page, String size);
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ErrorPages.class);

    @Inject
    Pages pages;

    @Inject
    TimelineConfig config;

    /** Quarkus's own limit on a request's body; its refusal is an empty 413, so ours answers first. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    io.quarkus.runtime.configuration.MemorySize maxBodySize;

    public static final String NO_API = "There is nothing at this address.";
    static final String UNREADABLE = "The request's body could not be read: a form with a malformed %-escape, or an upload"
            + " that was cut off or is not a well-formed multipart form.";
    static final String STALE = "Someone else changed this since you opened it; nothing was saved. Reload to see their changes.";
    static final String BUSY = "Someone else was saving the same thing at the same moment; nothing was saved. Try again.";

    /** Something a page or an API request names does not exist: the not-found page or a JSON problem, saying what. */
    @ServerExceptionMapper
    public Response missing(NotFound e, UriInfo uri) {
        return answer(uri, 404, e.getMessage(), () -> notFoundPage(e.getMessage()));
    }

    /**
     * A window asked for from a milestone ({@code after}, {@code before}) that is not among those asked for, where the
     * page does not answer it itself (the embed): a 400 naming the parameter, or under {@code /api} the API's problem.
     */
    @ServerExceptionMapper
    public Response unknownKey(news.timeline.web.persistence.UnknownKey e, UriInfo uri) {
        return Area.API.holds(uri.getPath()) ? Problems.of(e.parameter(), e.getMessage()).response(400) : text(400, e.getMessage());
    }

    /** An address no resource answers: the framework's message names its internals, so ours stands in. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, 404, NO_API, () -> notFoundPage(NO_PAGE));
    }

    private Response notFoundPage(String message) {
        PageMeta page = pages.meta(DisplayExtensions.messages(pages.locale()).notFound(), "/");
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.localized(Templates.notFound(page, message)).render()).build();
    }

    /**
     * Anything that escapes a resource: logged with its stack trace for us, a page without one for the
     * reader. Framework exceptions that already carry a status (400, 405, 415, ...) keep it.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String reason = web.getResponse().getStatusInfo().getReasonPhrase();
            return answer(uri, status, status == 415 ? "Send the body as JSON (Content-Type: application/json)."
                    : status == 405 ? "This address does not take " + request.getMethod() + " requests." : reason + ".",
                    () -> text(status, reason));
        }
        if (isUnreadableBody(e)) {
            return answer(uri, 400, UNREADABLE, () -> text(400, UNREADABLE));
        }
        if (Collisions.isVersionClash(e)) {
            return answer(uri, 409, STALE, () -> text(409, STALE));
        }
        if (Collisions.isCollision(e)) {
            // A key, a lock or a deadlock lost to another transaction on every rerun: a race, not a fault.
            LOG.warnf("%s %s lost a race with another transaction on every rerun: %s", request.getMethod(), uri.getPath(),
                    e.getMessage());
            return answer(uri, 409, BUSY, () -> text(409, BUSY));
        }
        LOG.error("Request failed", e);
        return answer(uri, 500, "The request failed on our side; it has been logged.", () -> Response.serverError()
                .type(MediaType.TEXT_HTML_TYPE).entity(pages.localized(Templates.failed(pages.meta("Something went wrong", "/")))
                        .render()).build());
    }

    /** The one place pages and the API part: under {@code /api} the API's problem, elsewhere the page. */
    private static Response answer(UriInfo uri, int status, String message, java.util.function.Supplier<Response> page) {
        return Area.API.holds(uri.getPath()) ? Problems.of(null, message).response(status) : page.get();
    }

    private static Response text(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
    }

    /**
     * A body declared larger than the site accepts (an upload of a big file, say) gets a page, or under
     * {@code /api} a JSON problem, that says so. Quarkus's own check, just after this one, answers with an
     * empty 413 that a browser shows as a blank page. Bodies sent without a length stay with Quarkus.
     */
    void refuseOversizeBodies(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        router.route().order(io.quarkus.vertx.http.runtime.RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            long length;
            try {
                String header = context.request().getHeader("Content-Length");
                length = header == null ? -1 : Long.parseLong(header.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length <= limit) {
                context.next();
                return;
            }
            context.response().putHeader("Connection", "close");
            answer(context, 413, "The body is larger than the " + size + " this site accepts at once.", () -> {
                var cookie = context.request().getCookie(ReaderLocales.COOKIE);
                java.util.Locale locale = ReaderLocales.resolve(null, cookie == null ? null : cookie.getValue(),
                        context.request().getHeader("Accept-Language"));
                PageMeta page = routePage(DisplayExtensions.messages(locale).tooLargeHeading(), locale, context);
                return Templates.tooLarge(page, size).setAttribute("locale", locale).render();
            });
        });
    }

    void addFallbackRoute(@Observes Router router) {
        router.route().last().handler(context -> answer(context, 404, NO_API, () -> {
            PageMeta page = routePage("Not found", ReaderLocales.SUPPORTED.get(0), context);
            return Templates.notFound(page, NO_PAGE).setAttribute("locale", page.locale()).render();
        }));
    }

    /** The same parting for the routes outside the REST layer: the API's problem, or the page {@code html} renders. */
    private static void answer(io.vertx.ext.web.RoutingContext context, int status, String message,
                               java.util.function.Supplier<String> html) {
        boolean api = Area.API.holds(context.request().path());
        context.response().setStatusCode(status)
                .putHeader("Content-Type", api ? MediaType.APPLICATION_JSON : "text/html;charset=UTF-8")
                .end(api ? Problems.of(null, message).json() : html.get());
    }

    /** The head of a page a route answers with, outside the REST layer that {@link Pages} serves. */
    private PageMeta routePage(String title, java.util.Locale locale, io.vertx.ext.web.RoutingContext context) {
        return new PageMeta(title, null, config.site().baseUrl() + "/", locale, "website", null, null, List.of(),
                config.site().name(), null, null, Pages.signedIn(context));
    }

    /**
     * True for a failure of the framework's form and multipart readers: the client sent a body they cannot
     * parse (a {@code %ZZ} in a form, a multipart body without its closing boundary), which is the client's
     * mistake to be told about, not ours to log.
     */
    static boolean isUnreadableBody(Throwable e) {
        return Collisions.anyCause(e, cause -> java.util.Arrays.stream(cause.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")));
    }
}
