package news.timeline.web.security;

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
        EditorSession session = EditorSession.signIn(WRITER, PASSWORD);
        Response page = session.get("/editor/tokens");
        assertThat(page.statusCode()).isEqualTo(200);

        Response made = session.post(page, "/editor/tokens", "name", "CMS sync", "expires", "");
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher shown = NEW_TOKEN.matcher(made.asString());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(token).startsWith("tl_").hasSizeGreaterThan(50);

        ApiTokens.Row row = tokens.of(WRITER).stream().filter(t -> t.name().equals("CMS sync")).findFirst().orElseThrow();
        assertThat(token).startsWith(row.prefix());
        String stored = QuarkusTransaction.requiringNew().call(() -> ((ApiTokenEntity) ApiTokenEntity.findById(row.id())).tokenHash);
        assertThat(stored).as("only the hash is stored").isEqualTo(news.timeline.web.config.Digests.sha256Hex(token)).doesNotContain(token);

        Response listed = session.get("/editor/tokens");
        assertThat(listed.asString()).contains("CMS sync", row.prefix() + "…", "never").doesNotContain(token);

        assertThat(bearer(token).statusCode()).isEqualTo(200);
        assertThat(tokens.of(WRITER).stream().filter(t -> t.id() == row.id()).findFirst().orElseThrow().lastUsedAt())
                .as("last use is recorded").isNotNull();

        Response revoked = session.post(listed, "/editor/tokens/" + row.id() + "/revoke");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.getHeader("Location")).endsWith("/editor/tokens");
        assertThat(bearer(token).statusCode()).as("a revoked token").isEqualTo(401);
        assertThat(session.get("/editor/tokens").asString()).doesNotContain(row.prefix());
    }

    @Test
    void badNamesAndExpiriesAreNamed() {
        EditorSession session = EditorSession.signIn(WRITER, PASSWORD);
        Response page = session.get("/editor/tokens");
        Response invalid = session.post(page, "/editor/tokens", "name", " ", "expires", "next week");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.asString()).contains("id=\"e-name\"", "id=\"e-expires\"").doesNotContain("id=\"new-token\"");

        Response past = session.post(page, "/editor/tokens", "name", "old", "expires", LocalDate.now().minusDays(2).toString());
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.asString()).contains("today or later");

        Response future = session.post(page, "/editor/tokens", "name", "Until the election", "expires", "2099-11-03");
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(session.get("/editor/tokens").asString()).contains("2099-11-03");
    }

    @Test
    void editorsCannotTouchOthersTokensButAdministratorsCan() {
        ApiTokens.Created others = tokens.create(OTHER, "other's script", null);
        EditorSession writer = EditorSession.signIn(WRITER, PASSWORD);
        Response page = writer.get("/editor/tokens");
        assertThat(page.asString()).doesNotContain("other&#39;s script", "Every account");
        assertThat(writer.post(page, "/editor/tokens/" + others.row().id() + "/revoke").statusCode()).isEqualTo(404);
        assertThat(bearer(others.token()).statusCode()).isEqualTo(200);

        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response adminPage = admin.get("/editor/tokens");
        assertThat(adminPage.asString()).contains("Every account", "other&#39;s script", "<td>" + OTHER + "</td>");
        assertThat(admin.post(adminPage, "/editor/tokens/" + others.row().id() + "/revoke").statusCode()).isEqualTo(303);
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
}
