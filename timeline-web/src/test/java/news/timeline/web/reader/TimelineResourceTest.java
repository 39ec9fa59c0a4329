package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader pages as a browser without JavaScript gets them. */
@QuarkusTest
class TimelineResourceTest {

    private static final String DEMO = "/timelines/us-russia-relations";

    @Test
    void indexListsTheDemoTimeline() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<a href=\"" + DEMO + "\">US–Russia relations</a>"))
                .body(containsString("10 milestones · 2014–2025"));
    }

    @Test
    void timelineShowsMilestonesInDateOrderAtTheirPrecision() {
        String html = given().when().get(DEMO).then().statusCode(200).extract().asString();

        List<String> order = List.of(
                "<article id=\"m-crimea-annexation\"",
                "<time datetime=\"2014\">2014</time>",
                "<article id=\"m-geneva-summit\"",
                "<time datetime=\"2021\">2021</time>",
                "<article id=\"m-full-scale-invasion\"",
                "<time datetime=\"2022\">2022</time>",
                "<article id=\"m-trump-putin-call\"",
                "<time datetime=\"2025-02-12\">12 February 2025</time>",
                "<article id=\"m-saudi-summit\"",
                "Planned, date not set");
        int at = -1;
        for (String part : order) {
            int next = html.indexOf(part, at + 1);
            assertThat(next).as("'%s' after position %d", part, at).isGreaterThan(at);
            at = next;
        }
        assertThat(html)
                .contains("<h3 class=\"tl-milestone__headline\">Trump and Putin hold 90-minute phone call</h3>")
                .contains("<blockquote>The call between Trump and Putin lasted approximately 90 minutes</blockquote>")
                .contains("Biden administration")
                .contains("<html lang=\"en\">");
    }

    @Test
    void unknownTimelineIsAFriendlyNotFoundPage() {
        given().when().get("/timelines/no-such-story")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no timeline called &#39;no-such-story&#39;."))
                .body(containsString("<a href=\"/\">See all timelines</a>"));
    }

    @Test
    void unknownAddressIsAFriendlyNotFoundPage() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .body(containsString("There is no page at this address."));
    }
}
