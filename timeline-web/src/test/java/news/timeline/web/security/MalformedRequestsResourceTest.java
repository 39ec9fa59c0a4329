package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The requests that used to end in a 500 get an answer that names what is wrong with them: bodies the
 * framework cannot parse, Content-Types that are not media types or name an unknown charset, anything but a
 * form sent to the sign-in route, and a line break in the language switcher's return address.
 */
@QuarkusTest
class MalformedRequestsResourceTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aContentTypeThatCannotBeUnderstoodIsRefusedByName() {
        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response garbage = given().redirects().follow(false).cookie("timeline-session", admin.cookie())
                .contentType(";;==;").body("x".getBytes(StandardCharsets.UTF_8)).when().post("/editor/timelines");
        assertThat(garbage.statusCode()).isEqualTo(415);
        assertThat(garbage.asString()).contains("is not a media type");
        RawHttp http = new RawHttp(base.getPort());
        RawHttp.Answer charset = http.send("POST", "/editor/timelines", java.util.Map.of("Cookie", "timeline-session=" + admin.cookie(),
                "Content-Type", "application/x-www-form-urlencoded; charset=bogus-charset"), "title=x".getBytes(StandardCharsets.UTF_8));
        assertThat(charset.status()).isEqualTo(415);
        assertThat(charset.text()).contains("character set 'bogus-charset'");
        RawHttp.Answer api = http.send("POST", "/api/editor/timelines", java.util.Map.of("Content-Type", "application/json; charset=nope"),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(api.status()).isEqualTo(415);
        assertThat(api.text()).contains("'nope'").contains("\"errors\"");
    }

    @Test
    void bodiesTheFormReadersCannotParseAreTheClientsMistake() {
        EditorSession admin = EditorSession.signIn("admin", "test-admin-password");
        Response page = admin.get("/editor");
        String token = page.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        Response badEscape = given().redirects().follow(false).cookie("timeline-session", admin.cookie())
                .cookie("csrf-token", page.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + token + "&title=%ZZ%").when().post("/editor/timelines");
        assertThat(badEscape.statusCode()).isEqualTo(400);
        assertThat(badEscape.asString()).contains("could not be read");

        String cut = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhalf an upl";
        Response truncated = given().redirects().follow(false).cookie("timeline-session", admin.cookie())
                .cookie("csrf-token", page.getCookie("csrf-token")).contentType("multipart/form-data; boundary=b")
                .body(cut.getBytes(StandardCharsets.ISO_8859_1)).when().post("/editor/timelines/us-russia-relations/import/upload");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.asString()).contains("cut off");
    }

    @Test
    void anAddressWithANulCharacterIsRefusedByName() {
        // PostgreSQL refuses NUL in any text, so a slug of "%00" reached the database as a 500.
        for (String path : new String[] {"/timelines/%00", "/api/timelines/%00/milestones", "/search?q=a%00b"}) {
            Response response = given().urlEncodingEnabled(false).redirects().follow(false).when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.asString()).as(path).contains("NUL character");
        }
    }

    @Test
    void theSignInRouteTakesOnlyItsForm() {
        Response login = given().when().get("/login");
        for (String type : new String[] {"application/json", "text/plain", "multipart/form-data; boundary=b"}) {
            Response response = given().redirects().follow(false).cookie(EditorSession.LOGIN_COOKIE, login.getCookie(EditorSession.LOGIN_COOKIE))
                    .contentType(type).body("{\"j_username\": \"admin\"}".getBytes(StandardCharsets.UTF_8)).when().post(EditorSession.signInAddress(login));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.asString()).as(type).contains("Sign in with the form at /login");
        }
    }

    @Test
    void aLineBreakInTheReturnAddressGoesToTheFrontPage() {
        for (String back : new String[] {"/%0D%0ASet-Cookie:%20x=1", "/a%0Ab", "/%E2%80%AE%20x", "//evil.example", "/ok%3Fthen"}) {
            Response response = given().urlEncodingEnabled(false).redirects().follow(false)
                    .when().get("/language?lang=de&return=" + back);
            assertThat(response.statusCode()).as(back).isEqualTo(303);
            assertThat(response.getHeaders().getValues("Set-Cookie")).as(back).noneMatch(c -> c.startsWith("x="));
        }
        assertThat(given().redirects().follow(false).when().get("/language?lang=de&return=/timelines").getHeader("Location"))
                .endsWith("/timelines");
        assertThat(given().urlEncodingEnabled(false).redirects().follow(false).when().get("/language?lang=de&return=/a%0Ab")
                .getHeader("Location")).endsWith("/");
    }
}
