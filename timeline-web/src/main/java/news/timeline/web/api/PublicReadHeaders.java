package news.timeline.web.api;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import news.timeline.web.config.TimelineConfig;

/**
 * Headers of the public read-only API. Any origin may read it: publishers' own scripts fetch timelines
 * from their sites, the data is what the public pages show anyway, and no cookie or credential is involved
 * ({@code Access-Control-Allow-Credentials} is never sent), so allowing every origin exposes nothing. The
 * editor API gets no such header. Responses may be cached for {@code timeline.api.cache-max-age}, and shown while
 * revalidated for {@code timeline.reader.stale-while-revalidate} more.
 *
 * <p>Runs before {@code Revalidation}'s response filter (response filters run from the highest priority down),
 * so that a kept read keeps these headers too, and the site's early answer of a kept read
 * ({@code KeptAnswers}) sends them as the REST layer does.
 */
@jakarta.ws.rs.ext.Provider
@PublicRead
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.USER + 10)
public class PublicReadHeaders implements ContainerResponseFilter {

    /** A provider: filters are made while the application starts, before the runtime configuration is read. */
    private final Provider<TimelineConfig> config;

    public PublicReadHeaders(Provider<TimelineConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        if (response.getStatus() < 500) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    "public, max-age=" + config.get().api().cacheMaxAge().toSeconds() + ", stale-while-revalidate="
                            + config.get().reader().staleWhileRevalidate().toSeconds());
        }
    }
}
