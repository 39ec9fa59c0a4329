package news.timeline.web.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import news.timeline.web.config.SessionKeySource;
import news.timeline.web.persistence.AccountEntity;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwe.JsonWebEncryption;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on walked as a browser walks it, one request at a time, against the provider WireMock plays
 * (WithSingleSignOn).
 */
@QuarkusTest
@TestProfile(WithSingleSignOn.class)
class SingleSignOnResourceTest {

    private static final String LABEL = WithSingleSignOn.LABEL;
    private static final String CLIENT_ID = WithSingleSignOn.CLIENT_ID;
    private static final String EDITOR = WithSingleSignOn.EDITOR;
    private static final String STRANGER = "mallory";

    @TestHTTPResource("/")
    URI site;
    @OidcWireMock
    WireMockServer provider;
    @Inject
    Accounts accounts;

    @Test
    void anEditorSignsInThroughTheProviderAndEditsWithTheSitesOwnSession() throws Exception {
        accounts.createUnlessPresent(EDITOR, "Alice", "sso-test-editor-password-7391", AccountEntity.Role.EDITOR);
        Browser browser = new Browser();

        HttpResponse<String> login = browser.get(site.resolve("/login"));
        assertThat(login.body()).contains("href=\"/editor/sso\"").contains("Sign in with " + LABEL).contains("j_password");

        List<HttpResponse<String>> walked = browser.signInAtProvider(site.resolve("/editor/sso"));
        HttpResponse<String> last = walked.get(walked.size() - 1);
        assertThat(last.uri().getPath()).isEqualTo("/editor");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body()).contains("/editor/logout").contains("Signed in as Alice (alice).");
        assertThat(browser.cookie("timeline-session")).as("the site's own session").isNotNull();
        assertThat(browser.cookie("q_session")).as("the provider's session, ended once the site's began").isNull();

