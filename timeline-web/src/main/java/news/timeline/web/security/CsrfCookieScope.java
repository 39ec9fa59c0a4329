package news.timeline.web.security;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import news.timeline.web.Area;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the CSRF cookie to the editor. The CSRF filter creates its token cookie on every page; only the
 * editor's forms need it, and readers' pages and embed widgets promise to set no cookie at all.
 */
@ApplicationScoped
public class CsrfCookieScope {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (!Area.EDITOR.holds(context.normalizedPath())) {
                context.addHeadersEndHandler(ignored -> strip(context.response()));
            }
            context.next();
        });
    }

    private void strip(HttpServerResponse response) {
        response.removeCookie(cookieName, false);
        List<String> cookies = response.headers().getAll("Set-Cookie");
        if (cookies.stream().anyMatch(this::isCsrf)) {
            response.headers().remove("Set-Cookie");
            cookies.stream().filter(cookie -> !isCsrf(cookie)).forEach(cookie -> response.headers().add("Set-Cookie", cookie));
        }
    }

    private boolean isCsrf(String cookie) {
        return cookie.startsWith(cookieName + "=");
    }
}
