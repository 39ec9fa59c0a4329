package news.timeline.web.preview;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.timeline.web.config.SessionKeySource;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes and checks preview links. A link is its timeline's id, the timeline's link generation when it was
 * made, the second it expires, and an HMAC-SHA256 of these three, all in the address
 * ({@code /preview/12.0.1767225600.<signature>}). Nothing is stored per link: the key is derived from the
 * session key that every instance of the site already shares ({@value SessionKeySource#KEY}), so a link made
 * on one instance opens on all, and no one without that key can make or change one. Withdrawing a timeline's
 * links moves its generation on (one database row), which every link made before no longer carries.
 */
@jakarta.inject.Singleton
public class PreviewLinks {

    /** What the key is derived for, so that it is no key for anything else made from the session key. */
    private static final String PURPOSE = "news.timeline preview links v1";
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.(\\d{1,9})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    /** A link that checked out: the timeline it shows, with its drafts, and until when it works. */
    public record Opened(TimelineHead head, Instant expires) {
    }

    private final PreviewQueries queries;
    private final Clock clock;
    private volatile SecretKeySpec key;

    @Inject
    public PreviewLinks(PreviewQueries queries) {
        this(queries, Clock.systemUTC(), null);
    }

    PreviewLinks(PreviewQueries queries, Clock clock, byte[] sessionKey) {
        this.queries = queries;
        this.clock = clock;
        this.key = sessionKey == null ? null : derive(sessionKey);
    }

    /** A new link's token for the timeline {@code timelineId}, lasting {@code lifetime} from now. */
    public String issue(long timelineId, Duration lifetime) {
        return sign(timelineId, queries.generation(timelineId), clock.instant().plus(lifetime));
    }

    /** The token of a link to the timeline {@code timelineId} at link generation {@code generation}, expiring at {@code expires}. */
    public String sign(long timelineId, int generation, Instant expires) {
        String payload = timelineId + "." + generation + "." + expires.getEpochSecond();
        return payload + "." + signature(payload);
    }

    /** When the link {@code token} expires, if its signature is good; for showing a link the editor just made. */
    public java.util.Optional<Instant> expires(String token, long timelineId) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches() || !signed(parts) || Long.parseLong(parts.group(1)) != timelineId) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(parts.group(3))));
    }

    /**
     * The timeline the link {@code token} shows, drafts and all.
     *
     * @throws PreviewRefused when the token was not made here or was changed, has expired, or was withdrawn
     */
    public Opened open(String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches() || !signed(parts)) {
            throw new PreviewRefused(PreviewRefused.Reason.INVALID);
        }
        long timelineId = Long.parseLong(parts.group(1));
        int generation = Integer.parseInt(parts.group(2));
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts.group(3)));
        if (!clock.instant().isBefore(expires)) {
            throw new PreviewRefused(PreviewRefused.Reason.EXPIRED);
        }
        TimelineHead head = queries.head(timelineId).orElseThrow(() -> new PreviewRefused(PreviewRefused.Reason.INVALID));
        if (queries.generation(timelineId) != generation) {
            throw new PreviewRefused(PreviewRefused.Reason.WITHDRAWN);
        }
        return new Opened(head, expires);
    }

    /** Withdraws every link to the timeline made so far. */
    public void withdraw(long timelineId) {
        queries.nextGeneration(timelineId);
    }

    private boolean signed(Matcher parts) {
        String payload = parts.group(1) + "." + parts.group(2) + "." + parts.group(3);
        // Compared in constant time, so that the time an answer takes tells nothing of how much of a forgery was right.
        return MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII),
                parts.group(4).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            // Read when first needed: SessionKeySource works the key out at run time, never while building.
            key = derive(ConfigProvider.getConfig().getValue(SessionKeySource.KEY, String.class).getBytes(StandardCharsets.UTF_8));
        }
        return key;
    }

    /** The links' own key: an HMAC of {@link #PURPOSE} under the session key. */
    private static SecretKeySpec derive(byte[] sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(PURPOSE.getBytes(StandardCharsets.US_ASCII)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }
}
