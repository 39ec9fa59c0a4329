package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators create editors, change their role and shut them out; editors cannot. */
@QuarkusTest
class AdminResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String REPORTER = "reporter";
    private static final String REPORTER_PASSWORD = "a reporter's long password";

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void administratorManagesAnEditorsAccount() {
        String admin = signIn("admin", "test-admin-password");
        Response page = get(admin, "/editor/accounts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<td>admin</td>");

        Response tooShort = post(admin, page, "/editor/accounts", "username", REPORTER, "displayName", "Reporter",
                "password", "short", "role", "EDITOR");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.asString()).contains("id=\"e-password\">at least 12 characters</span>");

        Response created = post(admin, page, "/editor/accounts", "username", REPORTER, "displayName", "Reporter",
                "password", REPORTER_PASSWORD, "role", "EDITOR");
        assertThat(created.statusCode()).isEqualTo(303);
        String reporter = signIn(REPORTER, REPORTER_PASSWORD);
        assertThat(get(reporter, "/editor").statusCode()).isEqualTo(200);
        assertThat(get(reporter, "/editor/accounts").statusCode()).isEqualTo(403);

        Response disabled = post(admin, get(admin, "/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR");
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(get(reporter, "/editor").statusCode()).as("a disabled account's session no longer works").isIn(302, 401, 403);

        Response tooShortReset = post(admin, get(admin, "/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR",
                "enabled", "on", "password", "short");
        assertThat(tooShortReset.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("not+saved"));
        Response reset = post(admin, get(admin, "/editor/accounts"), "/editor/accounts/" + REPORTER, "role", "EDITOR",
                "enabled", "on", "password", "a brand-new long password");
        assertThat(reset.statusCode()).isEqualTo(303);
        signIn(REPORTER, "a brand-new long password");
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
                .cookie("csrf-token", page.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }
}
