package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The reader's scripts as the build bundles them: the timeline page's script without the lanes renderer, which
 * has its own file and stylesheet, and none of them with the compiler's polyfills, which cost the page a
 * kilobyte gzipped for browsers that have what they stand in for.
 */
@QuarkusTest
class ReaderScriptsResourceTest {

    private static String script(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theTimelinePagesScriptLeavesLanesToTheirOwnFile() {
        assertThat(script("/js/reader.min.js")).contains("tl-axis__card").doesNotContain("tl-axis__lane-name");
        assertThat(script("/js/lanes.min.js")).contains("tl-axis__lane-name", "tlLanes");
        given().when().get("/css/lanes.css").then().statusCode(200);
    }

    @Test
    void noBundleCarriesThePolyfills() {
        for (String path : new String[] {"/js/reader.min.js", "/js/lanes.min.js", "/js/story.min.js"}) {
            assertThat(script(path)).as(path).doesNotContain("polyfill(");
        }
    }
}
