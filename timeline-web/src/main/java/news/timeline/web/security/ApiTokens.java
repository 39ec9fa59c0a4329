package news.timeline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.timeline.web.NotFound;
import news.timeline.web.form.FormErrors;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ApiTokenEntity;
import news.timeline.web.config.Digests;

/**
 * Editors' tokens for the JSON editor API. A token is {@code tl_} + a 10-character prefix + {@code _} + 32
 * random bytes; it is shown once, and only its SHA-256 hash is stored, beside the prefix that finds it. A
 * token works while it is neither revoked (deleted) nor expired and its account may sign in.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    static final String SCHEME = "tl_";
    private static final int PREFIX_LENGTH = SCHEME.length() + 10;
    private static final int MAX_NAME = 100;
    /** Recording every use would write a row per API call; once a minute says enough about "last used". */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as the tokens page lists it; never the token itself. */
    public record Row(long id, String owner, String name, String prefix, OffsetDateTime createdAt,
                      OffsetDateTime lastUsedAt, OffsetDateTime expiresAt, boolean expired) {

        /** The last day the token works, as the editor gave it; null for never. */
        public LocalDate lastDay() {
            return expiresAt == null ? null : expiresAt.toLocalDate().minusDays(1);
        }
    }

    /** A token just made: the only time {@code token} is known. */
    public record Created(Row row, String token) {
    }

    /**
     * Makes a token for the account.
     *
     * @param expires blank for never, or the last day it works, such as 2026-12-31
     * @throws FormErrors naming the field, for a missing or too long name or an expiry that is not a future day
     */
    public Created create(String username, String name, String expires) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Give the token a name that says where it is used");
        } else if (name.strip().length() > MAX_NAME) {
            errors.put("name", "At most " + MAX_NAME + " characters");
        }
        OffsetDateTime expiresAt = null;
        if (expires != null && !expires.isBlank()) {
            try {
                LocalDate lastDay = LocalDate.parse(expires.strip());
                if (!lastDay.isAfter(LocalDate.now(ZoneOffset.UTC).minusDays(1))) {
                    errors.put("expires", "The last day must be today or later");
                }
                expiresAt = lastDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.put("expires", "Give the last day as 2026-12-31, or leave it empty for a token that does not expire");
            }
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        AccountEntity account = AccountEntity.findByUsername(username)
                .orElseThrow(() -> NotFound.account(username));
        String prefix = newPrefix();
        String token = prefix + "_" + secret();
        ApiTokenEntity row = new ApiTokenEntity();
        row.account = account;
        row.name = name.strip();
        row.prefix = prefix;
        row.tokenHash = Digests.sha256Hex(token);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.expiresAt = expiresAt;
        row.persist();
        return new Created(row(row), token);
    }

    /** The account's own tokens, newest first. */
    public List<Row> of(String username) {
        return ApiTokenEntity.of(username).stream().map(ApiTokens::row).toList();
    }

    /** Every account's tokens, for administrators. */
    public List<Row> all() {
        return ApiTokenEntity.of(null).stream().map(ApiTokens::row).toList();
    }

    /**
     * Revokes a token: it stops working at once and leaves the list.
     *
     * @param anyAccount true for administrators, who may revoke anyone's token
     * @return the revoked token's name
     */
    public String revoke(String username, long id, boolean anyAccount) {
        ApiTokenEntity row = ApiTokenEntity.findById(id);
        if (row == null || !(anyAccount || row.account.username.equals(username))) {
            throw new NotFound("There is no token " + id + " of yours.");
        }
        row.delete();
        return row.name;
    }

    /**
     * The account a token belongs to, if the token exists, has not expired and its account may sign in.
     * Records when the token was used.
     */
    public Optional<AccountEntity> authenticate(String token) {
        if (token == null || token.length() <= PREFIX_LENGTH || !token.startsWith(SCHEME)
                || token.charAt(PREFIX_LENGTH) != '_') {
            return Optional.empty();
        }
        ApiTokenEntity row = ApiTokenEntity.findByPrefix(token.substring(0, PREFIX_LENGTH)).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(row.tokenHash.getBytes(StandardCharsets.US_ASCII),
                Digests.sha256Hex(token).getBytes(StandardCharsets.US_ASCII));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!matches || (row.expiresAt != null && !now.isBefore(row.expiresAt)) || !row.account.enabled) {
            return Optional.empty();
        }
        if (row.lastUsedAt == null || row.lastUsedAt.plus(USE_RESOLUTION).isBefore(now)) {
            row.lastUsedAt = now;
        }
        return Optional.of(row.account);
    }

    private String newPrefix() {
        while (true) {
            StringBuilder prefix = new StringBuilder(SCHEME);
            while (prefix.length() < PREFIX_LENGTH) {
                prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
            }
            if (ApiTokenEntity.findByPrefix(prefix.toString()).isEmpty()) {
                return prefix.toString();
            }
        }
    }

    private static Row row(ApiTokenEntity t) {
        return new Row(t.id, t.account.username, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.expiresAt,
                t.expiresAt != null && !OffsetDateTime.now(ZoneOffset.UTC).isBefore(t.expiresAt));
    }

    /** 32 random bytes as URL-safe text: an API token's secret, a session's token, a sign-in form's token. */
    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
