package news.timeline.web.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.web.Area;

/**
 * Sends a visitor without a session who opens an editor address to the sign-in page. The framework would
 * do this itself, but it also copies the address into a cookie to come back to after sign-in, and an
 * address with a character that no cookie can hold (a semicolon, a comma, a quote) left the request
 * without any answer. So its redirect is switched off ({@code quarkus.http.auth.form.login-page} is
 * empty), its bare 401 is turned into the redirect here, and no cookie is ever made from an address:
 * after signing in, editors land on the editor's first page.
 */
@ApplicationScoped
public class SignInRedirect {

    static final String LOGIN = "/login";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (Area.EDITOR.holds(context.normalizedPath())) {
                context.addHeadersEndHandler(ignored -> {
                    var response = context.response();
                    if (response.getStatusCode() == 401) {
                        // Single sign-on answers 401 when the provider's answer fails its checks (the log says which).
                        String to = context.normalizedPath().equals(SingleSignOn.PATH) ? LOGIN + "?sso-failed=true" : LOGIN;
                        response.setStatusCode(302).putHeader("Location", to).putHeader("Content-Length", "0");
                    }
                });
            }
            context.next();
        });
    }
}
