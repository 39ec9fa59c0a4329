package news.timeline.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidatorsTest {

    private static final String ETAG = Validators.etag("page", 1, 2);
    /** 12 February 2025, 12:00:00 UTC. */
    private static final long NOON = 1_739_361_600L;

    @Test
    void anETagIsWeakAndFollowsEveryPart() {
        assertThat(ETAG).startsWith("W/\"").endsWith("\"").isEqualTo(Validators.etag("page", 1, 2));
        assertThat(Validators.etag("page", 1, 3)).isNotEqualTo(ETAG);
        assertThat(Validators.etag("ab", "c")).as("parts do not run together").isNotEqualTo(Validators.etag("a", "bc"));
    }

    @Test
    void ifNoneMatchComparesWeaklyInAList() {
        String strong = ETAG.substring(2);
        assertThat(Validators.notModified(ETAG, null, ETAG, NOON)).isTrue();
        assertThat(Validators.notModified(strong, null, ETAG, NOON)).isTrue();
        assertThat(Validators.notModified("\"other\", " + ETAG, null, ETAG, NOON)).isTrue();
        assertThat(Validators.notModified("*", null, ETAG, NOON)).as("the resource decides").isFalse();
        assertThat(Validators.notModified("W/\"other\"", null, ETAG, NOON)).isFalse();
    }

    @Test
    void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
        String noon = Validators.httpDate(NOON);
        assertThat(noon).isEqualTo("Wed, 12 Feb 2025 12:00:00 GMT");
        assertThat(Validators.notModified(null, noon, ETAG, NOON)).isTrue();
        assertThat(Validators.notModified(null, Validators.httpDate(NOON - 1), ETAG, NOON)).isFalse();
        assertThat(Validators.notModified("W/\"other\"", noon, ETAG, NOON)).as("If-None-Match decides").isFalse();
        assertThat(Validators.notModified(null, "yesterday", ETAG, NOON)).as("no condition").isFalse();
        assertThat(Validators.notModified(null, null, ETAG, NOON)).isFalse();
    }

    @Test
    void gzipIsTakenWhenNamedWithoutAZeroQuality() {
        assertThat(Validators.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Validators.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Validators.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Validators.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(Validators.acceptsGzip("identity")).isFalse();
        assertThat(Validators.acceptsGzip(null)).isFalse();
    }

    @Test
    void datesHaveTwoDigitDays() {
        assertThat(Validators.httpDate(NOON - 6 * 86_400L)).isEqualTo("Thu, 06 Feb 2025 12:00:00 GMT");
    }
}
