package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in editor's session cookie, and the requests tests make with it: pages, and forms with their CSRF token. */
public record EditorSession(String cookie) {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern SIGN_IN_ACTION = Pattern.compile("action=\"(/j_security_check\\?login-token=[^\"]+)\"");
    /** The cookie that the sign-in page sets and its form's address must match. */
    public static final String LOGIN_COOKIE = "timeline-login";

    public static EditorSession signIn(String username, String password) {
        String session = signInResponse(username, password).getCookie("timeline-session");
        assertThat(session).as("session of " + username).isNotNull();
        return new EditorSession(session);
    }

    /** The answer to signing in through the sign-in form, as a browser does: the page first, then the form. */
    public static Response signInResponse(String username, String password) {
        Response page = given().when().get("/login");
        return given().redirects().follow(false).cookie(LOGIN_COOKIE, page.getCookie(LOGIN_COOKIE))
                .formParam("j_username", username).formParam("j_password", password)
                .when().post(signInAddress(page));
    }

    /** Where the sign-in page's form posts to, its token included. */
    public static String signInAddress(Response loginPage) {
        Matcher action = SIGN_IN_ACTION.matcher(loginPage.asString());
        assertThat(action.find()).as("the sign-in form's address").isTrue();
        return action.group(1);
    }

    public Response get(String path) {
        return given().redirects().follow(false).cookie("timeline-session", cookie).when().get(path);
    }

    /** Posts a form with the CSRF token of {@code page}; {@code fields} are names and values in turn. */
    public Response post(Response page, String path, String... fields) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        var request = given().redirects().follow(false).cookie("timeline-session", cookie)
                .cookie("csrf-token", page.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }
}
