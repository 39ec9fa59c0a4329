package news.timeline.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import news.timeline.web.form.Flash;
import news.timeline.web.form.FormErrors;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An editor's API tokens: make one (shown once, on the page that answers the form), see when each was last
 * used, revoke it. Administrators also see and revoke everyone's.
 */
@Path("/editor/tokens")
@RolesAllowed(AccountIdentityProvider.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class TokensResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(PageMeta page, String flash, ApiTokens.Created created, List<ApiTokens.Row> mine,
                                              List<ApiTokens.Row> everyone, Map<String, String> form,
                                              Map<String, String> errors);
    }

    @Inject
    ApiTokens tokens;
    @Inject
    Pages pages;
    @Inject
    SecurityIdentity identity;

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flash) {
        return Flash.page(page(Flash.read(flash), null, Map.of(), Map.of()), flash);
    }

    /**
     * Makes a token and shows it on the answer itself rather than after a redirect, so that the secret is
     * never put in a cookie or a URL.
     */
    @POST
    public Response create(@RestForm String name, @RestForm String expires) {
        try {
            ApiTokens.Created created = tokens.create(username(), name, expires);
            return Response.ok(page(null, created, Map.of(), Map.of()))
                    .header("Cache-Control", "no-store").build();
        } catch (FormErrors e) {
            Map<String, String> form = Map.of("name", name == null ? "" : name, "expires", expires == null ? "" : expires);
            return Flash.again(page(null, null, form, e.fields()));
        }
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        String name = tokens.revoke(username(), id, identity.hasRole(AccountIdentityProvider.ADMIN));
        return Flash.redirect("/editor/tokens", pages.editorWords().tokenRevoked(name));
    }

    private TemplateInstance page(String flash, ApiTokens.Created created, Map<String, String> form, Map<String, String> errors) {
        PageMeta meta = pages.meta(pages.editorWords().tokensTitle(), "/editor/tokens");
        List<ApiTokens.Row> everyone = identity.hasRole(AccountIdentityProvider.ADMIN) ? tokens.all() : List.of();
        return pages.localized(Templates.tokens(meta, flash, created, tokens.of(username()), everyone, form, errors));
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
