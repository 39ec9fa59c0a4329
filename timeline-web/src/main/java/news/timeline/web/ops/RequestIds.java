package news.timeline.web.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, before anything else handles it: the {@code X-Request-Id} a proxy in front
 * sent, when it is a plain token, else a new random one. The id is in every log line written while the
 * request is handled ({@code %X{requestId}} in the log format, a field of the JSON logs) and in the
 * answer's {@code X-Request-Id}, so a reader's report of an error page leads to its log lines.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The logging context's key. */
    public static final String KEY = "requestId";
    /** What an id from outside may be: short, and nothing a log reader could mistake for structure. */
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        MDC.put(KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id a request with this header gets. */
    static String idFor(String given) {
        if (given != null && GIVEN.matcher(given).matches()) {
            return given;
        }
        // A name for log lines, not a secret (a client may choose its own): no strong random, whose shared
        // generator every request would otherwise wait for.
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
