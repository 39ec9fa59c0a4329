package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers see published milestones of timelines that are not drafts, and nothing else: not through the
 * pages that gather milestones across timelines, nor through the names of the actors and places that
 * unpublished work mentions.
 */
@QuarkusTest
class DraftVisibilityResourceTest {

    private static final String DRAFT_TIMELINE = "visibility-draft";
    private static final String OPEN_TIMELINE = "visibility-open";
    /** Named only in a draft timeline's milestone. */
    private static final String DRAFT_ACTOR = "Envoy Zarkova";
    private static final String DRAFT_PLACE = "Quietwater Bay";
    /** Named only in an unpublished milestone of a published timeline. */
    private static final String UNPUBLISHED_ACTOR = "Minister Halloran";
    /** Named only in a deleted milestone of a published timeline. */
    private static final String DELETED_ACTOR = "Colonel Vantrees";
    private static final String DELETED_PLACE = "Ostermark Pass";
    /** Named in a published milestone, so readers may find it. */
    private static final String PUBLIC_ACTOR = "Mayor Openshaw";

    @Inject
    EditorService editor;

    @BeforeEach
    void createUnpublishedWork() {
        if (editor.timeline(DRAFT_TIMELINE).isPresent()) {
            return;
        }
        editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("Visibility draft", DRAFT_TIMELINE, null, "DRAFT"));
        editor.saveMilestone(DRAFT_TIMELINE, null, milestone("Secret talks begin", DRAFT_ACTOR, DRAFT_PLACE, true));

        editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("Visibility open", OPEN_TIMELINE, null, "PUBLISHED"));
        editor.saveMilestone(OPEN_TIMELINE, null, milestone("Council votes", PUBLIC_ACTOR, "", true));
        editor.saveMilestone(OPEN_TIMELINE, null, milestone("Unannounced visit", UNPUBLISHED_ACTOR, "", false));
        String deleted = editor.saveMilestone(OPEN_TIMELINE, null, milestone("Withdrawn claim", DELETED_ACTOR, DELETED_PLACE, true)).slug();
        editor.delete(OPEN_TIMELINE, deleted);
    }

    @Test
    void actorsAndPlacesOfUnpublishedWorkHaveNoPage() {
        for (String hidden : new String[] {"/actors/envoy-zarkova", "/places/quietwater-bay", "/actors/minister-halloran",
                "/actors/colonel-vantrees", "/places/ostermark-pass"}) {
            String page = given().when().get(hidden).then().statusCode(404).extract().asString();
            assertThat(page).as(hidden).doesNotContain(DRAFT_ACTOR, DRAFT_PLACE, UNPUBLISHED_ACTOR, DELETED_ACTOR, DELETED_PLACE);
        }
        given().when().get("/actors/mayor-openshaw").then().statusCode(200);
    }

    @Test
    void theSitemapListsOnlyWhatReadersCanOpen() {
        String sitemap = news.timeline.web.reader.SitemapResourceTest.everyAddress();
        assertThat(sitemap).contains("/actors/mayor-openshaw", "/timelines/" + OPEN_TIMELINE + "/milestones/council-votes")
                .doesNotContain("envoy-zarkova", "quietwater-bay", "minister-halloran", "colonel-vantrees", "ostermark-pass",
                        DRAFT_TIMELINE, "unannounced-visit", "withdrawn-claim");
    }

    /** Every public surface of one timeline: pages, widget, API, exports, feed, oEmbed. */
    private static final java.util.List<String> SURFACES = java.util.List.of("/timelines/%s", "/embed/timelines/%s",
            "/api/timelines/%s", "/api/timelines/%s/milestones", "/timelines/%s/calendar.ics", "/timelines/%s/feed.atom",
            "/timelines/%s/milestones.csv", "/timelines/%s/story", "/timelines/%s/timelinejs.json", "/timelines/%s/timelinejs.csv",
            "/oembed?url=http://localhost:8080/timelines/%s");

    @Test
    void aDraftTimelineIsOnNoPublicSurface() {
        for (String surface : SURFACES) {
            String path = surface.formatted(DRAFT_TIMELINE);
            io.restassured.response.Response response = given().when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.asString()).as(path).doesNotContain("Secret talks begin", DRAFT_ACTOR);
        }
        assertThat(given().when().get("/timelines/" + DRAFT_TIMELINE + "/milestones/secret-talks-begin").statusCode()).isEqualTo(404);
        assertThat(given().when().get("/timelines/" + DRAFT_TIMELINE + "/story/secret-talks-begin").statusCode()).isEqualTo(404);
        assertThat(given().when().get("/api/timelines").asString()).doesNotContain(DRAFT_TIMELINE);
        assertThat(given().when().get("/").asString()).doesNotContain("Visibility draft");
        assertThat(given().when().get("/?q=secret+talks").asString()).doesNotContain("Secret talks begin");
    }

    @Test
    void unpublishedAndDeletedMilestonesAreOnNoPublicSurface() {
        for (String surface : SURFACES) {
            String path = surface.formatted(OPEN_TIMELINE);
            io.restassured.response.Response response = given().when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.asString()).as(path).doesNotContain("Unannounced visit", "Withdrawn claim", UNPUBLISHED_ACTOR,
                    DELETED_ACTOR, DELETED_PLACE);
        }
        assertThat(given().when().get("/timelines/" + OPEN_TIMELINE).asString()).contains("Council votes");
        for (String hidden : new String[] {"unannounced-visit", "withdrawn-claim"}) {
            assertThat(given().when().get("/timelines/" + OPEN_TIMELINE + "/milestones/" + hidden).statusCode()).as(hidden).isEqualTo(404);
            assertThat(given().when().get("/api/timelines/" + OPEN_TIMELINE + "/milestones/" + hidden).statusCode()).as(hidden).isEqualTo(404);
            assertThat(given().when().get("/timelines/" + OPEN_TIMELINE + "/story/" + hidden).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(given().when().get("/?q=withdrawn").asString()).doesNotContain("Withdrawn claim");
    }

    private static MilestoneForm milestone(String headline, String actor, String place, boolean published) {
        MilestoneForm form = MilestoneForm.blank();
        form.headline = headline;
        form.date = "2024-05-01";
        form.actors = actor;
        form.actorType = "person";
        form.places = place;
        form.published = published ? "on" : null;
        return form;
    }
}
