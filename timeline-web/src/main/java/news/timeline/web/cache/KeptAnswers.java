package news.timeline.web.cache;

import io.netty.buffer.Unpooled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import news.timeline.web.cache.ReaderCache.Rendered;
import news.timeline.web.persistence.ContentMarks;
import news.timeline.web.persistence.ContentMarks.Mark;
import news.timeline.web.reader.ReaderLocales;

/**
 * Answers a reader whose page the site keeps, and keeps current, before the REST layer and the security checks
 * see the request, on the thread that read it: the same answer {@link Revalidation} would give, kept bytes or a
 * 304, without handing the request to a worker thread, matching it to a resource, or running the filters.
 *
 * <p>Only for what needs nothing else: a GET or HEAD with no credentials (no {@code Authorization}, no cookie
 * but the language's) and no {@code Origin}, that takes the kept answer's type, at an address (with its query, in its language)
 * whose answer is kept, for a timeline whose content marker is kept in memory and current (no database read
 * here), or whose kept answer is fresh ({@link ReaderCache#fresh}: made or found current less than a second
 * ago, sent whatever the marker says), or is being checked by another request ({@link ReaderCache#claimCheck}).
 * Everything else, and a kept answer that an edit made out of date, goes on to the REST layer as if this were
 * not here: a signed-in editor, a new rendering, a draft or a deleted milestone (whose change of
 * marker makes the kept answer out of date), an address nobody read yet. The headers the site adds to every
 * answer ({@code SecurityHeaders}, {@code RequestIds}) come from the routes before this one, as for any other.
 */
@ApplicationScoped
public class KeptAnswers {

    /** After the site's own first routes (request id, security headers, request checks), before the framework's. */
    static final int ORDER = Integer.MIN_VALUE + 2;
    /**
     * Sent by a browser's cross-origin request: left to the framework's CORS handling where an operator turns it
     * on ({@code quarkus.http.cors}), which runs after this route.
     */
    private static final String ORIGIN = "Origin";

    private final ReaderCache cache;
    private final ContentMarks marks;
    private final LongAdder answered = new LongAdder();

    public KeptAnswers(ReaderCache cache, ContentMarks marks) {
        this.cache = cache;
        this.marks = marks;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::answer);
    }

    /** How many requests were answered here, for tests. */
    public long answered() {
        return answered.sum();
    }

    private void answer(RoutingContext context) {
        if (!answered(context)) {
            context.next();
        }
    }

    /** Answers the request if it can; false when the REST layer has to. */
    private boolean answered(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        MultiMap headers = request.headers();
        String path = request.path();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || path == null
                || headers.contains(HttpHeaders.AUTHORIZATION) || headers.contains(ORIGIN) || !onlyLanguageCookie(request)) {
            return false;
        }
        String query = request.query();
        boolean api = path.startsWith("/api/");
        Locale locale = api ? null : locale(request, query);
        String address = query == null ? path : path + "?" + query;
        String variant = Revalidation.variant(address, locale);
        Rendered latest = cache.latest(variant);
        if (latest == null || latest.slug() == null || !accepts(headers.get(HttpHeaders.ACCEPT), latest.mediaType())) {
            return false;
        }
        // Made less than a second ago, or checked now by another request, the kept answer goes out as it is.
        boolean fresh = cache.fresh(latest) || !cache.claimCheck(variant);
        String etag = latest.etag();
        long changed = latest.changedSecond();
        if (!fresh) {
            // This request checks it: the others get it as it is until this one's answer has gone out.
            context.addEndHandler(ignored -> cache.checked(variant));
            Optional<Mark> mark = marks.kept(latest.slug());
            if (mark.isEmpty()) {
                return false;
            }
            // Made for this marker, the kept answer has the ETag a request expects: no hash to compute.
            if (mark.get().equals(latest.mark())) {
                cache.confirm(variant, latest);
            } else {
                etag = cache.etag(address, locale, mark.get());
                changed = cache.changedSecond(mark.get());
            }
        }
        HttpServerResponse response = context.response();
        if (Validators.notModified(headers.get(HttpHeaders.IF_NONE_MATCH), headers.get(HttpHeaders.IF_MODIFIED_SINCE),
                etag, changed)) {
            // As the REST layer's 304s go out, the server's "identity" included.
            response.setStatusCode(304).putHeader("content-encoding", "identity");
            validators(response, etag, changed, api);
            named(context, latest);
            response.end();
            answered.increment();
            return true;
        }
        if (!fresh && !cache.current(latest, etag)) {
            return false;
        }
        boolean gzip = Validators.acceptsGzip(headers.get(HttpHeaders.ACCEPT_ENCODING));
        response.putHeader(HttpHeaders.CONTENT_TYPE, latest.mediaType());
        for (Map.Entry<String, String> header : latest.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        validators(response, latest.etag(), latest.changedSecond(), api);
        // Named either way, so that the server compresses neither again: "identity" is not sent.
        response.putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : "identity");
        named(context, latest);
        if (method == HttpMethod.HEAD) {
            response.end();
        } else {
            byte[] body = gzip ? latest.gzipped() : latest.body();
            response.end(Buffer.buffer(Unpooled.wrappedBuffer(body)));
        }
        answered.increment();
        return true;
    }

    private void validators(HttpServerResponse response, String etag, long changedSecond, boolean api) {
        response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, Revalidation.lastModified(changedSecond))
                .putHeader(HttpHeaders.CACHE_CONTROL, cache.cacheControl(api))
                .putHeader(HttpHeaders.VARY, Revalidation.vary(api));
    }

    /** Lets the metrics name the answer by its route, as they do when the REST layer gives it. */
    private static void named(RoutingContext context, Rendered latest) {
        if (latest.route() != null && context.request() instanceof io.vertx.core.http.impl.HttpServerRequestInternal internal) {
            internal.context().putLocal(Revalidation.ROUTE_KEY, latest.route());
        }
    }

    /** The reader's language, chosen as the pages choose it ({@code Pages#locale}). */
    private static Locale locale(HttpServerRequest request, String query) {
        Cookie cookie = request.getCookie(ReaderLocales.COOKIE);
        return ReaderLocales.resolve(query == null ? null : request.getParam("lang"), cookie == null ? null : cookie.getValue(),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * True if the request has no cookie but the language's: a session's, even an ended one, or any other the
     * site might read, sends it on to the REST layer and the security checks.
     */
    private static boolean onlyLanguageCookie(HttpServerRequest request) {
        if (!request.headers().contains(HttpHeaders.COOKIE)) {
            return true;
        }
        return request.cookieCount() == (request.getCookie(ReaderLocales.COOKIE) == null ? 0 : 1);
    }

    /**
     * True if an {@code Accept} header takes the kept answer's type: none, any type, or the type named (without a
     * quality of 0); anything else is for the REST layer's content negotiation, which may refuse it.
     */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        int semicolon = mediaType.indexOf(';');
        String type = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String named = parts[0].strip();
            if (named.equals("*/*") || named.equals(type)) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].strip().replace(" ", "").matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
