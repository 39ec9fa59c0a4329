package news.timeline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import news.timeline.web.config.Digests;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.SignInFailureEntity;

/**
 * Refuses sign-in for a while after too many failures, counted both per account (against guessing one
 * editor's password) and per client address (against trying many accounts). The failures are kept in the
 * database, so every instance of the site counts the same ones and a restart forgives nothing.
 *
 * <p>The address is the connection's peer, or, behind a proxy configured as trusted
 * ({@code quarkus.http.proxy.trusted-proxies}, docs/operations.md), the client the proxy names: without that,
 * every reader behind the proxy would share its address, and a stranger's failures would lock the editors out.
 * Failures guessed in parallel may pass the limit by the few that were checked at the same moment.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Longer names and addresses are stored as digests (the column holds 320 characters). */
    private static final int MAX_PLAIN = 200;

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
    @Transactional
    public boolean isBlocked(String username, String address) {
        OffsetDateTime since = now().minus(lockout);
        return SignInFailureEntity.since(account(username), since) >= maxFailures
                || SignInFailureEntity.since(address(address), since) >= maxFailures;
    }

    /** Counts a failure against the account and the address; failures past the lockout are dropped. */
    @Transactional
    public void failed(String username, String address) {
        OffsetDateTime now = now();
        SignInFailureEntity.deleteBefore(now.minus(lockout));
        SignInFailureEntity.record(List.of(account(username), address(address)), now);
    }

    /** A correct password clears the account's count; the address keeps its own. */
    @Transactional
    public void succeeded(String username) {
        SignInFailureEntity.forget(account(username));
    }

    /** Forgets every failure, unblocking every account and address at once. */
    @Transactional
    public void forgive() {
        SignInFailureEntity.deleteAll();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String account(String username) {
        return key("account:", username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String address(String address) {
        return key("address:", address == null ? "unknown" : address);
    }

    /** The key as stored: a name longer than any account's is counted under its digest, to fit the column. */
    private static String key(String prefix, String value) {
        return value.length() <= MAX_PLAIN ? prefix + value : prefix + "sha256:" + Digests.sha256Hex(value);
    }
}
