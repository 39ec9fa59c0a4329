package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in editor's session cookie, and the requests tests make with it: pages, and forms with their CSRF token. */
public record EditorSession(String cookie) {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public static EditorSession signIn(String username, String password) {
        String session = signInResponse(username, password).getCookie("timeline-session");
        assertThat(session).as("session of " + username).isNotNull();
        return new EditorSession(session);
    }

    /** The answer to signing in through the sign-in form, as a browser does. */
    public static Response signInResponse(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
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
