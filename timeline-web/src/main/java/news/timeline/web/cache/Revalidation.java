package news.timeline.web.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.timeline.web.cache.ReaderCache.Rendered;
import news.timeline.web.persistence.ContentMarks;
import news.timeline.web.persistence.ContentMarks.Mark;
import news.timeline.web.reader.Pages;

/**
 * Conditional requests and the kept pages, around every {@link Revalidated} read. Before the resource: the
 * timeline's marker is looked up (in memory while nothing changed, else one indexed row); a reader whose {@code If-None-Match} or
 * {@code If-Modified-Since} matches gets 304 with headers only, and one whose page is kept gets it without
 * rendering. After an edit, one request renders the new page; those that arrive meanwhile get the page
 * before it with its own ETag, or wait for the rendering if there is none. After it: a 200 gets its ETag, Last-Modified, public Cache-Control and Vary, and is kept.
 *
 * <p>Only anonymous readers take part. A signed-in editor's page differs (the footer's links), so it is
 * rendered for them, never kept, and gets no public caching (SecurityHeaders makes it private); nor is it
 * ever answered from what anonymous readers got. Drafts have no marker ({@link ContentMarks#of}) and are left
 * to the resource, which does not show them. Answers that set a cookie are never kept nor made public.
 *
 * <p>Most readers of a kept, current page never reach this filter: {@link KeptAnswers} answers them before the
 * REST layer with the same headers and bytes; what it leaves (an edit's first request, a marker not in memory,
 * credentials, cookies) comes here.
 */
