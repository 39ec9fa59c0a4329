package news.timeline.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import news.timeline.web.config.TimelineConfig;

/**
 * Marks every cookie the site sets Secure when its public address ({@code timeline.site.base-url}) is
 * https. Behind a proxy that ends TLS the application itself speaks plain HTTP, so the framework, which
 * looks at the connection, would leave its session cookie without the flag, and a browser would send it
 * over plain HTTP too.
 */
@ApplicationScoped
public class SecureCookies {

    private final boolean https;

    public SecureCookies(TimelineConfig config) {
        this.https = Https.isHttps(config);
    }

    void install(@Observes Router router) {
        if (https) {
            router.route().order(Integer.MIN_VALUE).handler(context -> {
                context.addHeadersEndHandler(ignored -> secure(context));
                context.next();
            });
        }
    }

    private static void secure(RoutingContext context) {
        // Cookies the framework adds wait in the request's jar and become headers after this handler runs;
        // only those being set (changed) are touched, not the ones the browser sent.
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie set && set.isChanged() && !set.isSecure()) {
                set.setSecure(true);
            }
        }
        HttpServerResponse response = context.response();
        List<String> headers = response.headers().getAll("Set-Cookie");
        if (headers.stream().anyMatch(header -> !isSecure(header))) {
            response.headers().remove("Set-Cookie");
            headers.forEach(header -> response.headers().add("Set-Cookie", isSecure(header) ? header : header + "; Secure"));
        }
    }

    private static boolean isSecure(String header) {
        for (String attribute : header.split(";")) {
            if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }
}
