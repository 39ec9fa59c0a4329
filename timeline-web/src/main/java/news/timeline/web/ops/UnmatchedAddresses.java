package news.timeline.web.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the request metrics' {@code uri} tag to the site's routes. A request the server refuses before any route
 * matched it (a malformed address, a method no route has, an unknown address under the editor API that needs a
 * token first, a double slash) is tagged with the address as sent, so every address a scanner makes up would
 * be a series of its own until Micrometer's bound on the tag (250) is reached, and after that no route the
 * site had not yet answered would be measured at all. A value is a route when it is a template
 * ({@code /timelines/{slug}}), one of the tags the server sets itself ({@code NOT_FOUND}, {@code root}…), or an
 * address that was answered with success or a redirect, which only a route does; every other refused request is
 * counted under {@value #UNMATCHED}.
 */
@Singleton
public class UnmatchedAddresses {

    static final String UNMATCHED = "UNMATCHED";
    private static final String REQUESTS = "http.server.requests";
    private static final Set<String> SERVER_TAGS = Set.of("NOT_FOUND", "REDIRECTION", "UNKNOWN", "root", "/css", "/js");
    /** Routes without parameters are a few dozen; the bound only keeps a flood of successes from growing it. */
    private static final int MAX_KNOWN = 1000;

    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    @Produces
    @Singleton
    MeterFilter onlyRoutes() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return REQUESTS.equals(id.getName()) ? tagged(id) : id;
            }
        };
    }

    Meter.Id tagged(Meter.Id id) {
        String uri = id.getTag("uri");
        String status = id.getTag("status");
        if (uri == null || status == null || uri.contains("{") || SERVER_TAGS.contains(uri)) {
            return id;
        }
        if ((status.startsWith("2") || status.startsWith("3")) && answered.size() < MAX_KNOWN) {
            answered.add(uri);
        }
        if (answered.contains(uri)) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        for (Tag tag : id.getTagsAsIterable()) {
            tags.add(tag.getKey().equals("uri") ? Tag.of("uri", UNMATCHED) : tag);
        }
        return id.replaceTags(tags);
    }
}
