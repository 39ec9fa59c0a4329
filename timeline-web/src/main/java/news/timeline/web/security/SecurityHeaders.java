package news.timeline.web.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.timeline.web.Area;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.SiteStyles;

/**
 * The headers every response carries, whichever part of the site or the framework answers: the page
 * Content-Security-Policy where the answer has none of its own (embed widgets set theirs), no type
 * sniffing, referrers cut to the origin when they leave the site, HSTS when the site's public address is
 * https, no caching of the editor's and the sign-in pages, which hold unpublished work and tokens, and no
 * shared caching of the pages a signed-in editor sees.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** One year, as browsers' preload lists ask; subdomains are the site owner's choice, not ours. */
    static final String HSTS = "max-age=31536000";
    /** Path parameters ({@code ;x}), left out as the security checks leave them out; compiled once, not per answer. */
    private static final java.util.regex.Pattern PATH_PARAMETERS = java.util.regex.Pattern.compile(";[^/]*");
    private static final java.util.regex.Pattern SIGN_IN = java.util.regex.Pattern.compile("/login|.*/j_security_check");

    private final boolean https;
    private final String pagePolicy;
    private final String filePolicy;

    public SecurityHeaders(TimelineConfig config) {
        this.https = Https.isHttps(config);
        // The same hosts the pages' media frames and players come from (MediaEmbeds), checked the same way.
        String media = ContentSecurityPolicy.mediaSources(
                ContentSecurityPolicy.hosts(config.media().frameHosts(), "timeline.media.frame-hosts"),
                ContentSecurityPolicy.hosts(config.media().fileHosts().orElse(java.util.List.of()), "timeline.media.file-hosts"));
        this.pagePolicy = ContentSecurityPolicy.page(SiteStyles.css(), media);
        // A script, a stylesheet or an API answer has no inline stylesheet to allow: the same policy without the
        // pages' hashes, which would only lengthen every answer a reader's page loads.
        this.filePolicy = ContentSecurityPolicy.page(java.util.List.of(), media);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> add(context));
            context.next();
        });
    }

    private void add(RoutingContext context) {
        MultiMap headers = context.response().headers();
        if (!headers.contains("Content-Security-Policy")) {
            String type = headers.get("Content-Type");
            headers.set("Content-Security-Policy", type == null || type.startsWith("text/html") ? pagePolicy : filePolicy);
            headers.set("X-Frame-Options", "SAMEORIGIN");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        if (https) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (isPrivate(context.normalizedPath())) {
            headers.set("Cache-Control", "no-store");
        } else if (Pages.signedIn(context) && !headers.contains("Cache-Control")) {
            // A signed-in editor's page differs (the footer's links): it is theirs, not for shared caches.
            headers.set("Cache-Control", "private");
        }
    }

    /** The editor, its API, and signing in: answers that are for one person and must not be kept. */
    static boolean isPrivate(String path) {
        return Area.EDITOR.holds(path) || Area.EDITOR_API.holds(path)
                || SIGN_IN.matcher(path.indexOf(';') < 0 ? path : PATH_PARAMETERS.matcher(path).replaceAll("")).matches();
    }
}
