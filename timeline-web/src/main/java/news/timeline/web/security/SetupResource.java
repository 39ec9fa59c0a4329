package news.timeline.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.timeline.web.NotFound;
import news.timeline.web.form.Flash;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The setup page of a fresh installation: the first administrator, made once (FirstRun says who may), and
 * signed in at once. Once any account exists the page answers "not found".
 */
@Path(FirstRun.PATH)
@Produces(MediaType.TEXT_HTML)
public class SetupResource {

    static final String DONE = "There is nothing to set up: the site has its administrator. Sign in at /login.";
    static final String RACED = "The site's first administrator was created a moment ago, by another setup or at"
            + " start-up, so this one was not. Sign in with that account, or ask whoever made it for one.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(PageMeta page, String code, Map<String, String> form,
                                             Map<String, String> errors, String message);

        static native TemplateInstance code(PageMeta page, boolean wrong);
    }

    @Inject
    FirstRun firstRun;
    @Inject
    Pages pages;
    @Inject
    RoutingContext routing;

    @GET
    public Response page(@QueryParam("code") String code) {
        return refusal(code).orElseGet(() -> Response.ok(setup(code, Map.of(), Map.of(), null)).build());
    }

    @POST
    public Response create(@RestForm String code, @RestForm String username, @RestForm String password,
                           @RestForm String confirmation) {
        Optional<Response> refused = refusal(code);
        if (refused.isPresent()) {
            return refused.get();
        }
        Map<String, String> form = Map.of("username", username == null ? "" : username);
        if (password != null && !password.equals(confirmation)) {
            return Flash.again(setup(code, form, Map.of("confirmation", "the two passwords differ"), null));
        }
        Optional<String> created;
        try {
            created = firstRun.createAdministrator(username, password, routing);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            Map<String, String> errors = new HashMap<>();
            errors.put(colon > 0 ? message.substring(0, colon) : "username", colon > 0 ? message.substring(colon + 2) : message);
            return Flash.again(setup(code, form, errors, null));
        }
        if (created.isEmpty()) {
            return Response.status(Response.Status.CONFLICT).entity(setup(null, form, Map.of(), RACED)).build();
        }
        return Flash.redirect("/editor", pages.editorWords().firstAdminCreated(created.get()));
    }

    /** Why this request may not set up the site, as the answer to give, or empty if it may. */
    private Optional<Response> refusal(String code) {
        if (!firstRun.open()) {
            throw new NotFound(DONE);
        }
        FirstRun.Access access = firstRun.access(routing.request(), code);
        if (access == FirstRun.Access.OPEN) {
            return Optional.empty();
        }
        TemplateInstance page = pages.localized(Templates.code(pages.meta(pages.editorWords().setupTitle(), FirstRun.PATH),
                access == FirstRun.Access.WRONG_CODE));
        return Optional.of(Response.status(Response.Status.FORBIDDEN).entity(page).build());
    }

    private TemplateInstance setup(String code, Map<String, String> form, Map<String, String> errors, String message) {
        return pages.localized(Templates.setup(pages.meta(pages.editorWords().setupTitle(), FirstRun.PATH), code, form, errors, message));
    }
}
