package news.timeline.web.security;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import news.timeline.web.NotFound;
import news.timeline.web.reader.Pages;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The end of a sign-in through the newsroom's provider (SingleSignOn). The OIDC extension alone guards this
 * path: a visitor without its session goes to the provider, and comes back here with an ID token. That
 * person's account then gets the site's own session, and the provider's session with this site is ended at
 * once, so it opens nothing but this page; a person without an account learns why on a page of their own.
 */
@Path(SingleSignOn.PATH)
@Produces(MediaType.TEXT_HTML)
public class SingleSignOnResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(news.timeline.web.reader.PageMeta page, String message);
    }

    @Inject
    SingleSignOn sso;
    @Inject
    RoutingContext routing;
    @Inject
    Pages pages;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcSession oidcSession;

    @GET
    public Response signIn() {
        if (!sso.enabled()) {
            throw new NotFound("This site has no single sign-on; sign in at /login.");
        }
        SingleSignOn.Outcome outcome = sso.signIn(idToken::getClaim, routing);
        oidcSession.logout().await().indefinitely();
        if (!outcome.signedIn()) {
            var words = pages.editorWords();
            String message = outcome.refusal() == SingleSignOn.Refusal.NO_ACCOUNT ? words.ssoNoAccount(sso.label(), outcome.username())
                    : words.ssoNoUsername(sso.label());
            TemplateInstance page = pages.localized(Templates.refused(pages.meta(words.signInTitle(), SingleSignOn.PATH), message));
            return Response.status(Response.Status.FORBIDDEN).entity(page).build();
        }
        return Response.seeOther(URI.create("/editor")).build();
    }
}