@jakarta.ws.rs.ext.Provider
@Revalidated
public class Revalidation implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request's ETag and marker, from before the resource to after it. */
    private record Stamp(String variant, String slug, Mark mark, String etag, long changedSecond, boolean api,
                         boolean kept, boolean renders) {
    }

    private static final String STAMP = Revalidation.class.getName();
    /** Headers this filter sets itself, or that the server sets for every answer: not part of what is kept. */
    private static final Set<String> OWN = Set.of("etag", "last-modified", "cache-control", "vary", "content-length",
            "content-type", "content-encoding", "set-cookie", "date");
    /**
     * The page depends on the language, which the address, a cookie or Accept-Language chooses; a session
     * changes it too; and it is sent gzipped or not.
     */
    private static final String PAGE_VARY = "Accept-Encoding, Accept-Language, Cookie";
    /** Where the REST layer leaves the route's template for the metrics (its ObservabilityUtil). */
    static final String ROUTE_KEY = "UrlPathTemplate";

    /** Providers: filters are made while the application starts, before the runtime configuration is read. */
    private final Provider<ReaderCache> cache;
    private final Provider<ContentMarks> marks;
    private final Provider<Pages> pages;
    private final Provider<SecurityIdentity> identity;
    private final Provider<ObjectMapper> json;
    private final Provider<RoutingContext> routing;

    public Revalidation(Provider<ReaderCache> cache, Provider<ContentMarks> marks, Provider<Pages> pages,
                        Provider<SecurityIdentity> identity, Provider<ObjectMapper> json, Provider<RoutingContext> routing) {
        this.cache = cache;
        this.marks = marks;
        this.pages = pages;
        this.identity = identity;
        this.json = json;
        this.routing = routing;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || !identity.get().isAnonymous()) {
            return;
        }
        String slug = request.getUriInfo().getPathParameters().getFirst("slug");
        if (slug == null) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        boolean api = path.startsWith("/api/");
        Locale locale = api ? null : pages.get().locale();
        ReaderCache kept = cache.get();
        String address = query == null ? path : path + "?" + query;
        String variant = variant(address, locale);
        Rendered latest = kept.latest(variant);
        if (latest != null && kept.fresh(latest)) {
            // Made less than a second ago: sent as it is, as KeptAnswers does, without reading the marker.
            answer(request, new Stamp(variant, slug, latest.mark(), latest.etag(), latest.changedSecond(), api, true, false),
                    latest);
            return;
        }
        Optional<Mark> mark = marks.get().of(slug);
        if (mark.isEmpty()) {
            return;
        }
        String etag = kept.etag(address, locale, mark.get());
        long changed = kept.changedSecond(mark.get());
        if (Validators.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, changed)) {
            request.setProperty(STAMP, new Stamp(variant, slug, mark.get(), etag, changed, api, true, false));
            request.abortWith(Response.notModified().build());
            return;
        }
        Rendered rendered = null;
        boolean[] renders = {false};
        if (latest != null && latest.etag().equals(etag)) {
            kept.confirm(variant, latest);
        }
        if (latest != null && kept.current(latest, etag)) {
            // The current answer; or, while another request renders the new one, the one before it, as it was.
            rendered = latest;
        } else {
            rendered = kept.await(etag, renders);
        }
        request.setProperty(STAMP, rendered != null
                ? new Stamp(variant, slug, mark.get(), rendered.etag(), rendered.changedSecond(), api, true, false)
                : new Stamp(variant, slug, mark.get(), etag, changed, api, false, renders[0]));
        if (rendered != null) {
            send(request, rendered);
        }
    }

    /** Answers with a kept answer under its own validators: a 304 if the reader has it, else its bytes. */
    private void answer(ContainerRequestContext request, Stamp stamp, Rendered rendered) {
        request.setProperty(STAMP, stamp);
        if (Validators.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), stamp.etag(), stamp.changedSecond())) {
            request.abortWith(Response.notModified().build());
        } else {
            send(request, rendered);
        }
    }

    /** Ends the request with a kept answer's bytes, gzipped if the reader takes them so, and its resource's headers. */
    private void send(ContainerRequestContext request, Rendered rendered) {
        boolean gzip = Validators.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder answer = Response.ok(gzip ? rendered.gzipped() : rendered.body(), rendered.mediaType());
        if (gzip) {
            // Named at the last moment: the REST layer marks an answer it did not compress itself as
            // "identity", which the server would send as is, without naming gzip; named, it is not compressed again.
            RoutingContext routing = this.routing.get();
            routing.addHeadersEndHandler(ignored -> routing.response().headers().set(HttpHeaders.CONTENT_ENCODING, "gzip"));
        }
        rendered.headers().forEach(header -> answer.header(header.getKey(), header.getValue()));
        request.abortWith(answer.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Stamp stamp = (Stamp) request.getProperty(STAMP);
        Rendered made = null;
        try {
            made = stamp(request, response, stamp);
        } finally {
            if (stamp != null && stamp.renders()) {
                cache.get().landed(stamp.etag(), made);
            }
        }
    }

    /** Adds the validators and caching headers to an answer, and keeps a rendered 200, which it returns. */
    private Rendered stamp(ContainerRequestContext request, ContainerResponseContext response, Stamp stamp) throws IOException {
        int status = response.getStatus();
        if (status != 200 && status != 304) {
            return null;
        }
        if (stamp == null) {
            if (!identity.get().isAnonymous() && status == 200) {
                // Not for shared caches (SecurityHeaders), and not to be shown to whoever uses the browser next.
                response.getHeaders().putSingle(HttpHeaders.VARY, PAGE_VARY);
            }
            return null;
        }
        if (response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return null;
        }
        var headers = response.getHeaders();
        List<Map.Entry<String, String>> own = stamp.kept() ? List.of() : resourceHeaders(response);
        headers.putSingle(HttpHeaders.ETAG, stamp.etag());
        headers.putSingle(HttpHeaders.LAST_MODIFIED, lastModified(stamp.changedSecond()));
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cache.get().cacheControl(stamp.api()));
        headers.putSingle(HttpHeaders.VARY, vary(stamp.api()));
        if (status == 200 && !stamp.kept()) {
            MediaType type = withCharset(response.getMediaType(), stamp.api());
            byte[] body = bytes(response.getEntity());
            response.setEntity(body, response.getEntityAnnotations(), type);
            Rendered rendered = Rendered.of(stamp.etag(), stamp.changedSecond(), body, type.toString(), own, stamp.slug(),
                    stamp.mark(), route(), cache.get().now());
            cache.get().put(stamp.variant(), rendered);
            return rendered;
        }
        return null;
    }

    /** The variant a kept answer is found by: the address (path and query) and the language, if any. */
    static String variant(String address, Locale locale) {
        return address + " " + (locale == null ? "" : locale.toLanguageTag());
    }

    /** The Vary of a page, which depends on its language, or of an API read. */
    static String vary(boolean api) {
        return api ? "Accept-Encoding" : PAGE_VARY;
    }

    /** The Last-Modified of an answer that changed at this second: never later than now. */
    static String lastModified(long changedSecond) {
        return Validators.httpDate(Math.min(changedSecond, System.currentTimeMillis() / 1000));
    }

    /** The route's template that the metrics name this answer by, as the REST layer left it; null if none. */
    private String route() {
        if (routing.get().request() instanceof io.vertx.core.http.impl.HttpServerRequestInternal internal) {
            return internal.context().getLocal(ROUTE_KEY) instanceof String template ? template : null;
        }
        return null;
    }

    /** The answer's type with the charset its bytes are in, which the bytes alone no longer tell the writer. */
    private static MediaType withCharset(MediaType type, boolean api) {
        // A Response built without a type has none yet here; the writer would take the resource's @Produces.
        MediaType known = type != null ? type : api ? MediaType.APPLICATION_JSON_TYPE : MediaType.TEXT_HTML_TYPE;
        return known.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? known : known.withCharset("UTF-8");
    }

    private static List<Map.Entry<String, String>> resourceHeaders(ContainerResponseContext response) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> kept.add(Map.entry(name, value)));
            }
        });
        return List.copyOf(kept);
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity instanceof TemplateInstance template) {
            return template.render().getBytes(StandardCharsets.UTF_8);
        } else if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        } else if (entity instanceof byte[] body) {
            return body;
        }
        return json.get().writeValueAsBytes(entity);
    }
}
