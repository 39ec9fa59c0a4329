package news.timeline.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.ContentMarks;
import news.timeline.web.persistence.ContentMarks.Mark;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The site's memory of rendered pages and API reads, bounded in bytes, least recently used out first: the
 * latest answer for each variant (an address with its query, in one language), with its ETag, which is made
 * of everything the answer depends on (the variant, the timeline's content marker, the site's build and
 * configuration). An edit on any instance changes the ETag a request expects, so a kept answer with another
 * one is no longer current; it is replaced by the next rendering, and only shown meanwhile to readers who
 * arrive while that rendering is under way, as a cache's stale-while-revalidate would.
 *
 * <p>A kept answer younger than {@code timeline.reader.render-every} (a second) is sent as it is, without
 * asking whether an edit changed it: while editors save several times a second, the page is rendered again
 * once a second, not after every save, and its readers stay on the threads that read their requests. A removal
 * committed here (a milestone deleted or unpublished, a timeline made a draft) ends that at once for the
 * timeline's answers ({@link #expire}).
 */
@ApplicationScoped
public class ReaderCache {

    /**
     * An answer as it went out: its ETag and when it changed, its bytes, the same gzipped (compressed once here
     * rather than for every reader who accepts gzip), their media type, and the headers its resource set; the
     * slug of the timeline it shows and the marker it was made for, which say whether it is current, and the route
     * it came from as the metrics name it ({@code /timelines/{slug}}, or null), for {@link KeptAnswers}, which
     * answers without the route; and when it was made, on the clock of {@link #fresh}.
     */
    public record Rendered(String etag, long changedSecond, byte[] body, byte[] gzipped, String mediaType,
                           List<Map.Entry<String, String>> headers, String slug, Mark mark, String route, long madeNanos) {

        public static Rendered of(String etag, long changedSecond, byte[] body, String mediaType,
                                  List<Map.Entry<String, String>> headers, String slug, Mark mark, String route, long madeNanos) {
            var out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
            try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Rendered(etag, changedSecond, body, out.toByteArray(), mediaType, headers, slug, mark, route, madeNanos);
        }

        /** The same answer, found current at {@code nanos}: fresh again from then. */
        Rendered confirmedAt(long nanos) {
            return new Rendered(etag, changedSecond, body, gzipped, mediaType, headers, slug, mark, route, nanos);
        }
    }

    /** A rendering under way, which other requests for the same answer wait for instead of rendering it again. */
    private record Flight(java.util.concurrent.CompletableFuture<Rendered> answer, long startedNanos) {
    }

    /** The longest a request waits for another's rendering, and the age after which that one counts as lost. */
    private static final long WAIT_NANOS = java.time.Duration.ofSeconds(5).toNanos();

    /** What every entry carries besides its body: the map's own and the key's bytes, roughly. */
    private static final int OVERHEAD = 200;

    private final Cache<String, Rendered> rendered;
    private final java.util.concurrent.ConcurrentHashMap<String, Flight> flights = new java.util.concurrent.ConcurrentHashMap<>();
    /** The variants whose kept answer one request is checking now ({@link #claimCheck}), with when it began. */
    private final java.util.concurrent.ConcurrentHashMap<String, Long> checks = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean enabled;
    private final String generation;
    private final long startedSecond;
    private final String pageCacheControl;
    private final String apiCacheControl;
    private final long renderEveryNanos;
    private final java.util.function.LongSupplier clock;

    @jakarta.inject.Inject
    public ReaderCache(TimelineConfig config) {
        this(config.reader().cacheMaxBytes(), config.reader().maxAge(), config.api().cacheMaxAge(),
                config.reader().staleWhileRevalidate(), config.reader().renderEvery(), System::nanoTime);
    }

