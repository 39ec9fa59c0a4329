package news.timeline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.timeline.web.config.TimelineConfig;

/**
 * Refuses sign-in for a while after too many failures, counted both per account (against guessing one
 * editor's password) and per client address (against trying many accounts). Kept in memory: a restart
 * forgives, which is acceptable for a pause measured in minutes.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    @jakarta.inject.Inject
    public LoginThrottle(TimelineConfig config) {
        this(config.accounts().maxFailures(), config.accounts().lockout(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** True if the account or the address has failed too often lately. */
    public boolean isBlocked(String username, String address) {
        return recent(account(username)) >= maxFailures || recent(address(address)) >= maxFailures;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {account(username), address(address)}) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** A correct password clears the account's count; the address keeps its own. */
    public void succeeded(String username) {
        failures.remove(account(username));
    }

    /** Forgets every failure, unblocking every account and address at once. */
    public void forgive() {
        failures.clear();
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(lockout);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static String account(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
