package news.timeline.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets only the site's own sign-in form sign anyone in. Without this, another site could post its own
 * username and password to {@code /j_security_check} from a visitor's browser and sign the visitor into an
 * account the other site controls (login CSRF). The sign-in page sets a random token in a SameSite=Strict
 * cookie, which browsers never send with a request another site starts, and puts the same token in the
 * form's address; a sign-in whose address and cookie do not carry the same token is sent back to the form.
 * (The framework reads the form's body itself, so the token rides in the address, not in a field.)
 */
@ApplicationScoped
public class SignInForm {

    static final String COOKIE = "timeline-login";
    static final String PARAMETER = "login-token";
    /** The framework answers sign-ins on any path that ends so (FormAuthenticationMechanism). */
    static final String POST_LOCATION = "/j_security_check";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().method() == HttpMethod.POST && context.normalizedPath().endsWith(POST_LOCATION)) {
                // The framework reads only form fields here and fails on any other body.
                String type = context.request().getHeader("Content-Type");
                if (type == null || !type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    context.response().setStatusCode(415).putHeader("Content-Type", "text/plain;charset=UTF-8")
                            .end("Sign in with the form at /login: it sends application/x-www-form-urlencoded.");
                    return;
                }
                Cookie cookie = context.request().getCookie(COOKIE);
                String token = context.request().getParam(PARAMETER);
                if (cookie == null || token == null || !same(cookie.getValue(), token)) {
                    context.response().setStatusCode(303).putHeader("Location", "/login?expired=true").end();
                    return;
                }
            }
            context.next();
        });
    }

    /** The token for the sign-in page: the browser's own if it has a well-formed one, else a new one. */
    String token(String cookie) {
        if (cookie != null && cookie.matches("[A-Za-z0-9_-]{43}")) {
            return cookie;
        }
        return ApiTokens.secret();
    }

    /** The cookie that carries the token: for this site's own requests only, gone when the browser closes. */
    static jakarta.ws.rs.core.NewCookie cookie(String token) {
        return new jakarta.ws.rs.core.NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.STRICT).build();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
