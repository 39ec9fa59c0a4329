package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import news.timeline.core.timeline.ReaderView;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline's default view, the editor's choice: a timeline whose readers get story mode first answers its
 * address with story mode's first slide, complete without JavaScript, and keeps its list one link away
 * ({@code ?mode=list}); links made on the list (filters, pages, {@code ?at=}) still open the list.
 */
@QuarkusTest
class DefaultViewResourceTest {

    private static final String SLUG = "story-first-harbour";
    private static final String PAGE = "/timelines/" + SLUG;
    private static final String LIST = PAGE + "?mode=list";
    private static final String SITE = "http://localhost:8080";
    private static final String PICTURE_URL = "https://images.example.org/story-first.jpg";
    private static final String DEMO = "/timelines/us-russia-relations";

    @Inject
    EditorService editor;

    @BeforeEach
    void createAStoryFirstTimeline() {
        PicturedTimeline.create(editor, SLUG, PICTURE_URL);
        choose(ReaderView.STORY);
    }

    @Test
    void theAddressOfAStoryFirstTimelineIsStoryModesFirstSlide() {
        Response response = given().when().get(PAGE);

        response.then().statusCode(200);
        assertThat(response.getHeader("ETag")).startsWith("W/\"");
        assertThat(response.asString())
                .contains("<h1 class=\"tl-story__headline\" id=\"tl-slide\" tabindex=\"-1\">" + PicturedTimeline.FIRST_HEADLINE + "</h1>")
                .contains("<img src=\"" + PICTURE_URL + "\" alt=\"" + PicturedTimeline.ALT + "\" decoding=\"async\">")
                .contains("<blockquote>" + PicturedTimeline.QUOTE + "</blockquote>")
                .contains("<a class=\"tl-story__step\" rel=\"next\" href=\"" + PAGE + "/story/" + PicturedTimeline.LAST + "\">")
                .contains("1 of 2")
                // The page is the timeline's: its address, title and oEmbed link, not the first milestone's.
                .contains("<link rel=\"canonical\" href=\"" + SITE + PAGE + "\">")
                .contains("<title>The harbour · Newsroom timelines</title>")
                .contains("type=\"application/json+oembed\"")
                // The list, one click away, at the milestone shown; the story switch is the current view.
                .contains("<a href=\"" + LIST + "&amp;at=" + PicturedTimeline.FIRST + "#m-" + PicturedTimeline.FIRST + "\">List</a>")
                .contains("aria-current=\"page\">Story</a>")
                .contains("data-list=\"" + LIST + "\"")
                .contains("<script type=\"module\" src=\"/js/story.min.js\"></script>")
                .doesNotContain("class=\"tl-milestones\"", "/js/reader.min.js");
    }

    @Test
    void theListIsOneLinkAwayAndNamesItselfInItsLinksAndForm() {
        String html = given().when().get(LIST).then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("<article class=\"tl-timeline\" data-timeline=\"" + SLUG + "\" data-mode=\"list\">")
                .contains("id=\"m-" + PicturedTimeline.FIRST + "\"", "id=\"m-" + PicturedTimeline.LAST + "\"")
                .contains("<a href=\"" + LIST + "\" aria-current=\"page\">List</a>")
                .contains("<a href=\"" + PAGE + "/story\">Story</a>")
                // The filter form stays on the list when it sends its fields.
                .contains("<input type=\"hidden\" name=\"mode\" value=\"list\">")
                .contains("<link rel=\"canonical\" href=\"" + SITE + LIST + "\">")
                .contains("hreflang=\"de\" href=\"" + SITE + LIST + "&amp;lang=de\"");
    }

    @Test
    void linksMadeOnTheListStillOpenTheList() {
        for (String link : new String[] {PAGE + "?at=" + PicturedTimeline.LAST, PAGE + "?kind=meeting", PAGE + "?q=harbour",
                PAGE + "?offset=0", PAGE + "?from=2020&to=2021", PAGE + "?lanes=kind", PAGE + "?view=2020-01-01_2021-01-01"}) {
            String html = given().when().get(link).then().statusCode(200).extract().asString();
            assertThat(html).as(link).contains("<article class=\"tl-timeline\"").doesNotContain("id=\"tl-slide\"");
        }
        // Filters with mode=story: story mode, filtered, at the timeline's address.
        String story = given().when().get(PAGE + "?mode=story&q=expands").then().statusCode(200).extract().asString();
        assertThat(story).contains(">Harbour expands</h1>", "1 of 1");
        // The language alone changes no view.
        assertThat(given().when().get(PAGE + "?lang=de").then().statusCode(200).extract().asString()).contains("id=\"tl-slide\"");
    }

    @Test
    void theSlidesListLinksNameTheListAndTheListTimelinesAreUnchanged() {
        String slide = given().when().get(PAGE + "/story/" + PicturedTimeline.LAST).then().statusCode(200).extract().asString();
        assertThat(slide).contains("<a href=\"" + LIST + "&amp;at=" + PicturedTimeline.LAST + "#m-" + PicturedTimeline.LAST + "\">List</a>");

        // The demo timeline keeps the list as its address, without mode=list anywhere.
        String demo = given().when().get(DEMO).then().statusCode(200).extract().asString();
        assertThat(demo).contains("<article class=\"tl-timeline\" data-timeline=\"us-russia-relations\">")
                .contains("<link rel=\"canonical\" href=\"" + SITE + DEMO + "\">")
                .doesNotContain("mode=list", "name=\"mode\"");
        String demoSlide = given().when().get(DEMO + "/story").then().statusCode(200).extract().asString();
        assertThat(demoSlide).contains("<a href=\"" + DEMO + "?at=crimea-annexation#m-crimea-annexation\">List</a>")
                .contains("data-list=\"" + DEMO + "\"");
        // A list timeline's address shows story mode when a link asks for it.
        assertThat(given().when().get(DEMO + "?mode=story").then().statusCode(200).extract().asString())
                .contains(">Russia annexes Crimea</h1>");
    }

    @Test
    void changingTheDefaultChangesThePageAndItsETag() {
        Response story = given().when().get(PAGE);
        String etag = story.getHeader("ETag");
        given().header("If-None-Match", etag).when().get(PAGE).then().statusCode(304);

        choose(ReaderView.LIST);
        try {
            Response list = given().header("If-None-Match", etag).when().get(PAGE);
            list.then().statusCode(200);
            assertThat(list.getHeader("ETag")).isNotEqualTo(etag);
            assertThat(list.asString()).contains("<article class=\"tl-timeline\"").doesNotContain("id=\"tl-slide\"", "mode=list");
        } finally {
            choose(ReaderView.STORY);
        }
    }

    /** Sets the timeline's default view as the editor API does. */
    private void choose(ReaderView view) {
        EditorService.EditableTimeline stored = editor.timeline(SLUG).orElseThrow();
        if (stored.timeline().defaultView() == view) {
            return;
        }
        editor.updateTimeline(SLUG, new ApiModel.TimelineChange(stored.timeline().title(), stored.timeline().description(),
                stored.timeline().state().slug(), null, stored.version(), view.slug()));
    }
}
