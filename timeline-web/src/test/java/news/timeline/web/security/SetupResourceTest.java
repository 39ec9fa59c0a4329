package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.FirstRunEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fresh installation's way in: the setup page makes the first administrator, once, for a browser on the
 * machine itself or for whoever has the code from the log, and is gone once any account exists.
 */
@QuarkusTest
@TestProfile(FreshInstall.class)
class SetupResourceTest {

    private static final String SETUP = "/editor/setup";
    private static final String CHIEF = "chief";
    private static final String PASSWORD = "the chief's long password";
    /** A visitor from elsewhere, as a proxy on this machine forwards them. */
    private static final String FAR_AWAY = "203.0.113.7";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DataSource dataSource;
    @Inject
    FirstRun firstRun;
    @Inject
    Accounts accounts;

    private String log;
    private String code;

    @BeforeEach
    void freshInstall() throws Exception {
        log = FreshInstall.reset(dataSource, firstRun);
        code = FreshInstall.code(log);
    }

    @Test
    void startUpLogsTheSetupAddressWithARandomCode() throws Exception {
        assertThat(log).startsWith("No account exists yet. Create the first administrator at http://localhost:8080/editor/setup?code=");
        assertThat(code).matches("[a-z2-9]{4}(-[a-z2-9]{4}){4}");
        String again = FreshInstall.code(FreshInstall.reset(dataSource, firstRun));
        assertThat(again).isNotEqualTo(code);
    }

    @Test
    void theSignInPageSaysNoAccountExistsAndLinksToSetup() {
        for (String path : List.of("/login", "/login?failed=true")) {
            String page = given().when().get(path).asString();
            assertThat(page).as(path).contains("This site has no account yet").contains("<a href=\"/editor/setup\">")
                    .doesNotContain("Wrong username or password").doesNotContain("j_password");
        }
    }

