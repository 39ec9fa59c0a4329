package news.timeline.web.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.Charset;
import news.timeline.web.Area;
import news.timeline.web.Problems;

/**
 * Refuses, before anything reads them, requests whose Content-Type cannot be understood: a value that is
 * not a media type ({@code ;;==;}) or names a charset the JVM does not know. Every layer behind this one
 * (the CSRF filter, the form and multipart readers, the framework's sign-in) would otherwise fail on them
 * with an exception, and the client would get a 500 where a 415 that names the problem is due. Addresses
 * that hold a NUL character ({@code %00}) get a 400: no slug or query has one, and PostgreSQL refuses it in
 * any text.
 */
@ApplicationScoped
public class RequestChecks {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String uri = context.request().uri();
            if (uri != null && (uri.contains("%00") || uri.indexOf('\u0000') >= 0)) {
                refuse(context, 400, "The address holds a NUL character (%00), which no page or query of this site has");
                return;
            }
            String type = context.request().getHeader("Content-Type");
            String problem = type == null ? null : problem(type);
            if (problem != null) {
                refuse(context, 415, problem);
                return;
            }
            context.next();
        });
    }

    /** What is wrong with a Content-Type header, or null if nothing is. */
    static String problem(String header) {
        try {
            var type = jakarta.ws.rs.core.MediaType.valueOf(header);
            if (type.getType().isEmpty() || type.getSubtype().isEmpty()) {
                return "The Content-Type '" + printable(header) + "' is not a media type such as application/x-www-form-urlencoded";
            }
            String charset = type.getParameters().get("charset");
            if (charset != null && !isCharset(charset)) {
                return "The Content-Type names the character set '" + printable(charset) + "', which this site does not know; "
                        + "send UTF-8";
            }
            return null;
        } catch (RuntimeException e) {
            return "The Content-Type '" + printable(header) + "' is not a media type such as application/x-www-form-urlencoded";
        }
    }

    private static boolean isCharset(String name) {
        try {
            return Charset.isSupported(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, int status, String problem) {
        var response = context.response().setStatusCode(status);
        if (Area.API.holds(context.normalizedPath())) {
            response.putHeader("Content-Type", "application/json").end(Problems.of(null, problem + ".").json());
        } else {
            response.putHeader("Content-Type", "text/plain;charset=UTF-8").end(problem + ".");
        }
    }

    private static String printable(String text) {
        String shown = text.replaceAll("[\\p{Cntrl}]", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
