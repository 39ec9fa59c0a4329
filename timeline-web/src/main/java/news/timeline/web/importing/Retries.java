package news.timeline.web.importing;

import java.time.Duration;

/**
 * Whether a failed background fetch is tried again, and when. A failure that may pass by itself is transient:
 * no answer in time, a connection refused or broken, a server error (5xx) or "too many requests" (429); it is
 * tried again after a delay that doubles each time ({@code first}, 2 × {@code first}, 4 × ...), until the job
 * has made its {@code attempts}. Anything else is permanent and fails at once: the address refused by the
 * fetch policy, an unknown host, 404 and the other 4xx, a type the importer does not read, a page too large,
 * too many redirects, a page that is no article. Trying those again would give the same answer.
 */
public final class Retries {

    /** The longest wait between two attempts, however many were made. */
    static final Duration LONGEST = Duration.ofHours(1);

    /** What to do after a failed attempt: try again after {@code delay}, or fail for good (delay null). */
    public record Decision(boolean retry, Duration delay) {
        static final Decision FAIL = new Decision(false, null);
    }

    private Retries() {
    }

    /** True if a fetch refused for {@code reason} (with the site's HTTP {@code status}, or 0) may succeed later. */
    public static boolean transientFailure(ArticleFetcher.Reason reason, int status) {
        return switch (reason) {
            case TIMEOUT, CONNECTION -> true;
            case STATUS -> status >= 500 || status == 429;
            default -> false;
        };
    }

    /**
     * After attempt {@code attempt} (counting from 1) of at most {@code attempts} failed for {@code reason}.
     *
     * @param first the wait after the first attempt
     */
    public static Decision after(ArticleFetcher.Reason reason, int status, int attempt, int attempts, Duration first) {
        if (!transientFailure(reason, status)) {
            return Decision.FAIL;
        }
        return again(attempt, attempts, first);
    }

    /** After an attempt that failed for a reason that may pass (an unexpected error): retry while attempts are left. */
    public static Decision again(int attempt, int attempts, Duration first) {
        if (attempt >= attempts) {
            return Decision.FAIL;
        }
        return new Decision(true, delay(attempt, first));
    }

    /** The wait after attempt {@code attempt}: {@code first} doubled {@code attempt - 1} times, an hour at most. */
    static Duration delay(int attempt, Duration first) {
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(LONGEST) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
