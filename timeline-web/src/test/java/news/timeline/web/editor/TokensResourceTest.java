package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ApiTokenEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editors make and revoke their API tokens on /editor/tokens; the token is shown once and stored only as a
 * hash; administrators see and revoke everyone's.
 */
@QuarkusTest
class TokensResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\" readonly size=\"60\" value=\"([^\"]+)\"");
    private static final String WRITER = "token-writer";
    private static final String OTHER = "token-other";
    private static final String PASSWORD = "a token writer's long password";
    private static final String API = "/api/editor/timelines";

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void editors() {
        throttle.forgive();
        for (String name : List.of(WRITER, OTHER)) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, name, PASSWORD, AccountEntity.Role.EDITOR);
            }
        }
    }

    @Test
    void editorMakesATokenSeesItOnceAndRevokesIt() {
        String session = signIn(WRITER, PASSWORD);
        Response page = get(session, "/editor/tokens");
        assertThat(page.statusCode()).isEqualTo(200);

        Response made = post(session, page, "/editor/tokens", "name", "CMS sync", "expires", "");
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher shown = NEW_TOKEN.matcher(made.asString());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(token).startsWith("tl_").hasSizeGreaterThan(50);

        ApiTokens.Row row = tokens.of(WRITER).stream().filter(t -> t.name().equals("CMS sync")).findFirst().orElseThrow();
        assertThat(token).startsWith(row.prefix());
        String stored = QuarkusTransaction.requiringNew().call(() -> ((ApiTokenEntity) ApiTokenEntity.findById(row.id())).tokenHash);
        assertThat(stored).as("only the hash is stored").isEqualTo(ApiTokens.sha256(token)).doesNotContain(token);

        Response listed = get(session, "/editor/tokens");
        assertThat(listed.asString()).contains("CMS sync", row.prefix() + "…", "never").doesNotContain(token);

        assertThat(bearer(token).statusCode()).isEqualTo(200);
        assertThat(tokens.of(WRITER).stream().filter(t -> t.id() == row.id()).findFirst().orElseThrow().lastUsedAt())
                .as("last use is recorded").isNotNull();

        Response revoked = post(session, listed, "/editor/tokens/" + row.id() + "/revoke");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.getHeader("Location")).endsWith("/editor/tokens");
        assertThat(bearer(token).statusCode()).as("a revoked token").isEqualTo(401);
        assertThat(get(session, "/editor/tokens").asString()).doesNotContain(row.prefix());
    }

    @Test
    void badNamesAndExpiriesAreNamed() {
        String session = signIn(WRITER, PASSWORD);
        Response page = get(session, "/editor/tokens");
        Response invalid = post(session, page, "/editor/tokens", "name", " ", "expires", "next week");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.asString()).contains("id=\"e-name\"", "id=\"e-expires\"").doesNotContain("id=\"new-token\"");

        Response past = post(session, page, "/editor/tokens", "name", "old", "expires", LocalDate.now().minusDays(2).toString());
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.asString()).contains("today or later");

        Response future = post(session, page, "/editor/tokens", "name", "Until the election", "expires", "2099-11-03");
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(get(session, "/editor/tokens").asString()).contains("2099-11-03");
    }

    @Test
    void editorsCannotTouchOthersTokensButAdministratorsCan() {
        ApiTokens.Created others = tokens.create(OTHER, "other's script", null);
        String writer = signIn(WRITER, PASSWORD);
        Response page = get(writer, "/editor/tokens");
        assertThat(page.asString()).doesNotContain("other&#39;s script", "Every account");
        assertThat(post(writer, page, "/editor/tokens/" + others.row().id() + "/revoke").statusCode()).isEqualTo(404);
        assertThat(bearer(others.token()).statusCode()).isEqualTo(200);

        String admin = signIn("admin", "test-admin-password");
        Response adminPage = get(admin, "/editor/tokens");
        assertThat(adminPage.asString()).contains("Every account", "other&#39;s script", "<td>" + OTHER + "</td>");
        assertThat(post(admin, adminPage, "/editor/tokens/" + others.row().id() + "/revoke").statusCode()).isEqualTo(303);
        assertThat(bearer(others.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void visitorsAreSentToSignIn() {
        Response page = given().redirects().follow(false).when().get("/editor/tokens");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.getHeader("Location")).contains("/login");
    }

    private static Response bearer(String token) {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).when().get(API);
    }

    private static String signIn(String username, String password) {
        String session = given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check").getCookie("timeline-session");
        assertThat(session).as("session of " + username).isNotNull();
        return session;
    }

    private static Response get(String session, String path) {
        return given().redirects().follow(false).cookie("timeline-session", session).when().get(path);
    }

    /** Posts a form with the CSRF token of {@code page}. */
    private static Response post(String session, Response page, String path, String... fields) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).isTrue();
        var request = given().redirects().follow(false).cookie("timeline-session", session)
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }
}
