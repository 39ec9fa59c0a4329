package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import news.timeline.web.persistence.AccountEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in only through the site's own form, sessions that end on the server when the editor signs
 * out or gets a new password, and the rules passwords are held to.
 */
@QuarkusTest
class SignInResourceTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    /** Exactly 72 bytes, as far as bcrypt reads. */
    private static final String LONGEST_PASSWORD = "a-fairly-long-passphrase-that-fills-every-byte-bcrypt-reads-0123456789ab";

    @Inject
    LoginThrottle throttle;

    @Inject
    Accounts accounts;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void anotherSiteCannotSignAVisitorIn() {
        Response page = given().when().get("/login");
        String token = page.getCookie(EditorSession.LOGIN_COOKIE);
        assertThat(page.getHeaders().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(EditorSession.LOGIN_COOKIE + "=").containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly"));

        // A form on another site posts the attacker's account: no cookie (SameSite=Strict), or a token of its own.
        Response noCookie = given().redirects().follow(false).formParam("j_username", ADMIN).formParam("j_password", ADMIN_PASSWORD)
                .when().post(EditorSession.signInAddress(page));
        Response noToken = given().redirects().follow(false).cookie(EditorSession.LOGIN_COOKIE, token)
                .formParam("j_username", ADMIN).formParam("j_password", ADMIN_PASSWORD).when().post("/j_security_check");
        Response otherToken = given().redirects().follow(false).cookie(EditorSession.LOGIN_COOKIE, token)
                .formParam("j_username", ADMIN).formParam("j_password", ADMIN_PASSWORD)
                .when().post("/j_security_check?login-token=" + "A".repeat(43));
        for (Response refused : new Response[] {noCookie, noToken, otherToken}) {
            assertThat(refused.getCookie("timeline-session")).isNull();
            assertThat(refused.getHeader("Location")).endsWith("/login?expired=true");
        }
        assertThat(given().when().get("/login?expired=true").asString()).contains("did not come from this page");

        assertThat(EditorSession.signInResponse(ADMIN, ADMIN_PASSWORD).getCookie("timeline-session")).isNotNull();
    }

    @Test
    void withoutSingleSignOnTheSignInPageIsTheFormAlone() {
        // The default: no provider is asked anything, the page offers none, and its address leads back to the form.
        String page = given().when().get("/login").asString();
        assertThat(page).contains("j_password").doesNotContain(SingleSignOn.PATH);
        Response sso = given().redirects().follow(false).when().get(SingleSignOn.PATH);
        assertThat(sso.statusCode()).isEqualTo(302);
        assertThat(sso.getHeader("Location")).contains("/login");
        assertThat(given().when().get("/login?sso-failed=true").asString()).doesNotContain("Single sign-on");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        EditorSession editor = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);
        EditorSession elsewhere = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);
        Response page = editor.get("/editor");
        assertThat(page.statusCode()).isEqualTo(200);

        Response out = editor.post(page, "/editor/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        // The browser is told to forget the cookie; one that kept it, or a copy of it, opens nothing any more.
        Response replayed = editor.get("/editor");
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.getHeader("Location")).endsWith("/login");
        assertThat(elsewhere.get("/editor").statusCode()).as("another sign-in of the same account").isEqualTo(200);
    }

    @Test
    void aNewPasswordEndsTheAccountsSessions() {
        String name = "rotating";
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, "Rotating editor", "first long password here", AccountEntity.Role.EDITOR);
        }
        accounts.setPassword(name, "first long password here");
        EditorSession editor = EditorSession.signIn(name, "first long password here");
        assertThat(editor.get("/editor").statusCode()).isEqualTo(200);
        accounts.setPassword(name, "second long password here");
        assertThat(editor.get("/editor").statusCode()).isEqualTo(302);
    }

    @Test
    void passwordsAreLongEnoughUncommonAndReadToTheirEnd() {
        EditorSession admin = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);
        Response page = admin.get("/editor/accounts");
        assertThat(page.asString()).contains("at most 72 bytes");

        Response common = admin.post(page, "/editor/accounts", "username", "commoner", "displayName", "", "password",
                "Baseball2024!!", "role", "EDITOR");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.asString()).contains("one of the most common passwords");
        Response tooLong = admin.post(page, "/editor/accounts", "username", "verbose", "displayName", "", "password",
                LONGEST_PASSWORD + "c", "role", "EDITOR");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("at most 72 bytes");

        assertThat(LONGEST_PASSWORD.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String name = "longest";
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, "Longest password", LONGEST_PASSWORD, AccountEntity.Role.EDITOR);
        }
        assertThat(EditorSession.signInResponse(name, LONGEST_PASSWORD).getCookie("timeline-session")).isNotNull();
        // bcrypt would take these as the same password: its first 72 bytes are.
        Response longer = EditorSession.signInResponse(name, LONGEST_PASSWORD + " and more");
        assertThat(longer.getCookie("timeline-session")).isNull();
        assertThat(longer.getHeader("Location")).contains("/login?failed=true");
    }
}