        // The session is the form's: it opens the editor's pages, and the provider's "admin" group is not ours.
        assertThat(browser.get(site.resolve("/editor/tokens")).statusCode()).isEqualTo(200);
        assertThat(accounts.find(EDITOR)).get().extracting(account -> account.role).isEqualTo(AccountEntity.Role.EDITOR);
        assertThat(browser.get(site.resolve("/editor/logout")).body()).contains("you may still be signed in there");
    }

    @Test
    void theCodeIsExchangedWithThePkceVerifierSealedUnderTheKeyDerivedFromTheSessionKey() throws Exception {
        accounts.createUnlessPresent(EDITOR, "Alice", "sso-test-editor-password-7391", AccountEntity.Role.EDITOR);
        Config config = ConfigProvider.getConfig();
        String stateSecret = config.getValue(SessionKeySource.STATE_SECRET, String.class);
        assertThat(stateSecret).as("not the client secret 'secret', which is too short to seal anything")
                .hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(config.getValue(SessionKeySource.KEY, String.class));
        Browser browser = new Browser();

        List<HttpResponse<String>> walked = browser.signInAtProvider(site.resolve("/editor/sso"));
        assertThat(walked.get(walked.size() - 1).uri().getPath()).isEqualTo("/editor");

        // What the state cookie held on the way to the provider opens with the configured key, as it would on
        // any instance sharing the session key: no key of the process's own sealed it.
        String sealed = browser.stateCookie.substring(browser.stateCookie.indexOf('|') + 1);
        String verifier = Json.createReader(new StringReader(open(sealed, stateSecret))).readObject().getString("code_verifier");
        assertThat(challenge(verifier)).as("S256 of the verifier").isEqualTo(browser.codeChallenge);
        assertThat(provider.findAll(postRequestedFor(urlEqualTo("/auth/realms/quarkus/token"))))
                .as("the code exchange carries the verifier")
                .anySatisfy(exchange -> assertThat(exchange.getBodyAsString()).contains("code_verifier=" + verifier));
    }

    @Test
    void someoneWithoutAnAccountIsToldSoAndGetsNone() throws Exception {
        StubMapping stranger = provider.stubFor(post("/auth/realms/quarkus/token").atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\": \""
                        + OidcWiremockTestResource.getAccessToken(STRANGER, Set.of()) + "\", \"token_type\": \"Bearer\","
                        + " \"expires_in\": 300, \"id_token\": \"" + OidcWiremockTestResource.getIdToken(STRANGER, Set.of(), CLIENT_ID) + "\"}")));
        try {
            Browser browser = new Browser();
            List<HttpResponse<String>> walked = browser.signInAtProvider(site.resolve("/editor/sso"));
            HttpResponse<String> last = walked.get(walked.size() - 1);
            assertThat(last.statusCode()).isEqualTo(403);
            assertThat(last.body()).contains(LABEL + " signed you in as &#39;" + STRANGER + "&#39;, but no account of that name may sign in here")
                    .doesNotContain("Exception");
            assertThat(browser.cookie("timeline-session")).isNull();
            assertThat(browser.get(site.resolve("/editor")).statusCode()).as("no way into the editor").isEqualTo(302);
            assertThat(accounts.find(STRANGER)).as("timeline.sso.create-accounts is off").isEmpty();
        } finally {
            provider.removeStub(stranger);
        }
    }

    @Test
    void newAccountsAreEditorsOnlyWhenAllowedAndAdministratorsOnlyThroughTheGroup() {
        assertThat(accounts.forSingleSignOn("newcomer", "New Comer", false, false)).as("creation off").isEmpty();
        AccountEntity made = accounts.forSingleSignOn("Newcomer", "New Comer", true, false).orElseThrow();
        assertThat(made.username).isEqualTo("newcomer");
        assertThat(made.displayName).isEqualTo("New Comer");
        assertThat(made.role).isEqualTo(AccountEntity.Role.EDITOR);
        // Its password is nobody's: the form does not open it.
        assertThat(EditorSession.signInResponse("newcomer", "").getCookie("timeline-session")).isNull();

        assertThat(accounts.forSingleSignOn("newcomer", "New Comer", false, true)).get()
                .extracting(account -> account.role).as("a member of timeline.sso.admin-group").isEqualTo(AccountEntity.Role.ADMIN);
        accounts.update("newcomer", AccountEntity.Role.EDITOR, false);
        assertThat(accounts.forSingleSignOn("newcomer", "New Comer", true, true)).as("disabled stays disabled").isEmpty();
        assertThat(accounts.find("newcomer")).get().extracting(account -> account.role).isEqualTo(AccountEntity.Role.EDITOR);
    }

    @Test
    void aProviderThatRefusesTheCodeLeavesTheEditorOnTheSignInPageWithAMessage() throws Exception {
        StubMapping refusing = provider.stubFor(post("/auth/realms/quarkus/token").atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"invalid_grant\"}")));
        try {
            Browser browser = new Browser();
            List<HttpResponse<String>> walked = browser.signInAtProvider(site.resolve("/editor/sso"));
            HttpResponse<String> last = walked.get(walked.size() - 1);
            assertThat(last.uri().getPath() + "?" + last.uri().getQuery()).isEqualTo("/login?sso-failed=true");
            assertThat(last.statusCode()).isEqualTo(200);
            assertThat(last.body()).contains("Single sign-on did not sign you in").contains("j_password");
            assertThat(browser.cookie("timeline-session")).isNull();
        } finally {
            provider.removeStub(refusing);
        }
    }

    /** The plain text of what the OIDC extension sealed with a secret: a JWE under the secret's SHA-256. */
    private static String open(String sealed, String secret) throws Exception {
        JsonWebEncryption jwe = new JsonWebEncryption();
        jwe.setCompactSerialization(sealed);
        jwe.setKey(new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES"));
        return jwe.getPlaintextString();
    }

    /** RFC 7636's S256 challenge for a verifier. */
    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A browser's cookies and redirects, each redirect a request of its own so that every step is seen. */
    private static final class Browser {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        /** The PKCE challenge and the state cookie the site set on the way to the provider. */
        String codeChallenge;
        String stateCookie;

        HttpResponse<String> get(URI address) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Starts at the site's single sign-on address, which sends the browser to the provider; there the login
         * form is filled in (its page only echoes the state and the address to return to), and every redirect
         * after it is followed back through the site. Returns each answer from the provider's on.
         */
        List<HttpResponse<String>> signInAtProvider(URI start) throws IOException, InterruptedException {
            HttpResponse<String> toProvider = get(start);
            assertThat(toProvider.statusCode()).as("off to the provider").isEqualTo(302);
            URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
            assertThat(authorize.getPort()).as("the provider's address").isNotEqualTo(start.getPort());
            Map<String, String> query = query(authorize);
            assertThat(query).containsEntry("redirect_uri", start.toString()).containsEntry("client_id", CLIENT_ID)
                    .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
            codeChallenge = query.get("code_challenge");
            stateCookie = cookie("q_auth");
            assertThat(stateCookie).as("the state cookie").startsWith(query.get("state") + "|");
            assertThat(get(authorize).body()).as("the provider's login page").contains("password");

            List<HttpResponse<String>> walked = new ArrayList<>();
            URI next = authorize.resolve("/login?username=" + EDITOR + "&password=" + EDITOR + "&state=" + encode(query.get("state"))
                    + "&redirect_uri=" + encode(query.get("redirect_uri")));
            for (int hop = 0; hop < 10; hop++) {
                HttpResponse<String> response = get(next);
                walked.add(response);
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return walked;
                }
                next = response.uri().resolve(location.get());
            }
            throw new AssertionError("More than 10 redirects: " + walked.stream().map(HttpResponse::uri).toList());
        }

        /** The value of the cookie of that name, or of the first whose name starts with it and an underscore. */
        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> (cookie.getName().equals(name)
                    || cookie.getName().startsWith(name + "_")) && !cookie.getValue().isEmpty())
                    .map(cookie -> cookie.getValue()).findFirst().orElse(null);
        }

        private static Map<String, String> query(URI address) {
            Map<String, String> values = new HashMap<>();
            for (String pair : address.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return values;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
