package news.timeline.web.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import news.timeline.web.persistence.ContentMarks;
import news.timeline.web.persistence.ContentMarks.Mark;
import news.timeline.web.reader.Pages;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Most readers' requests answered on the server's event loop, before a worker thread is asked for: a 304, or
 * the kept page, when the reader is anonymous and the timeline's marker is in memory and current, which
 * takes no wait. Anything else, a marker to read from the database, a page to render or another's rendering
 * to wait for, is left to {@link Revalidation} on the resource's worker thread, which answers the same way.
 *
 * <p>A filter of all resources rather than bound by {@link Revalidated}, because a filter that runs before
 * the worker thread must run before every other, and bound ones run after those of all resources; so it
 * checks the resource method itself.
 */
public class KeptAnswers {

    /** Whether each resource method seen is a {@link Revalidated} read. */
    private static final ConcurrentHashMap<Method, Boolean> REVALIDATED = new ConcurrentHashMap<>();

    private final Revalidation revalidation;
    private final Provider<ContentMarks> marks;
    private final Provider<RoutingContext> routing;

    public KeptAnswers(Provider<ReaderCache> cache, Provider<ContentMarks> marks, Provider<Pages> pages,
                       Provider<SecurityIdentity> identity, Provider<ObjectMapper> json, Provider<RoutingContext> routing) {
        this.revalidation = new Revalidation(cache, marks, pages, identity, json, routing);
        this.marks = marks;
        this.routing = routing;
    }

    @ServerRequestFilter(nonBlocking = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    public Optional<Response> fromMemory(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || !revalidated(resource)
                // Signed in or not is known before the resource is found: authentication is proactive.
                || Pages.signedIn(routing.get())) {
            return Optional.empty();
        }
        String slug = request.getUriInfo().getPathParameters().getFirst("slug");
        Optional<Mark> mark = slug == null ? Optional.empty() : marks.get().kept(slug);
        return mark.map(kept -> revalidation.answer(request, kept, false));
    }

    /** True if the request's resource method is a {@link Revalidated} read. */
    static boolean revalidated(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null && REVALIDATED.computeIfAbsent(method, m -> m.isAnnotationPresent(Revalidated.class)
                || m.getDeclaringClass().isAnnotationPresent(Revalidated.class));
    }
}
