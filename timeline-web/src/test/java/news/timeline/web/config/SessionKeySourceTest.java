package news.timeline.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeySourceTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/timeline";
    private static final String LONG_KEY = "a-configured-key-of-forty-characters-000";
    private static final String DATASOURCE = "quarkus.datasource.jdbc.url";

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDatabaseKeepsOneGeneratedKeyInItsFolderForItsOwnerAlone() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("data/timeline") + ";WRITE_DELAY=0";

        String first = SessionKeySource.keyFor(null, url);
        String second = SessionKeySource.keyFor(null, url);

        Path file = folder.resolve("data").resolve(SessionKeySource.FILE_NAME);
        assertThat(first).hasSizeGreaterThanOrEqualTo(SessionKeySource.MIN_LENGTH).isEqualTo(second);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(folder.resolve("data")).isDirectoryNotContaining("glob:**.new");
    }

    @Test
    void eachEmbeddedDatabaseFolderHasItsOwnKey() {
        String one = SessionKeySource.keyFor(null, "jdbc:h2:file:" + folder.resolve("one/timeline"));
        String two = SessionKeySource.keyFor(null, "jdbc:h2:" + folder.resolve("two/timeline"));

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void aConfiguredKeyWinsAndNothingIsWritten() {
        String key = SessionKeySource.keyFor(LONG_KEY, "jdbc:h2:file:" + folder.resolve("timeline"));

        assertThat(key).isEqualTo(LONG_KEY);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aSharedDatabaseWithoutAKeyStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> SessionKeySource.keyFor(null, POSTGRESQL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")
                .hasMessageContaining("the same on every instance");
        assertThatThrownBy(() -> SessionKeySource.keyFor(null, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortKeyIsRefusedWithItsLength() {
        assertThatThrownBy(() -> SessionKeySource.keyFor("sixteen-chars-ok", POSTGRESQL))
                .hasMessageContaining("has 16 characters; use at least 32");
    }

    @Test
    void anInMemoryDatabaseGetsAFreshKeyEachTime() {
        String url = "jdbc:h2:mem:sessions;DB_CLOSE_DELAY=-1";

        assertThat(SessionKeySource.keyFor(null, url)).hasSizeGreaterThanOrEqualTo(SessionKeySource.MIN_LENGTH)
                .isNotEqualTo(SessionKeySource.keyFor(null, url));
    }

    @Test
    void singleSignOnsKeysAreDerivedFromTheSessionKeyOnePerPurposeUnlessConfigured() {
        SmallRyeConfig derived = config(Map.of(SessionKeySource.KEY, LONG_KEY, DATASOURCE, POSTGRESQL));
        String stateSecret = derived.getValue(SessionKeySource.STATE_SECRET, String.class);
        String tokenSecret = derived.getValue(SessionKeySource.TOKEN_SECRET, String.class);

        assertThat(stateSecret).hasSize(44).isEqualTo(SessionKeySource.derive(LONG_KEY, SessionKeySource.STATE_SECRET))
                .isNotEqualTo(tokenSecret).isNotEqualTo(LONG_KEY)
                .isNotEqualTo(SessionKeySource.derive(LONG_KEY.replace('0', '1'), SessionKeySource.STATE_SECRET));
        assertThat(config(Map.of(SessionKeySource.KEY, LONG_KEY, DATASOURCE, POSTGRESQL))
                .getValue(SessionKeySource.STATE_SECRET, String.class)).as("the same on another instance").isEqualTo(stateSecret);

        String configured = "a-configured-state-secret-of-forty-chars";
        assertThat(config(Map.of(SessionKeySource.KEY, LONG_KEY, DATASOURCE, POSTGRESQL, SessionKeySource.STATE_SECRET, configured))
                .getValue(SessionKeySource.STATE_SECRET, String.class)).isEqualTo(configured);
        // The framework refuses to start with both the state secret and its deprecated name set.
        assertThat(config(Map.of(SessionKeySource.KEY, LONG_KEY, DATASOURCE, POSTGRESQL, "quarkus.oidc.authentication.pkce-secret", configured))
                .getOptionalValue(SessionKeySource.STATE_SECRET, String.class)).isEmpty();
    }

    private static SmallRyeConfig config(Map<String, String> configured) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(configured, "configured", 250))
                .withSources(new SessionKeySource()).build();
    }

    @Test
    void onlyEmbeddedFileDatabasesHaveAFolder() {
        assertThat(SessionKeySource.embeddedFolder("jdbc:h2:file:./data/timeline"))
                .contains(Path.of("./data").toAbsolutePath());
        assertThat(SessionKeySource.embeddedFolder("jdbc:h2:tcp://db/timeline")).isEmpty();
        assertThat(SessionKeySource.embeddedFolder("jdbc:h2:mem:x")).isEmpty();
        assertThat(SessionKeySource.embeddedFolder(POSTGRESQL)).isEmpty();
    }
}
