package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EndedSessionsResourceTest {

    /** An editor's session, ended on the server as signing out in another tab ends it; the cookie stays. */
    private static EditorSession ended() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        assertThat(editor.post(editor.get("/editor/logout"), "/editor/logout").statusCode()).isEqualTo(303);
        return editor;
    }

    @Test
    void aPublicPageReadWithAnEndedSessionSendsTheReaderBackWithoutIt() {
        EditorSession editor = ended();

        for (String path : new String[] {"/", "/timelines/us-russia-relations?lang=de", "/api/timelines"}) {
            Response refused = editor.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(303);
            assertThat(refused.getHeader("Location")).as(path).isEqualTo(path);
            assertThat(refused.getHeaders().getValues("Set-Cookie")).as(path)
                    .anyMatch(c -> c.startsWith("timeline-session=;") && c.contains("Max-Age=0"));
            assertThat(given().get(path).statusCode()).as(path + " without the cookie").isEqualTo(200);
        }
    }

    @Test
    void theEditorStillAsksForSignInAndNoRedirectLeavesTheSite() {
        EditorSession editor = ended();

        Response editorPage = editor.get("/editor");
        assertThat(editorPage.statusCode()).isIn(302, 303);
        assertThat(editorPage.getHeader("Location")).endsWith("/login");
        Response odd = given().redirects().follow(false).cookie("timeline-session", editor.cookie()).urlEncodingEnabled(false)
                .get("//evil.example/x");
        String location = odd.getHeader("Location");
        assertThat(location == null ? "/" : location).as("a redirect within the site").startsWith("/").doesNotStartWith("//")
                .doesNotStartWith("/\\");
    }

    @Test
    void aLiveSessionIsLeftAlone() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");

        assertThat(editor.get("/").statusCode()).isEqualTo(200);
        assertThat(editor.get("/editor").statusCode()).isEqualTo(200);
    }
}
