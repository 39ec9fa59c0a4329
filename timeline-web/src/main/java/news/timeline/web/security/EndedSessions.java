package news.timeline.web.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.web.Area;
import news.timeline.web.config.TimelineConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets an editor whose session has ended read the site again. The browser still sends the cookie of a
 * session that ended on the server (idle too long, signed out in another tab); the framework then refuses
 * every request that carries it, public pages included, with an empty 401. Outside the editor, a read
 * refused so becomes a redirect to the same address that clears the cookie, and the reader's page follows
 * as anyone sees it. The editor's own pages keep sending the editor to sign in.
 */
@ApplicationScoped
public class EndedSessions {

    private final String cookieName;
    private final boolean https;

    public EndedSessions(TimelineConfig config, @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.cookieName = cookieName;
        this.https = Https.isHttps(config);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (publicRead(context)) {
                context.addHeadersEndHandler(ignored -> forget(context));
            }
            context.next();
        });
    }

    private boolean publicRead(RoutingContext context) {
        HttpMethod method = context.request().method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && context.request().getCookie(cookieName) != null
                && !Area.EDITOR.holds(context.normalizedPath()) && !Area.EDITOR_API.holds(context.normalizedPath());
    }

    private void forget(RoutingContext context) {
        if (context.response().getStatusCode() != 401) {
            return;
        }
        String back = context.request().uri();
        context.response().setStatusCode(303);
        context.response().headers()
                // never "//host/…", which a browser reads as another site
                .set("Location", back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/")
                .set("Cache-Control", "no-store")
                .add("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }
}
