package news.timeline.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators create editors, change their role and shut them out; editors cannot. */
@QuarkusTest
class AdminResourceTest {

    private static final String REPORTER = "reporter";
    private static final String REPORTER_PASSWORD = "a reporter's long password";

    @Inject
    LoginThrottle throttle;

    @Inject
    Accounts accounts;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void administratorManagesAnEditorsAccount() {
        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response page = admin.get("/editor/accounts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<td>admin</td>");

        Response tooShort = admin.post(page, "/editor/accounts", "username", REPORTER, "displayName", "Reporter",
                "password", "short", "role", "EDITOR");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.asString()).contains("id=\"e-password\">at least 12 characters</span>");

        Response created = admin.post(page, "/editor/accounts", "username", REPORTER, "displayName", "Reporter",
                "password", REPORTER_PASSWORD, "role", "EDITOR");
        assertThat(created.statusCode()).isEqualTo(303);
        EditorSession reporter = EditorSession.signIn(REPORTER, REPORTER_PASSWORD);
        assertThat(reporter.get("/editor").statusCode()).isEqualTo(200);
        assertThat(reporter.get("/editor/accounts").statusCode()).isEqualTo(403);

        Response disabled = admin.post(admin.get("/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR");
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(reporter.get("/editor").statusCode()).as("a disabled account's session no longer works").isIn(302, 401, 403);

        Response tooShortReset = admin.post(admin.get("/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR",
                "enabled", "on", "password", "short");
        assertThat(tooShortReset.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("not+saved"));
        Response reset = admin.post(admin.get("/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR",
                "enabled", "on", "password", "a brand-new long password");
        assertThat(reset.statusCode()).isEqualTo(303);
        EditorSession.signIn(REPORTER, "a brand-new long password");
    }

    @Test
    void aPasswordResetEndsTheAccountsSessionsAndItsOldPassword() {
        String name = "forgetful";
        String old = "the password they forgot";
        String fresh = "the password the admin set";
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, "Forgetful editor", old, AccountEntity.Role.EDITOR);
        }
        accounts.setPassword(name, old);
        EditorSession before = EditorSession.signIn(name, old);
        assertThat(before.get("/editor").statusCode()).isEqualTo(200);

        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response reset = admin.post(admin.get("/editor/accounts"), "/editor/accounts/" + name, "role", "EDITOR",
                "enabled", "on", "password", fresh);
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(reset.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("new+password"));

        assertThat(before.get("/editor").statusCode()).as("the session opened with the old password").isEqualTo(302);
        Response oldPassword = EditorSession.signInResponse(name, old);
        assertThat(oldPassword.getCookie("timeline-session")).isNull();
        assertThat(oldPassword.getHeader("Location")).endsWith("/login?failed=true");
        assertThat(EditorSession.signIn(name, fresh).get("/editor").statusCode()).isEqualTo(200);
        assertThat(admin.get("/editor").statusCode()).as("the administrator's own session").isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDemoteOrShutOutThemselfInAnyLetterCase() {
        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        for (String me : new String[] {"admin", "ADMIN", "Admin", " admin", "admin "}) {
            Response demoted = admin.post(admin.get("/editor/accounts"), "/editor/accounts/" + me, "role", "EDITOR");
            assertThat(demoted.statusCode()).as(me).isEqualTo(303);
            assertThat(demoted.getHeaders().getValues("Set-Cookie")).as(me).anyMatch(c -> c.contains("own+account"));
            AccountEntity account = accounts.find("admin").orElseThrow();
            assertThat(account.role).as("role after changing %s", me).isEqualTo(AccountEntity.Role.ADMIN);
            assertThat(account.enabled).as("enabled after changing %s", me).isTrue();
            assertThat(admin.get("/editor/accounts").statusCode()).as(me).isEqualTo(200);
        }
    }

    @Test
    void theLastAdministratorRemainsWhoeverAsks() {
        assertThat(accounts.rows()).filteredOn(row -> row.role() == AccountEntity.Role.ADMIN && row.enabled())
                .extracting(Accounts.Row::username).containsExactly("admin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.update("Admin ", AccountEntity.Role.EDITOR, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last administrator");
        assertThat(accounts.find("admin").orElseThrow().role).isEqualTo(AccountEntity.Role.ADMIN);
    }

    /** Puts the administrator back should a check above fail half-way, so that the other tests can sign in. */
    @AfterEach
    void keepTheAdministrator() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AccountEntity admin = AccountEntity.findByUsername("admin").orElseThrow();
            admin.role = AccountEntity.Role.ADMIN;
            admin.enabled = true;
        });
    }
}
