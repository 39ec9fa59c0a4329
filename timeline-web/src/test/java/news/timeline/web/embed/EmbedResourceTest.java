package news.timeline.web.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.Test;

/** The embed widget, its framing policy and the oEmbed provider. */
@QuarkusTest
class EmbedResourceTest {

    private static final String SLUG = "us-russia-relations";
    private static final String EMBED = "/embed/timelines/" + SLUG;
    private static final String PICTURE = "https://images.example.org/leaders.jpg";
    private static final String PAGE_URL = "http://localhost:8080/timelines/" + SLUG;

    @Inject
    TimelineStore store;

    @Test
    void embedShowsTheTimelineWithoutChromeCookiesOrOtherHosts() {
        Response response = given().when().get(EMBED);

        response.then().statusCode(200)
                .header("Content-Security-Policy", endsWith("; frame-ancestors *"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("X-Frame-Options", nullValue())
                .header("Set-Cookie", nullValue());
        String html = response.asString();
        assertThat(html)
                .contains("<body class=\"tl-embed\">")
                .contains("id=\"m-trump-putin-call\"")
                .contains("<script src=\"/embed/child.v1.js\" defer></script>")
                .contains("class=\"tl-embed__frame tl-embed__frame--fixed\"", "data-height=\"600\"")
                .contains("id=\"tl-axis\"", "<script type=\"module\" src=\"/js/reader.min.js\"></script>")
                .doesNotContain("tl-header", "tl-skip", "https://", "<img");
    }

    @Test
    void embedOptionsFilterAndStyleTheWidget() {
        String html = given().queryParam("kind", "phone-call").queryParam("theme", "dark").queryParam("m", "trump-zelensky-call")
                .queryParam("height", "480").queryParam("axis", "off").queryParam("lang", "de")
                .when().get(EMBED).then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("<html lang=\"de\" data-theme=\"dark\">")
                .contains("data-height=\"480\"")
                .doesNotContain("style=")
                .contains("data-start=\"trump-zelensky-call\"")
                .doesNotContain("id=\"tl-axis\"", "reader.min.js")
                .contains("id=\"m-trump-putin-call\"", "id=\"m-trump-zelensky-call\"")
                .doesNotContain("id=\"m-geneva-summit\"");
        String tagged = given().queryParam("tag", "summit").when().get(EMBED).then().extract().asString();
        assertThat(tagged).contains("id=\"m-geneva-summit\"", "id=\"m-saudi-summit\"").doesNotContain("id=\"m-brent-falls\"");
    }

    @Test
    void theWidgetIsAFixedHeightUnlessAutoIsAskedFor() {
        assertThat(given().queryParam("height", "auto").when().get(EMBED).then().statusCode(200).extract().asString())
                .contains("class=\"tl-embed__frame\" ", "data-height=\"auto\"")
                .doesNotContain("tl-embed__frame--fixed");
        assertThat(given().queryParam("height", "9000").when().get(EMBED).then().extract().asString())
                .contains("tl-embed__frame--fixed", "data-height=\"" + EmbedOptions.MAX_HEIGHT + "\"");
        for (String unreadable : List.of("0", "-5", "tall", "")) {
            assertThat(given().queryParam("height", unreadable).when().get(EMBED).then().extract().asString())
                    .as("height=%s", unreadable).contains("tl-embed__frame--fixed", "data-height=\"600\"");
        }
    }

    @Test
    void theWidgetShowsAMilestonesPictureLazilyWithItsCaptionAndCredit() {
        String pictured = "embed-pictured-timeline";
        if (store.find(pictured).isEmpty()) {
            store.save(new Timeline(pictured, "Pictured widget", null, List.of(), List.of(
                    Milestone.builder("Leaders meet").slug("leaders-meet").date(HistoricalDate.ofDay(2025, 2, 12))
                            .media(List.of(new Media(PICTURE, "Photo: Agency", "The leaders at the table"),
                                    new Media("https://images.example.org/second.jpg", null, null)))
                            .build(),
                    Milestone.builder("Talks end").slug("talks-end").date(HistoricalDate.ofDay(2025, 2, 13)).build())));
        }

        Response response = given().when().get("/embed/timelines/" + pictured);

        response.then().statusCode(200).header("Content-Security-Policy", containsString("img-src 'self' https: http: data:;"));
        assertThat(response.asString())
                .contains("<img src=\"" + PICTURE + "\" alt=\"The leaders at the table\" loading=\"lazy\" decoding=\"async\">")
                .contains("<figcaption>The leaders at the table <span class=\"tl-credit\">Photo: Agency</span></figcaption>")
                // One picture a milestone keeps the list compact.
                .doesNotContain("second.jpg");
    }

    @Test
    void aBigTimelinesWidgetShowsAPageOfCardsAndStartsAtThePageOfItsMilestone() {
        String big = "embed-big-timeline";
        if (store.find(big).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < 3 * ReaderQueries.PAGE; i++) {
                milestones.add(Milestone.builder("Widget event " + i).slug("widget-event-" + i)
                        .date(HistoricalDate.ofMonth(1901 + i / 12, i % 12 + 1)).build());
            }
            store.save(new Timeline(big, "Big widget", null, List.of(), milestones));
        }
        String embed = "/embed/timelines/" + big;

        String first = given().queryParam("theme", "dark").when().get(embed).then().statusCode(200).extract().asString();
        assertThat(first.split("<article id=\"m-", -1)).hasSize(ReaderQueries.PAGE + 1);
        assertThat(first).contains("<a rel=\"next\" href=\"" + embed + "?offset=" + ReaderQueries.PAGE
                        + "&amp;after=widget-event-" + (ReaderQueries.PAGE - 1) + "&amp;theme=dark\">")
                .doesNotContain("rel=\"prev\"");

        // Starting at a milestone of the third page shows that page; the pager keeps the options but the start.
        int late = 2 * ReaderQueries.PAGE + 7;
        String start = given().queryParam("m", "widget-event-" + late).queryParam("lang", "de").when().get(embed)
                .then().statusCode(200).extract().asString();
        assertThat(start).contains("id=\"m-widget-event-" + late + "\"", "data-start=\"widget-event-" + late + "\"")
                .doesNotContain("id=\"m-widget-event-0\"")
                .contains("<a rel=\"prev\" href=\"" + embed + "?offset=" + ReaderQueries.PAGE + "&amp;before=widget-event-"
                        + 2 * ReaderQueries.PAGE + "&amp;lang=de\">")
                .doesNotContain("rel=\"next\"");
        // The pager's links read their page from the key they carry, and keep the widget's options but where it starts.
        String second = given().queryParam("offset", ReaderQueries.PAGE).queryParam("after", "widget-event-" + (ReaderQueries.PAGE - 1))
                .queryParam("theme", "dark").when().get(embed).then().statusCode(200).extract().asString();
        assertThat(second).contains("id=\"m-widget-event-" + ReaderQueries.PAGE + "\"", "id=\"m-widget-event-" + (2 * ReaderQueries.PAGE - 1) + "\"")
                .doesNotContain("id=\"m-widget-event-" + (ReaderQueries.PAGE - 1) + "\"")
                .contains("<a rel=\"next\" href=\"" + embed + "?offset=" + 2 * ReaderQueries.PAGE + "&amp;after=widget-event-"
                        + (2 * ReaderQueries.PAGE - 1) + "&amp;theme=dark\">");
    }

    @Test
    void badOptionsAreIgnoredNotFatal() {
        given().queryParam("height", "tall").queryParam("theme", "<script>").queryParam("from", "20x1")
                .queryParam("kind", "nonsense").queryParam("childId", "\"><script>")
                .when().get(EMBED).then().statusCode(200)
                .body(containsString("data-theme=\"light\""))
                .body(containsString("Showing 10 of 10 milestones."));
    }

    @Test
    void otherPagesMayOnlyBeFramedByThisSite() {
        given().when().get("/timelines/" + SLUG).then()
                .header("Content-Security-Policy", endsWith("; frame-ancestors 'self'"))
                .header("X-Frame-Options", equalTo("SAMEORIGIN"));
        given().when().get("/").then().header("Content-Security-Policy", endsWith("; frame-ancestors 'self'"));
    }

    @Test
    void timelinePageAdvertisesOEmbed() {
        given().when().get("/timelines/" + SLUG).then()
                .body(containsString("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"/oembed?format=json&amp;url=http%3A%2F%2Flocalhost%3A8080%2Ftimelines%2F" + SLUG + "\""));
    }

    @Test
    void oembedDescribesTheWidgetFieldByField() {
        given().queryParam("url", PAGE_URL).queryParam("maxwidth", 500).queryParam("maxheight", 900).queryParam("format", "json")
                .when().get("/oembed")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("version", equalTo("1.0"))
                .body("type", equalTo("rich"))
                .body("title", equalTo("US–Russia relations"))
                .body("provider_name", equalTo("Newsroom timelines"))
                .body("provider_url", equalTo("http://localhost:8080/"))
                .body("cache_age", equalTo(3600))
                .body("width", equalTo(500))
                .body("height", equalTo(600))
                .body("html", equalTo("<iframe src=\"http://localhost:8080" + EMBED + "\" width=\"500\" height=\"600\" "
                        + "title=\"US–Russia relations\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>"));
    }

    @Test
    void oembedRefusesUnknownUrlsAndFormats() {
        given().queryParam("url", "http://localhost:8080/timelines/nothing").when().get("/oembed").then().statusCode(404)
                .body("error", containsString("No timeline is published at"));
        given().queryParam("url", "https://elsewhere.example/timelines/" + SLUG).when().get("/oembed").then().statusCode(404);
        given().queryParam("url", PAGE_URL).queryParam("format", "xml").when().get("/oembed").then().statusCode(501)
                .body("error", containsString("format=json"));
        given().when().get("/oembed").then().statusCode(404);
    }

    @Test
    void loaderAndChildScriptsAreServed() {
        given().when().get("/embed/v1.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("div[data-timeline]"));
        given().when().get("/embed/child.v1.js").then().statusCode(200)
                .body(containsString("xPYMxheightxPYMx"));
    }

    /** A timeline whose readers get story mode first, its first milestone pictured with two sizes, quoted and sourced. */
    private static final String STORY_SLUG = "widget-story-first";
    private static final String STORY_EMBED = "/embed/timelines/" + STORY_SLUG;

    private void createStoryFirstTimeline() {
        if (store.find(STORY_SLUG).isPresent()) {
            return;
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            milestones.add(Milestone.builder("Harbour talks, round " + i).slug("round-" + i)
                    .date(HistoricalDate.ofMonth(2021, i))
                    .sources(List.of(news.timeline.core.milestone.Source.of("Round " + i + " of the talks", "The Coast Courier",
                            "https://news.example.org/round-" + i, java.time.LocalDate.of(2021, i, 15), "We are closer, the mayor said " + i + ".")))
                    .media(List.of(new Media(news.timeline.core.milestone.MediaKind.IMAGE, PICTURE, "Two delegations at a long table " + i,
                            "Round " + i + " at the town hall", "Photo: Agency", 640, 360,
                            List.of(new news.timeline.core.milestone.Rendition("https://images.example.org/leaders-1280.jpg", 1280)))))
                    .build());
        }
        store.save(new Timeline(STORY_SLUG, "Harbour talks", null, null, null, news.timeline.core.timeline.ReaderView.STORY,
                null, null, List.of(), milestones));
    }

    @Test
    void aStoryFirstTimelinesWidgetShowsItsFirstSlideInAFixedFrame() {
        createStoryFirstTimeline();
        Response response = given().when().get(STORY_EMBED);

        response.then().statusCode(200)
                .header("Content-Security-Policy", endsWith("; frame-ancestors *"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Set-Cookie", nullValue());
        assertThat(response.asString())
                .contains("class=\"tl-embed__frame tl-embed__frame--story tl-embed__frame--fixed\"", "data-height=\"600\"")
                .contains("<article class=\"tl-story tl-story--embed\" data-embed")
                .contains(">Harbour talks, round 1</a></h1>")
                .contains("<img src=\"" + PICTURE + "\" alt=\"Two delegations at a long table 1\" width=\"640\" height=\"360\" "
                        + "srcset=\"" + PICTURE + " 640w, https://images.example.org/leaders-1280.jpg 1280w\" sizes=\"(min-width: 40rem) 50vw, 100vw\"")
                .contains("loading=\"lazy\"")
                .contains("<blockquote>We are closer, the mayor said 1.</blockquote>")
                .contains("<a href=\"https://news.example.org/round-1\" target=\"_blank\" rel=\"noopener\">Round 1 of the talks</a>, The Coast Courier")
                .contains("<a class=\"tl-story__step\" rel=\"next\" href=\"" + STORY_EMBED + "?m=round-2\">")
                .doesNotContain("rel=\"prev\"")
                .contains("1 of 3")
                // The list inside the frame, one link away, at the milestone shown.
                .contains("<a href=\"" + STORY_EMBED + "?mode=list&amp;m=round-1\">List</a>")
                .contains("<script type=\"module\" src=\"/js/story.min.js\"></script>")
                .doesNotContain("tl-milestones", "/js/reader.min.js");
    }

    @Test
    void aStoryWidgetKeepsThePublishersOptionsFromSlideToSlide() {
        createStoryFirstTimeline();
        String html = given().queryParam("m", "round-2").queryParam("height", "420").queryParam("theme", "dark")
                .queryParam("childId", "tl-embed2-1").when().get(STORY_EMBED).then().statusCode(200).extract().asString();

        assertThat(html).contains(">Harbour talks, round 2</a></h1>", "2 of 3", "data-height=\"420\"", "data-theme=\"dark\"");
        for (String[] step : new String[][] {{"prev", "round-1"}, {"next", "round-3"}}) {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("rel=\"" + step[0] + "\" href=\"([^\"]+)\"").matcher(html);
            assertThat(link.find()).as(step[0]).isTrue();
            assertThat(link.group(1)).startsWith(STORY_EMBED + "?m=" + step[1] + "&amp;")
                    .contains("height=420", "theme=dark", "childId=tl-embed2-1").doesNotContain("mode=");
        }
    }

    @Test
    void thePublisherChoosesTheWidgetsModeOverTheTimelinesDefault() {
        createStoryFirstTimeline();
        String list = given().queryParam("mode", "list").when().get(STORY_EMBED).then().statusCode(200).extract().asString();
        assertThat(list).contains("class=\"tl-milestones tl-milestones--compact\"", "id=\"m-round-3\"")
                .contains("<a href=\"" + STORY_EMBED + "?mode=story\">Story</a>")
                .doesNotContain("id=\"tl-slide\"");

        // The demo timeline is a list by default, and a story when the publisher asks; auto height follows the slide.
        assertThat(given().when().get(EMBED).then().extract().asString()).contains("tl-milestones--compact").doesNotContain("tl-slide");
        String story = given().queryParam("mode", "story").queryParam("height", "auto").when().get(EMBED)
                .then().statusCode(200).extract().asString();
        assertThat(story).contains(">Russia annexes Crimea</a></h1>", "1 of 10", "data-height=\"auto\"")
                .contains("rel=\"next\" href=\"" + EMBED + "?m=geneva-summit&amp;mode=story&amp;height=auto\"")
                .doesNotContain("tl-embed__frame--fixed");
    }

    @Test
    void unknownTimelineEmbedIsNotFound() {
        given().when().get("/embed/timelines/nothing").then().statusCode(404);
    }
}
