package news.timeline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import news.timeline.web.config.Digests;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.EditorSessionEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Editors' sessions, kept on the server. The framework seals the signed-in principal's name into the
 * session cookie and trusts any cookie it can open until it expires, so signing out could only ask the
 * browser to forget it. Here that name is a random token for one sign-in: the cookie opens the editor only
 * while its token's row exists, and signing out, a new password or a disabled account deletes the rows.
 * Idle sessions end after {@code timeline.accounts.session-idle}; none outlives
 * {@code quarkus.http.auth.form.timeout}, which is also the sealed cookie's own life (the framework never
 * renews it, since {@code new-cookie-interval} is as long: a renewed cookie would carry the username).
 */
@ApplicationScoped
@Transactional
public class EditorSessions {

    /** The identity attribute that holds the session's token, for signing out. */
    public static final String TOKEN = "timeline.session-token";
    /** How often a session's last-seen time is written, rather than on every request. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    @Inject
    TimelineConfig config;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration longest;

    /** Starts a session for the account, and returns the token its cookie will carry. */
    public String open(AccountEntity account) {
        OffsetDateTime now = now();
        EditorSessionEntity.deleteExpired(now.minus(config.accounts().sessionIdle()), now.minus(longest));
        String token = ApiTokens.secret();
        EditorSessionEntity session = new EditorSessionEntity();
        session.tokenHash = Digests.sha256Hex(token);
        session.account = AccountEntity.findById(account.id);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return token;
    }

    /** The account whose live session the token names, or empty if it ended, expired or was never made. */
    public Optional<AccountEntity> resume(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        EditorSessionEntity session = EditorSessionEntity.findById(Digests.sha256Hex(token));
        if (session == null) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        if (session.lastSeenAt.plus(config.accounts().sessionIdle()).isBefore(now) || session.createdAt.plus(longest).isBefore(now) || !session.account.enabled) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(session.account);
    }

    /** Ends one session, as signing out does. */
    public void close(String token) {
        if (token != null) {
            EditorSessionEntity.deleteById(Digests.sha256Hex(token));
        }
    }

    /** Ends every session of an account, as a new password or disabling it does. */
    public void closeAll(long accountId) {
        EditorSessionEntity.deleteOf(accountId);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
