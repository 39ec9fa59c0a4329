package news.timeline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a provider's claims name an account and its groups, and which settings stop the start. */
class SingleSignOnTest {

    private static final Optional<String> NEWSROOM = Optional.of("newsroom.example");

    @Test
    void aUsernameIsTheClaimItselfOrAnAddressAtTheNewsroomsOwnDomain() {
        assertThat(SingleSignOn.username(" Alice ", Optional.empty())).contains("alice");
        assertThat(SingleSignOn.username("Alice@Newsroom.example", NEWSROOM)).contains("alice");
        assertThat(SingleSignOn.username("alice@elsewhere.example", NEWSROOM)).as("another domain's alice").isEmpty();
        assertThat(SingleSignOn.username("alice@newsroom.example", Optional.empty())).as("no domain configured").isEmpty();
        assertThat(SingleSignOn.username("Alice Smith", Optional.empty())).as("not a username").isEmpty();
        assertThat(SingleSignOn.username(null, Optional.empty())).isEmpty();
    }

    @Test
    void groupsComeAsAJsonArrayACollectionOrOneString() {
        assertThat(SingleSignOn.groups(Json.createArrayBuilder().add("editors").add("admins").build())).containsExactly("editors", "admins");
        assertThat(SingleSignOn.groups(Set.of("admins"))).containsExactly("admins");
        assertThat(SingleSignOn.groups("editors admins,desk")).containsExactly("editors", "admins", "desk");
        assertThat(SingleSignOn.groups(null)).isEmpty();
    }

    @Test
    void aMissingSettingIsNamedWithItsEnvironmentVariable() {
        Map<String, String> settings = new HashMap<>(Map.of("quarkus.oidc.auth-server-url", "https://id.newsroom.example/realms/newsroom",
                "quarkus.oidc.client-id", "timeline", "quarkus.oidc.credentials.secret", "s3cret",
                "timeline.sso.username-claim", "preferred_username"));
        assertThat(SingleSignOn.problem(key -> Optional.ofNullable(settings.get(key)))).isNull();

        for (String key : List.of("quarkus.oidc.auth-server-url", "quarkus.oidc.client-id", "quarkus.oidc.credentials.secret",
                "timeline.sso.username-claim")) {
            Map<String, String> without = new HashMap<>(settings);
            without.remove(key);
            assertThat(SingleSignOn.problem(k -> Optional.ofNullable(without.get(k)))).as(key)
                    .startsWith(key + " (" + key.toUpperCase().replaceAll("[.-]", "_") + ") is not set");
        }
        settings.put("timeline.sso.email-domain", "@newsroom.example");
        assertThat(SingleSignOn.problem(key -> Optional.ofNullable(settings.get(key)))).startsWith("timeline.sso.email-domain");
        settings.remove("timeline.sso.email-domain");
        settings.put("quarkus.oidc.application-type", "service");
        assertThat(SingleSignOn.problem(key -> Optional.ofNullable(settings.get(key)))).startsWith("quarkus.oidc.application-type");
        settings.remove("quarkus.oidc.application-type");
        settings.put("quarkus.oidc.authentication.state-secret", "thirty-characters-is-too-short");
        assertThat(SingleSignOn.problem(key -> Optional.ofNullable(settings.get(key))))
                .startsWith("quarkus.oidc.authentication.state-secret has 30 characters");
        settings.put("quarkus.oidc.authentication.state-secret", "thirty-two-characters-will-do-it");
        assertThat(SingleSignOn.problem(key -> Optional.ofNullable(settings.get(key)))).isNull();
    }
}