    /** The cache with these settings ({@link TimelineConfig.Reader}) and a clock in nanoseconds, for tests. */
    ReaderCache(long maxBytes, java.time.Duration maxAge, java.time.Duration apiMaxAge, java.time.Duration staleWhileRevalidate,
                java.time.Duration renderEvery, java.util.function.LongSupplier clock) {
        this.enabled = maxBytes > 0;
        this.renderEveryNanos = renderEvery.toNanos();
        this.clock = clock;
        this.rendered = Caffeine.newBuilder().maximumWeight(Math.max(0, maxBytes))
                .weigher((String key, Rendered value) -> (int) Math.min(Integer.MAX_VALUE,
                        (long) value.body().length + value.gzipped().length + OVERHEAD))
                .build();
        this.generation = generation();
        this.startedSecond = System.currentTimeMillis() / 1000;
        long swr = staleWhileRevalidate.toSeconds();
        this.pageCacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + swr;
        this.apiCacheControl = "public, max-age=" + apiMaxAge.toSeconds() + ", stale-while-revalidate=" + swr;
    }

    /** Now, on the clock a kept answer's age is measured by. */
    public long now() {
        return clock.getAsLong();
    }

    /**
     * True if {@code latest} was made less than {@code timeline.reader.render-every} ago: it is sent as it is,
     * whatever the timeline's marker says now (0: never).
     */
    public boolean fresh(Rendered latest) {
        return renderEveryNanos > 0 && latest.madeNanos() != EXPIRED && clock.getAsLong() - latest.madeNanos() < renderEveryNanos;
    }

    /**
     * Once a kept answer's interval is up, the one request that checks it (reads the marker, renders the new
     * answer if an edit changed it): true for the first to ask, which must call {@link #checked} when its
     * answer has gone out; false while another is at it (for a few seconds at most), and then the kept answer
     * goes out as it is, as during its interval. Always true when there is no interval: every request checks.
     */
    public boolean claimCheck(String variant) {
        if (renderEveryNanos <= 0 || !enabled) {
            return true;
        }
        long now = clock.getAsLong();
        boolean[] mine = {false};
        checks.compute(variant, (key, began) -> {
            if (began == null || now - began >= WAIT_NANOS) {
                mine[0] = true;
                return now;
            }
            return began;
        });
        return mine[0];
    }

    /** Ends this request's check of a variant ({@link #claimCheck}). */
    public void checked(String variant) {
        checks.remove(variant);
    }

    /**
     * The kept answer {@code latest} was found current: fresh again for the interval, unless another replaced it or a
     * removal expired it since ({@link #expire}).
     */
    public void confirm(String variant, Rendered latest) {
        if (enabled && renderEveryNanos > 0) {
            rendered.asMap().replace(variant, latest, latest.confirmedAt(clock.getAsLong()));
        }
    }

    /**
     * Something readers of a timeline saw was removed here ({@link ContentMarks.Removed}): its kept answers are no
     * longer fresh, so the next request for each checks it, and no reader of this instance is sent the removed
     * milestone or draft during the rest of the interval. Other instances keep theirs for at most the interval.
     */
    void removed(@jakarta.enterprise.event.Observes ContentMarks.Removed removed) {
        expire(removed.timelineId());
    }

    /**
     * Makes the kept answers of this timeline ({@link ContentMarks.Removed#ALL}: of every one) not fresh, and unequal
     * to what a check that began before the removal holds, so that its {@link #confirm} cannot make them fresh again.
     */
    void expire(long timelineId) {
        if (!enabled || renderEveryNanos <= 0) {
            return;
        }
        for (var entry : rendered.asMap().entrySet()) {
            Rendered kept = entry.getValue();
            if (timelineId == ContentMarks.Removed.ALL || kept.mark() != null && kept.mark().id() == timelineId) {
                rendered.asMap().replace(entry.getKey(), kept, kept.confirmedAt(EXPIRED));
            }
        }
    }

    /** When an expired answer was made, on no clock: never fresh ({@link #expire}). */
    private static final long EXPIRED = Long.MIN_VALUE;