    @Test
    void theMachineItselfOpensTheSetupPageWithoutACode() {
        Response page = given().when().get(SETUP);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Create the administrator").contains("name=\"csrf-token\"");
    }

    @Test
    void aVisitorFromElsewhereNeedsTheCode() {
        for (RequestSpecification elsewhere : List.of(
                given().header("X-Forwarded-For", FAR_AWAY),
                given().header("X-Forwarded-For", "127.0.0.1"),
                given().header("Forwarded", "for=" + FAR_AWAY),
                given().header("X-Real-IP", FAR_AWAY),
                given().header("Host", "rebound.example"))) {
            Response refused = elsewhere.redirects().follow(false).when().get(SETUP);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.asString()).contains("Code from the log").doesNotContain("Create the administrator");
        }
        Response wrong = fromElsewhere().when().get(SETUP + "?code=" + "abcd-".repeat(4) + "abcd");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.asString()).contains("not the one in the site&#39;s log");

        Response withCode = fromElsewhere().when().get(SETUP + "?code=" + code.toUpperCase(java.util.Locale.ROOT));
        assertThat(withCode.statusCode()).isEqualTo(200);
        assertThat(withCode.asString()).contains("Create the administrator").contains("name=\"code\" value=\"");

        Response postedWithoutCode = post(fromElsewhere(), withCode, null, CHIEF, PASSWORD, PASSWORD);
        assertThat(postedWithoutCode.statusCode()).isEqualTo(403);
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void theCodeMakesTheAdministratorSignedInAndThenOpensNothing() throws Exception {
        Response page = fromElsewhere().when().get(SETUP + "?code=" + code);
        Response created = post(fromElsewhere(), page, code, " Chief ", PASSWORD, PASSWORD);
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.getHeader("Location")).endsWith("/editor");
        AccountEntity chief = accounts.find(CHIEF).orElseThrow();
        assertThat(chief.role).isEqualTo(AccountEntity.Role.ADMIN);

        EditorSession signedIn = new EditorSession(created.getCookie("timeline-session"));
        assertThat(signedIn.get("/editor/accounts").statusCode()).as("signed in as an administrator").isEqualTo(200);
        EditorSession.signIn(CHIEF, PASSWORD);

        assertThat(given().when().get(SETUP).statusCode()).isEqualTo(404);
        assertThat(fromElsewhere().when().get(SETUP + "?code=" + code).statusCode()).isEqualTo(404);
        assertThat(given().when().get("/login").asString()).contains("j_password").doesNotContain("no account yet");

        // Even on a site with no account again, the used code opens nothing: only a new start-up's code would.
        FreshInstall.wipe(dataSource);
        Response reused = fromElsewhere().when().get(SETUP + "?code=" + code);
        assertThat(reused.statusCode()).isEqualTo(403);
        assertThat(reused.asString()).contains("not the one in the site&#39;s log, or it has been used");
    }

    @Test
    void anAccountMadeAnotherWayClosesTheSetup() {
        Response page = given().when().get(SETUP);
        accounts.create("early", "Early editor", PASSWORD, AccountEntity.Role.EDITOR);
        assertThat(given().when().get(SETUP).statusCode()).isEqualTo(404);
        assertThat(post(given(), page, null, CHIEF, PASSWORD, PASSWORD).statusCode()).isEqualTo(404);
        assertThat(accounts.find(CHIEF)).isEmpty();
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsMade() {
        Response page = given().when().get(SETUP);
        Response differ = post(given(), page, null, CHIEF, PASSWORD, PASSWORD + "!");
        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(differ.asString()).contains("id=\"e-confirmation\">the two passwords differ<").contains("value=\"" + CHIEF + "\"");
        Response weak = post(given(), page, null, CHIEF, "short", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.asString()).contains("id=\"e-password\">at least 12 characters<");
        Response badName = post(given(), page, null, "the chief", PASSWORD, PASSWORD);
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.asString()).contains("id=\"e-username\"");
        Response missing = given().redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(page)).when().post(SETUP);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        Response page = given().when().get(SETUP);
        Response forged = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", CHIEF).formParam("password", PASSWORD).formParam("confirmation", PASSWORD)
                .when().post(SETUP);
        assertThat(forged.statusCode()).isEqualTo(400);
        String token = csrf(page);
        String other = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        Response otherToken = given().redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", other)
                .formParam("username", CHIEF).formParam("password", PASSWORD).formParam("confirmation", PASSWORD)
                .when().post(SETUP);
        assertThat(otherToken.statusCode()).isEqualTo(400);
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void setupsAtTheSameMomentMakeExactlyOneAdministrator() throws Exception {
        int setups = 8;
        List<Response> pages = new ArrayList<>();
        for (int i = 0; i < setups; i++) {
            pages.add(given().when().get(SETUP));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(setups);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < setups; i++) {
                Response page = pages.get(i);
                String name = "chief-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(given(), page, null, name, PASSWORD, PASSWORD);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() != 303) {
                    refusals.add(response.asString());
                }
            }
            assertThat(statuses).filteredOn(status -> status == 303).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 303).allMatch(status -> status == 409 || status == 404);
            assertThat(refusals).allMatch(page -> page.contains("created a moment ago") || page.contains("nothing to set up"));
        } finally {
            pool.shutdownNow();
        }
        List<Accounts.Row> rows = accounts.rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).role()).isEqualTo(AccountEntity.Role.ADMIN);
        String recorded = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> FirstRunEntity.<FirstRunEntity>findById(1).administrator);
        assertThat(recorded).isEqualTo(rows.get(0).username());
    }

    private static RequestSpecification fromElsewhere() {
        return given().header("X-Forwarded-For", FAR_AWAY);
    }

    /** Posts the setup form of {@code page} as its browser would: its CSRF cookie and token, and the fields. */
    private static Response post(RequestSpecification request, Response page, String code, String username,
                                 String password, String confirmation) {
        request.redirects().follow(false).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(page))
                .formParam("username", username).formParam("password", password).formParam("confirmation", confirmation);
        if (code != null) {
            request.formParam("code", code);
        }
        return request.when().post(SETUP);
    }

    private static String csrf(Response page) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }
}
