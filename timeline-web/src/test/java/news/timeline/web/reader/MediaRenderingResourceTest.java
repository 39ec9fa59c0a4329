package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaKind;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Rendition;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of media on the reader's pages, in story mode and in the embed: images lazy with their sizes,
 * players framed only from the allowed hosts that the Content-Security-Policy names, and a link with the
 * caption and credit for every item that is not an image, framed or not.
 */
@QuarkusTest
class MediaRenderingResourceTest {

    static final String SLUG = "media-kinds";
    static final String MILESTONE = "summit-in-geneva";
    static final String IMAGE = "https://img.example.org/geneva-1600.jpg";
    static final String ALT = "Two leaders shake hands in front of a lakeside villa";
    static final String VIDEO = "https://vimeo.com/76979871";
    static final String POST = "https://x.com/newsdesk/status/1404000000000000000";
    static final String DOCUMENT = "https://docs.example.org/joint-statement.pdf";
    static final String ELSEWHERE = "https://players.example.net/embed/42";

    @Inject
    TimelineStore store;

    @BeforeEach
    void createTheTimeline() {
        if (store.find(SLUG).isEmpty()) {
            store.save(new Timeline(SLUG, "Media of every kind", null, List.of(), List.of(
                    Milestone.builder("Summit in Geneva").slug(MILESTONE).date(HistoricalDate.ofDay(2021, 6, 16))
                            .media(media()).build())));
        }
    }

    static List<Media> media() {
        return List.of(
                new Media(MediaKind.IMAGE, IMAGE, ALT, "The villa, at noon", "Photo: Agency", 1600, 900,
                        Rendition.parse("https://img.example.org/geneva-640.jpg 640w, https://img.example.org/geneva-1024.jpg 1024w")),
                new Media(MediaKind.VIDEO, VIDEO, null, "The press conference", "Video: Newsroom", null, null, null),
                new Media(MediaKind.SOCIAL, POST, null, "The newsroom's live post", "@newsdesk", null, null, null),
                new Media(MediaKind.DOCUMENT, DOCUMENT, null, "The joint statement", null, null, null, null),
                new Media(MediaKind.VIDEO, ELSEWHERE, null, "A player on a host nobody allowed", null, null, null, null));
    }

    @Test
    void theTimelinesCardsShowEachKindAndFrameOnlyAllowedPlayers() {
        Response response = given().when().get("/timelines/" + SLUG);

        response.then().statusCode(200);
        assertThat(response.header("Content-Security-Policy"))
                .contains("frame-src https://player.vimeo.com https://w.soundcloud.com https://www.openstreetmap.org "
                        + "https://www.youtube-nocookie.com;")
                .contains("media-src 'self'");
        assertThat(response.asString())
                .contains("<img src=\"" + IMAGE + "\" alt=\"" + ALT + "\" width=\"1600\" height=\"900\" srcset=\"" + IMAGE
                        + " 1600w, https://img.example.org/geneva-640.jpg 640w, https://img.example.org/geneva-1024.jpg 1024w\" "
                        + "sizes=\"(min-width: 60rem) 40rem, 100vw\" loading=\"lazy\" decoding=\"async\">")
                .contains("<iframe src=\"https://player.vimeo.com/video/76979871\" title=\"The press conference\" loading=\"lazy\"")
                .contains("<a class=\"tl-media__link\" href=\"" + VIDEO + "\" rel=\"noopener\">Watch the video</a>")
                .contains("<a class=\"tl-media__link\" href=\"" + POST + "\" rel=\"noopener\">Read the post</a> "
                        + "<span class=\"tl-credit\">(x.com)</span> The newsroom&#39;s live post <span class=\"tl-credit\">@newsdesk</span>")
                .contains("<a class=\"tl-media__link\" href=\"" + DOCUMENT + "\" rel=\"noopener\">Open the document</a>")
                .contains("<a class=\"tl-media__link\" href=\"" + ELSEWHERE + "\" rel=\"noopener\">Watch the video</a>")
                .doesNotContain("<iframe src=\"" + ELSEWHERE).doesNotContain("<iframe src=\"https://x.com");
    }

    @Test
    void theMilestonesPageLoadsItsFirstPictureAtOnceAndTheRestLazily() {
        String page = given().when().get("/timelines/" + SLUG + "/milestones/" + MILESTONE).then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("sizes=\"(min-width: 60rem) 50rem, 100vw\" decoding=\"async\">")
                .contains("<iframe src=\"https://player.vimeo.com/video/76979871\"");
    }

    @Test
    void aStorySlideShowsEveryItem() {
        String slide = given().when().get("/timelines/" + SLUG + "/story/" + MILESTONE).then().statusCode(200)
                .extract().asString();

        assertThat(slide).contains("<div class=\"tl-story__media\">").contains("alt=\"" + ALT + "\"")
                .contains("<iframe src=\"https://player.vimeo.com/video/76979871\"").contains("Read the post")
                .contains("Open the document");
    }

    @Test
    void theEmbedShowsTheFirstItemAndMayFrameTheAllowedPlayers() {
        Response response = given().when().get("/embed/timelines/" + SLUG);

        response.then().statusCode(200);
        assertThat(response.header("Content-Security-Policy")).contains("frame-src https://player.vimeo.com")
                .contains("style-src 'self';");
        assertThat(response.asString()).contains("<div class=\"tl-embed__media\"><figure class=\"tl-media tl-media--image\">")
                .contains("alt=\"" + ALT + "\"").doesNotContain(POST);
    }

    @Test
    void theLinksReadTheReadersLanguage() {
        String german = given().queryParam("lang", "de").when().get("/timelines/" + SLUG).then().statusCode(200)
                .extract().asString();

        assertThat(german).contains(">Video ansehen</a>").contains(">Beitrag lesen</a>").contains(">Dokument öffnen</a>");
    }
}
