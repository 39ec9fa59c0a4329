package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The frame every page is built in links to sign-in from its footer, on every public page and in the
 * reader's language; a signed-in editor finds the editor and signing out there instead, on a page that
 * shared caches do not keep. The embed, which lives on other sites, has no such link.
 */
@QuarkusTest
class PageFrameResourceTest {

    private static final String SIGN_IN = "<a href=\"/login\">Sign in</a>";
    private static final String EDITOR = "<a href=\"/editor\">Editor</a> · <a href=\"/editor/logout\">Sign out</a>";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/?q=geneva", "/timelines/us-russia-relations",
            "/timelines/us-russia-relations/milestones/geneva-summit", "/actors/vladimir-putin", "/places/geneva",
            "/tags/summit", "/timelines/no-such-timeline", "/no/such/page", "/login");

    @Test
    void everyPublicPageLinksToSignIn() {
        for (String path : PUBLIC_PAGES) {
            Response page = given().when().get(path);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.asString()).as(path).contains("<footer class=\"tl-footer\">").contains(SIGN_IN)
                    .doesNotContain("/editor/logout");
        }
        assertThat(given().when().get("/timelines/us-russia-relations?lang=de").asString()).contains("<a href=\"/login\">Anmelden</a>");
        assertThat(given().when().get("/timelines/us-russia-relations?lang=uk").asString()).contains("<a href=\"/login\">Увійти</a>");
    }

    @Test
    void theEmbedHasNoSignIn() {
        assertThat(given().when().get("/embed/timelines/us-russia-relations").asString()).doesNotContain("/login")
                .doesNotContain("/editor");
    }

    @Test
    void aSignedInEditorFindsTheEditorAndSignOutInstead() {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        for (String path : PUBLIC_PAGES) {
            Response page = editor.get(path);
            assertThat(page.asString()).as(path).contains(EDITOR).doesNotContain(SIGN_IN);
            assertThat(page.getHeader("Cache-Control")).as(path).isIn("private", "no-store");
        }
        assertThat(given().when().get("/").getHeader("Cache-Control")).as("a reader's page").isNull();

        Response signOut = editor.get("/editor/logout");
        assertThat(signOut.statusCode()).isEqualTo(200);
        Response signedOut = editor.post(signOut, "/editor/logout");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("timeline-session=") && c.contains("Max-Age=0"));
    }
}