    /** The ETag of the answer to {@code address} (path and query) in {@code locale} (null where no language applies). */
    public String etag(String address, Locale locale, Mark mark) {
        return Validators.etag(generation, address, locale == null ? "" : locale.toLanguageTag(), mark.id(), mark.version(),
                mark.contentVersion());
    }

    /**
     * When the answer last changed, in seconds since the epoch: the timeline's last change, or this instance's
     * start, since a new build or configuration may change every page.
     */
    public long changedSecond(Mark mark) {
        return Math.max(mark.changedSecond(), startedSecond);
    }

    /**
     * The latest answer kept for a variant (an address with its query, in one language): the current one if
     * its ETag is the request's, else an older one, which a new rendering will replace.
     */
    public Rendered latest(String variant) {
        return enabled ? rendered.getIfPresent(variant) : null;
    }

    public void put(String variant, Rendered answer) {
        if (enabled) {
            rendered.put(variant, answer);
        }
    }

    /**
     * True if the kept answer {@code latest} may be sent to a request that expects {@code etag}: it is that
     * answer, or another request renders that one now and readers meanwhile get the one before it.
     */
    public boolean current(Rendered latest, String etag) {
        return latest.etag().equals(etag) || rendering(etag);
    }

    /** True if a request is rendering the answer with this ETag now, and has not been at it for too long. */
    public boolean rendering(String etag) {
        Flight flight = flights.get(etag);
        return flight != null && System.nanoTime() - flight.startedNanos() < WAIT_NANOS;
    }

    /**
     * The answer for {@code etag} when another request is rendering it now, once it has: after an edit, the
     * readers who arrive together wait for one rendering of the new page rather than each making their own.
     * Null when this request is the one to render it; then it must call {@link #landed} with what it made
     * (or null) whatever happens, since the others wait for it. Null too when the other rendering failed,
     * or took longer than a few seconds; then this request renders on its own.
     *
     * @return the answer, or null: render it, and call {@link #landed} if {@code owner} says so
     */
    public Rendered await(String etag, boolean[] owner) {
        owner[0] = false;
        if (!enabled) {
            return null;
        }
        Flight mine = new Flight(new java.util.concurrent.CompletableFuture<>(), System.nanoTime());
        Flight other = flights.putIfAbsent(etag, mine);
        if (other == null) {
            owner[0] = true;
            return null;
        }
        long left = WAIT_NANOS - (System.nanoTime() - other.startedNanos());
        if (left <= 0) {
            flights.remove(etag, other);
            return null;
        }
        try {
            return other.answer().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Ends this request's rendering of {@code etag}, handing what it made, or null, to those who wait for it. */
    public void landed(String etag, Rendered answer) {
        Flight flight = flights.remove(etag);
        if (flight != null) {
            flight.answer().complete(answer);
        }
    }

    /** The Cache-Control of a published page, or of a public API read. */
    public String cacheControl(boolean api) {
        return api ? apiCacheControl : pageCacheControl;
    }

    /** How many answers are kept now, for tests and the benchmark's notes. */
    public long size() {
        rendered.cleanUp();
        return rendered.estimatedSize();
    }

    /**
     * This build with this configuration: the application's jar (its time and size, which every build
     * changes) and every {@code timeline.*} setting but secrets. Instances of one build and configuration
     * agree on it, so an ETag from one is good on the other.
     */
    private static String generation() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String lower = name.toLowerCase(Locale.ROOT).replace('_', '.');
            if ((lower.startsWith("timeline.") || lower.startsWith("quarkus.application."))
                    && !lower.matches(".*(password|secret|key|token).*")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(lower, value));
            }
        }
        return Validators.etag(build(), settings);
    }

    private static String build() {
        try {
            Path code = Path.of(ReaderCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.getLastModifiedTime(code).toMillis() + "/" + Files.size(code);
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // Nothing to tell builds apart by: this start is a build of its own.
            return "started " + System.nanoTime();
        }
    }
}
