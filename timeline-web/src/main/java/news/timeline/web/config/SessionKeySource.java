package news.timeline.web.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that seals editors' session cookies, so that the framework never falls back to a
 * temporary key of its own: that fallback writes the key to the log, and whoever reads the log could then
 * seal a cookie for any account.
 *
 * <p>A key set in configuration ({@value #KEY}, or {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}) is
 * used as it is, once it is long enough. Without one, the embedded file database keeps a generated key
 * beside its files ({@value #FILE_NAME} in the data folder, readable by its owner alone), so sessions
 * survive restarts of a single instance; an in-memory database gets a key that lives as long as the
 * process, as its data does. Any other database means a production site, possibly several instances: they
 * must share one key, so start-up stops and says which setting is missing. The key is never logged.
 *
 * <p>Single sign-on's cookies get keys of their own derived from it, unless configured: {@value #STATE_SECRET}
 * seals the PKCE verifier in the cookie that spans the trip to the provider, {@value #TOKEN_SECRET} the
 * provider's session on {@code /editor/sso}. Without them the OIDC extension would fall back to the client
 * secret, or to a key of each process's own when that secret is short or absent, so that a sign-in begun on
 * one instance would fail on the next. Derived, they are as shared and as long as the session key, yet
 * each seals one kind of cookie only.
 */
public final class SessionKeySource implements ConfigSourceFactory {

    /** The framework's setting for the session cookie's key. */
    public static final String KEY = "quarkus.http.auth.session.encryption-key";

    /** The environment variable that sets {@link #KEY}. */
    public static final String ENVIRONMENT = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    /** The file in the embedded database's folder that keeps a generated key. */
    public static final String FILE_NAME = "session-key";

    /** The shortest key accepted: the cookie's seal is only as strong as the key's randomness. */
    public static final int MIN_LENGTH = 32;

    /** The OIDC extension's key for its state cookie, which carries the PKCE verifier. */
    public static final String STATE_SECRET = "quarkus.oidc.authentication.state-secret";

    /** The OIDC extension's key for its session cookie ({@code q_session}). */
    public static final String TOKEN_SECRET = "quarkus.oidc.token-state-manager.encryption-secret";

    /** The deprecated name of {@link #STATE_SECRET}: the extension refuses to start when both are set. */
    private static final String PKCE_SECRET = "quarkus.oidc.authentication.pkce-secret";

    private static final String DATASOURCE_URL = "quarkus.datasource.jdbc.url";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String configured = value(context, KEY);
        String databaseUrl = value(context, DATASOURCE_URL);
        // Worked out when the key is first read, at run time: the build reads configuration too, and must
        // neither write a key file nor stop for want of a key that production sets in its environment.
        Set<String> derived = value(context, PKCE_SECRET) == null ? Set.of(STATE_SECRET, TOKEN_SECRET) : Set.of(TOKEN_SECRET);
        return List.of(new Lazy(() -> keyFor(configured, databaseUrl), derived));
    }

    /** Offers {@link #KEY} and the keys derived from it, computed once, below every configured source. */
    private static final class Lazy implements ConfigSource {
        private final java.util.function.Supplier<String> key;
        private final Set<String> derived;
        private String value;

        Lazy(java.util.function.Supplier<String> key, Set<String> derived) {
            this.key = key;
            this.derived = derived;
        }

        @Override
        public Set<String> getPropertyNames() {
            // Not listed, only answered: the build records the values of every listed runtime property
            // into the application, and a key must never be part of what is built.
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (KEY.equals(name)) {
                return computed();
            }
            return derived.contains(name) ? derive(computed(), name) : null;
        }

        /** The key, worked out the first time it is asked for. */
        private synchronized String computed() {
            if (value == null) {
                value = key.get();
            }
            return value;
        }

        @Override
        public String getName() {
            return "session key (SessionKeySource)";
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }

    /**
     * The session key for a configured key (or {@code null}) and the database URL: the configured key when
     * it is long enough, else the one kept beside an embedded file database, else one for an in-memory
     * database. @throws IllegalStateException naming the setting to fix
     */
    static String keyFor(String configured, String databaseUrl) {
        if (configured != null) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("The session key " + ENVIRONMENT + " (" + KEY + ") has "
                        + configured.length() + " characters; use at least " + MIN_LENGTH
                        + " random ones, for example the output of: openssl rand -base64 32");
            }
            return configured;
        }
        String url = databaseUrl == null ? "" : databaseUrl.strip();
        Optional<Path> folder = embeddedFolder(url);
        if (folder.isPresent()) {
            return keptKey(folder.get().resolve(FILE_NAME));
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            return generate();
        }
        throw new IllegalStateException("No session key: set " + ENVIRONMENT + " (" + KEY + ") to at least "
                + MIN_LENGTH + " random characters, the same on every instance, for example the output of: "
                + "openssl rand -base64 32. Without it editors' sign-ins could not be trusted.");
    }

    /**
     * A key for one purpose, named by its setting, derived from the session key (HMAC-SHA256): the same on
     * every instance that shares the session key, and telling nothing about it. 44 characters.
     */
    static String derive(String sessionKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The folder of an embedded H2 file database ({@code jdbc:h2:file:./data/timeline} → {@code ./data}). */
    static Optional<Path> embeddedFolder(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length());
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** The key kept in {@code file}, generated and written (owner-only) the first time. */
    static String keptKey(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                write(file, generate());
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("The session key file " + file + " holds a key shorter than "
                        + MIN_LENGTH + " characters; delete it and a new one is made at the next start");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + file + ": " + e.getMessage()
                    + "; make the data folder writable, or set " + ENVIRONMENT, e);
        }
    }

    private static void write(Path file, String key) throws IOException {
        Path partial = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(partial);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        try {
            // Two instances started at once on one folder: the first key written wins, both read it.
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException alreadyThere) {
            // kept: another start wrote it first
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (!Files.exists(file)) {
                Files.move(partial, file);
                return;
            }
        }
        Files.deleteIfExists(partial);
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
