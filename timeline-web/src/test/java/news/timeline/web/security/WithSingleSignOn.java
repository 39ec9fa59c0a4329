package news.timeline.web.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * A site whose sign-in page offers a provider that WireMock plays (OidcWiremockTestResource): its login page
 * signs in whatever is typed as "alice", whose groups are "user" and "admin". New accounts are not made, and
 * administrators are another group. The client secret is short on purpose: the cookies of the sign-in must
 * not depend on it.
 */
public class WithSingleSignOn implements QuarkusTestProfile {

    /** The provider's name on the sign-in page's button. */
    public static final String LABEL = "Newsroom SSO";
    /** The client id the provider knows the site by. */
    public static final String CLIENT_ID = "quarkus-web-app";
    /** The person the provider's login page signs in. */
    public static final String EDITOR = "alice";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", "secret",
                "timeline.sso.label", LABEL,
                "timeline.sso.admin-group", "newsroom-admins",
                "timeline.demo.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }
}
