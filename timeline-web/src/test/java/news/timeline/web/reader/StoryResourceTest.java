package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.timeline.web.editor.EditorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Story mode as a browser without JavaScript gets it: every slide a complete page, linked to its neighbours. */
@QuarkusTest
class StoryResourceTest {

    private static final String DEMO = "/timelines/us-russia-relations";
    private static final String STORY = DEMO + "/story";
    private static final String PICTURED = "story-pictured";
    private static final String PICTURED_STORY = "/timelines/" + PICTURED + "/story";
    private static final String PICTURE_URL = "https://images.example.org/harbour.jpg";

    @Inject
    EditorService editor;

    @BeforeEach
    void createPicturedTimeline() {
        PicturedTimeline.create(editor, PICTURED, PICTURE_URL);
    }

    @Test
    void theFirstSlideIsTheEarliestMilestoneWithOnlyANextLink() {
        String html = given().when().get(STORY).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(html)
                .contains("<h1 class=\"tl-story__headline\" id=\"tl-slide\" tabindex=\"-1\">Russia annexes Crimea</h1>")
                .contains("<time datetime=\"2014\">2014</time>")
                .contains("<a class=\"tl-story__step\" rel=\"next\" href=\"" + STORY + "/geneva-summit\">")
                .doesNotContain("rel=\"prev\"")
                .contains("1 of 10")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + STORY + "/crimea-annexation\">")
                .contains("<title>Russia annexes Crimea · US–Russia relations · Newsroom timelines</title>")
                .contains("\"@type\":\"Event\"")
                .contains("<a href=\"" + STORY + "/crimea-annexation\" aria-current=\"page\"")
                // One click back to the list, at this milestone.
                .contains("<a href=\"" + DEMO + "?at=crimea-annexation#m-crimea-annexation\">List</a>")
                .contains("<a href=\"" + STORY + "\" aria-current=\"page\">Story</a>");
    }

    @Test
    void aMiddleSlideLinksToBothNeighboursAndTheAxisMarksItAsCurrent() {
        String html = given().when().get(STORY + "/geneva-summit").then().statusCode(200).extract().asString();

        assertThat(html)
                .contains(">Biden and Putin meet in Geneva</h1>")
                .contains("rel=\"prev\" href=\"" + STORY + "/crimea-annexation\"")
                .contains("rel=\"next\" href=\"" + STORY + "/full-scale-invasion\"")
                .contains("2 of 10")
                .contains("<a href=\"" + STORY + "/geneva-summit\" aria-current=\"page\"")
                .contains("<a href=\"" + STORY + "/saudi-summit\" title=\"Trump and Putin agree to meet in Saudi Arabia\">")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + STORY + "/geneva-summit\">");
        assertThat(html.split("aria-current=\"page\"", -1)).as("the slide and the Story switch, nothing else").hasSize(3);
    }

    @Test
    void theLastSlideHasNoNextLink() {
        String html = given().when().get(STORY + "/saudi-summit").then().statusCode(200).extract().asString();

        assertThat(html).contains(">Trump and Putin agree to meet in Saudi Arabia</h1>")
                .contains("Planned, date not set")
                .contains("10 of 10")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aSlideIsCompleteWithoutJavaScript() {
        String html = given().when().get(PICTURED_STORY + "/" + PicturedTimeline.FIRST).then().statusCode(200).extract().asString();

        assertThat(html)
                .contains(">" + PicturedTimeline.FIRST_HEADLINE + "</h1>")
                .contains("<time datetime=\"2020-03-02\">2 March 2020</time>")
                .contains("<img src=\"" + PICTURE_URL + "\" alt=\"" + PicturedTimeline.ALT + "\" decoding=\"async\">")
                .contains("<span class=\"tl-credit\">" + PicturedTimeline.CREDIT + "</span>")
                .contains("Ships return to the port")
                .contains("<blockquote>" + PicturedTimeline.QUOTE + "</blockquote>")
                .contains("<a href=\"" + PicturedTimeline.SOURCE_URL + "\" rel=\"noopener\">" + PicturedTimeline.SOURCE_TITLE + "</a>")
                .contains("<meta property=\"og:image\" content=\"" + PICTURE_URL + "\">")
                .contains("<a href=\"/timelines/" + PICTURED + "/milestones/" + PicturedTimeline.FIRST + "\">Permalink</a>");
    }

    @Test
    void draftAndDeletedMilestonesAreNoSlides() {
        String first = given().when().get(PICTURED_STORY).then().statusCode(200).extract().asString();
        assertThat(first).contains(">" + PicturedTimeline.FIRST_HEADLINE + "</h1>", "1 of 2")
                .contains("rel=\"next\" href=\"" + PICTURED_STORY + "/" + PicturedTimeline.LAST + "\"")
                .doesNotContain("Harbour tender drafted", "Harbour closure rumoured");
        String last = given().when().get(PICTURED_STORY + "/" + PicturedTimeline.LAST).then().statusCode(200).extract().asString();
        assertThat(last).contains("rel=\"prev\" href=\"" + PICTURED_STORY + "/" + PicturedTimeline.FIRST + "\"", "2 of 2")
                .doesNotContain("rel=\"next\"", "Harbour tender drafted", "Harbour closure rumoured");

        for (String hidden : new String[] {PicturedTimeline.DRAFT, PicturedTimeline.DELETED}) {
            assertThat(given().when().get(PICTURED_STORY + "/" + hidden).then().extract().statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void anUnknownSlideOrTimelineIsTheSitesNotFoundPage() {
        given().when().get(STORY + "/nothing").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("The timeline &#39;US–Russia relations&#39; has no milestone called &#39;nothing&#39;."));
        given().when().get("/timelines/no-such-story/story").then().statusCode(404)
                .body(containsString("There is no timeline called &#39;no-such-story&#39;."));
        given().when().get("/timelines/no-such-story/story/crimea-annexation").then().statusCode(404);
    }

    @Test
    void theReadersFiltersCarryOverBetweenTheListAndTheSlides() {
        String list = given().queryParam("kind", "phone-call").when().get(DEMO).then().statusCode(200).extract().asString();
        assertThat(list).contains("<a href=\"" + STORY + "?kind=phone-call\">Story</a>")
                .contains("<a href=\"" + DEMO + "?kind=phone-call\" aria-current=\"page\">List</a>");

        String first = given().queryParam("kind", "phone-call").when().get(STORY).then().statusCode(200).extract().asString();
        assertThat(first).contains(">Trump and Putin hold 90-minute phone call</h1>", "1 of 2")
                .contains("rel=\"next\" href=\"" + STORY + "/trump-zelensky-call?kind=phone-call\"")
                .contains("<a href=\"" + DEMO + "?kind=phone-call&amp;at=trump-putin-call#m-trump-putin-call\">List</a>");

        // A slide the filters leave out is shown among all milestones rather than not found.
        String outside = given().queryParam("kind", "phone-call").when().get(STORY + "/geneva-summit")
                .then().statusCode(200).extract().asString();
        assertThat(outside).contains(">Biden and Putin meet in Geneva</h1>", "2 of 10")
                .contains("rel=\"next\" href=\"" + STORY + "/full-scale-invasion\"");

        String none = given().queryParam("q", "no such words").when().get(STORY).then().statusCode(200).extract().asString();
        assertThat(none).contains("<h1>US–Russia relations</h1>", "No milestone matches these filters.")
                .doesNotContain("class=\"tl-story__steps\"");
    }

    @Test
    void theTimelinePageLinksToStoryModeAndSlidesSpeakTheReadersLanguage() {
        given().when().get(DEMO).then().statusCode(200)
                .body(containsString("<a href=\"" + STORY + "\">Story</a>"));
        given().header("Accept-Language", "de").when().get(STORY).then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString(">Geschichte</a>"))
                .body(containsString("1 von 10"))
                .body(containsString("Nächster Meilenstein"));
        given().queryParam("lang", "uk").when().get(STORY).then().statusCode(200)
                .body(containsString(">Історія</a>"))
                .body(containsString("1 з 10"));
    }
}
