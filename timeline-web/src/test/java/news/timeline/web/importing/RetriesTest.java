package news.timeline.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import news.timeline.web.importing.ArticleFetcher.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which failed fetches are tried again, after how long, and when a job gives up. */
class RetriesTest {

    private static final Duration FIRST = Duration.ofSeconds(30);

    @ParameterizedTest
    @CsvSource({
            "TIMEOUT, 0, true",
            "CONNECTION, 0, true",
            "STATUS, 500, true",
            "STATUS, 502, true",
            "STATUS, 503, true",
            "STATUS, 429, true",
            "STATUS, 404, false",
            "STATUS, 403, false",
            "STATUS, 410, false",
            "ADDRESS, 0, false",
            "HOST, 0, false",
            "TYPE, 0, false",
            "TOO_LARGE, 0, false",
            "REDIRECTS, 0, false",
            "OTHER, 0, false"})
    void onlyFailuresThatMayPassAreTransient(Reason reason, int status, boolean transientFailure) {
        assertThat(Retries.transientFailure(reason, status)).isEqualTo(transientFailure);
        assertThat(Retries.after(reason, status, 1, 3, FIRST).retry()).isEqualTo(transientFailure);
    }

    @Test
    void aTransientFailureIsTriedAgainWithADoublingDelayUntilTheAttemptsAreMade() {
        Retries.Decision first = Retries.after(Reason.TIMEOUT, 0, 1, 3, FIRST);
        Retries.Decision second = Retries.after(Reason.STATUS, 503, 2, 3, FIRST);
        Retries.Decision third = Retries.after(Reason.CONNECTION, 0, 3, 3, FIRST);

        assertThat(first).isEqualTo(new Retries.Decision(true, Duration.ofSeconds(30)));
        assertThat(second).isEqualTo(new Retries.Decision(true, Duration.ofSeconds(60)));
        assertThat(third.retry()).isFalse();
        assertThat(third.delay()).isNull();
    }

    @Test
    void aPermanentFailureFailsAtOnceWhateverAttemptsAreLeft() {
        Retries.Decision notFound = Retries.after(Reason.STATUS, 404, 1, 10, FIRST);

        assertThat(notFound.retry()).isFalse();
        assertThat(notFound.delay()).isNull();
    }

    @Test
    void theDelayStopsGrowingAtAnHour() {
        assertThat(Retries.delay(1, FIRST)).isEqualTo(FIRST);
        assertThat(Retries.delay(4, FIRST)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Retries.delay(8, FIRST)).isEqualTo(Duration.ofHours(1));
        assertThat(Retries.delay(1000, FIRST)).isEqualTo(Duration.ofHours(1));
        assertThat(Retries.again(1, 1, FIRST).retry()).isFalse();
    }
}
