package news.timeline.web.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.web.Area;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a visitor without a session who opens an editor address to the sign-in page. The framework would
 * do this itself, but it also copies the address into a cookie to come back to after sign-in, and an
 * address with a character that no cookie can hold (a semicolon, a comma, a quote) left the request
 * without any answer. So its redirect is switched off ({@code quarkus.http.auth.form.login-page} is
 * empty), its bare 401 is turned into the redirect here, and no cookie is ever made from an address:
 * after signing in, editors land on the editor's first page. Single sign-on's failures (SingleSignOn) land
 * on the sign-in page too, which says that it failed.
 */
@ApplicationScoped
public class SignInRedirect {

    static final String LOGIN = "/login";
    /** Where a single sign-on that failed lands: the sign-in page, which says so. */
    static final String SSO_FAILED = LOGIN + "?sso-failed=true";

    private static final Logger LOG = Logger.getLogger(SignInRedirect.class);

    @ConfigProperty(name = SingleSignOn.ENABLED, defaultValue = "false")
    boolean singleSignOn;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (Area.EDITOR.holds(context.normalizedPath())) {
                context.addHeadersEndHandler(ignored -> {
                    var response = context.response();
                    if (response.getStatusCode() == 401) {
                        // Single sign-on answers 401 when the provider's answer fails its checks (the log says which).
                        String to = singleSignOn && context.normalizedPath().equals(SingleSignOn.PATH) ? SSO_FAILED : LOGIN;
                        response.setStatusCode(302).putHeader("Location", to).putHeader("Content-Length", "0");
                    }
                });
            }
            context.next();
        });
        // A provider that cannot be reached (or answers nonsense) fails the request outright; the editor gets
        // the sign-in page, which says so, instead of an error page, and the log gets the provider's words.
        router.route(SingleSignOn.PATH).failureHandler(context -> {
            Throwable failure = context.failure();
            // Challenges, redirects and refusals are the framework's to answer (a refusal comes back above as a 401).
            if (failure == null || failure instanceof io.quarkus.security.AuthenticationException || context.response().headWritten()) {
                context.next();
                return;
            }
            LOG.warnf("Single sign-on failed at the provider (quarkus.oidc.auth-server-url): %s", failure.getMessage());
            context.response().setStatusCode(302).putHeader("Location", SSO_FAILED).putHeader("Cache-Control", "no-store").end();
        });
    }
}
