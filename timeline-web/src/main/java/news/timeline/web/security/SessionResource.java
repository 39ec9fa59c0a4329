package news.timeline.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;

/**
 * Signing in; signing out is the editor's (EditorResource#logout). A site without any account says so here
 * and points to its setup page (FirstRun), where a wrong password would be all anyone learnt. The form posts to Quarkus's
 * {@code /j_security_check} with the token that SignInForm checks; see AccountIdentityProvider. With single
 * sign-on on, a button beside the form starts it (SingleSignOn).
 */
@Path("/")
public class SessionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageMeta page, boolean failed, boolean expired, String token,
                                             boolean noAccount, String sso, boolean ssoFailed);
    }

    @Inject
    Pages pages;
    @Inject
    SignInForm form;
    @Inject
    FirstRun firstRun;
    @Inject
    SingleSignOn sso;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@QueryParam("failed") boolean failed, @QueryParam("expired") boolean expired,
                          @QueryParam("sso-failed") boolean ssoFailed, @CookieParam(SignInForm.COOKIE) String cookie) {
        String token = form.token(cookie);
        TemplateInstance page = pages.localized(Templates.login(pages.meta(pages.editorWords().signInTitle(), "/login"),
                failed, expired, token, firstRun.open(), sso.enabled() ? sso.label() : null, ssoFailed && sso.enabled()));
        return Response.ok(page).cookie(SignInForm.cookie(token)).build();
    }
}
