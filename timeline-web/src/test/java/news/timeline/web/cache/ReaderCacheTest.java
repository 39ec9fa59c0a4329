package news.timeline.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import news.timeline.web.cache.ReaderCache.Rendered;
import news.timeline.web.persistence.ContentMarks.Mark;
import org.junit.jupiter.api.Test;

class ReaderCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void aKeptAnswerIsFreshForTheIntervalAfterItWasMadeAndNoLonger() {
        ReaderCache cache = cache(Duration.ofSeconds(1));
        Rendered page = page(cache.now());
        cache.put("/timelines/desk en", page);

        assertThat(cache.fresh(cache.latest("/timelines/desk en"))).isTrue();
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(cache.fresh(page)).isTrue();
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.fresh(page)).as("rendered again once its second is up").isFalse();
    }

    @Test
    void noIntervalMeansNeverFresh() {
        ReaderCache cache = cache(Duration.ZERO);
        assertThat(cache.fresh(page(cache.now()))).isFalse();
    }

    @Test
    void oneRequestAtATimeChecksAnAnswerWhoseTimeIsUp() {
        ReaderCache cache = cache(Duration.ofSeconds(1));

        assertThat(cache.claimCheck("/timelines/desk en")).isTrue();
        assertThat(cache.claimCheck("/timelines/desk en")).as("the others send the kept answer meanwhile").isFalse();
        assertThat(cache.claimCheck("/timelines/desk de")).as("another variant is checked on its own").isTrue();
        cache.checked("/timelines/desk en");
        assertThat(cache.claimCheck("/timelines/desk en")).isTrue();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cache.claimCheck("/timelines/desk en")).as("a check that never ended is given up").isTrue();
    }

    @Test
    void withoutAnIntervalEveryRequestChecks() {
        ReaderCache cache = cache(Duration.ZERO);
        assertThat(cache.claimCheck("/timelines/desk en")).isTrue();
        assertThat(cache.claimCheck("/timelines/desk en")).isTrue();
    }

    @Test
    void anAnswerFoundCurrentIsFreshAgainUnlessANewerOneTookItsPlace() {
        ReaderCache cache = cache(Duration.ofSeconds(1));
        Rendered page = page(cache.now());
        cache.put("/timelines/desk en", page);
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.fresh(cache.latest("/timelines/desk en"))).isFalse();

        cache.confirm("/timelines/desk en", page);
        Rendered confirmed = cache.latest("/timelines/desk en");
        assertThat(cache.fresh(confirmed)).isTrue();
        assertThat(confirmed.body()).isSameAs(page.body());

        Rendered newer = page(cache.now());
        cache.put("/timelines/desk en", newer);
        cache.confirm("/timelines/desk en", confirmed);
        assertThat(cache.latest("/timelines/desk en")).isSameAs(newer);
    }

    @Test
    void aRemovalEndsTheFreshnessOfItsTimelinesAnswersOnly() {
        ReaderCache cache = cache(Duration.ofSeconds(1));
        cache.put("/timelines/desk en", page(cache.now(), 1));
        cache.put("/timelines/desk/milestones/talks en", page(cache.now(), 1));
        cache.put("/timelines/other en", page(cache.now(), 2));

        cache.expire(1);

        assertThat(cache.fresh(cache.latest("/timelines/desk en"))).isFalse();
        assertThat(cache.fresh(cache.latest("/timelines/desk/milestones/talks en"))).isFalse();
        assertThat(cache.fresh(cache.latest("/timelines/other en"))).isTrue();
        cache.expire(news.timeline.web.persistence.ContentMarks.Removed.ALL);
        assertThat(cache.fresh(cache.latest("/timelines/other en"))).isFalse();
    }

    @Test
    void aCheckThatBeganBeforeARemovalCannotMakeTheAnswerFreshAgain() {
        ReaderCache cache = cache(Duration.ofSeconds(1));
        cache.put("/timelines/desk en", page(cache.now(), 1));
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        Rendered checked = cache.latest("/timelines/desk en");

        cache.expire(1);
        cache.confirm("/timelines/desk en", checked);

        assertThat(cache.fresh(cache.latest("/timelines/desk en"))).isFalse();
    }

    @Test
    void theCacheControlNamesTheConfiguredAges() {
        ReaderCache cache = cache(Duration.ofSeconds(1));
        assertThat(cache.cacheControl(false)).isEqualTo("public, max-age=10, stale-while-revalidate=60");
        assertThat(cache.cacheControl(true)).isEqualTo("public, max-age=60, stale-while-revalidate=60");
    }

    private ReaderCache cache(Duration renderEvery) {
        return new ReaderCache(1 << 20, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(1), renderEvery,
                clock::get);
    }

    private static Rendered page(long madeNanos) {
        return page(madeNanos, 1);
    }

    private static Rendered page(long madeNanos, long timelineId) {
        return Rendered.of("W/\"1\"", 1_700_000_000L, "<p>page</p>".getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
                List.of(), "desk", new Mark(timelineId, 1, 1, 1_700_000_000L), "/timelines/{slug}", madeNanos);
    }
}
