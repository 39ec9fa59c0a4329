package news.timeline.web.preview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Preview links: what they show and to whom, how they stop working (expiry, withdrawal, any change to the
 * address), and that previews and readers' pages never meet in the readers' cache or on a public surface.
 */
@QuarkusTest
class PreviewResourceTest {

    private static final String DRAFT = "preview-draft";
    private static final String OPEN = "preview-open";
    private static final String DRAFT_HEADLINE = "Secret summit agreed";
    private static final String PUBLIC_HEADLINE = "Council votes on budget";
    private static final String UNPUBLISHED_HEADLINE = "Quiet deal struck";
    private static final String BANNER = "Preview: not published yet";

    @Inject
    EditorService editor;
    @Inject
    PreviewLinks links;
    @Inject
    PreviewQueries queries;

    @Inject
    news.timeline.web.security.LoginThrottle throttle;

    @BeforeEach
    void unpublishedWork() {
        throttle.forgive();
        if (editor.timeline(DRAFT).isPresent()) {
            return;
        }
        editor.createTimeline(new ApiModel.NewTimeline("Preview draft desk", DRAFT, null, "DRAFT"));
        editor.saveMilestone(DRAFT, null, milestone(DRAFT_HEADLINE, "2024-03-01", true));
        editor.createTimeline(new ApiModel.NewTimeline("Preview open desk", OPEN, null, "PUBLISHED"));
        editor.saveMilestone(OPEN, null, milestone(PUBLIC_HEADLINE, "2024-04-01", true));
        editor.saveMilestone(OPEN, null, milestone(UNPUBLISHED_HEADLINE, "2024-05-01", false));
    }

    @Test
    void aLinkShowsADraftTimelineAsReadersWillSeeItMarkedAsAPreview() {
        String token = issue(DRAFT);
        Response start = given().redirects().follow(false).when().get("/preview/" + token);
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.getHeader("Location")).endsWith("/preview/" + token + "/timelines/" + DRAFT);

        Response page = given().when().get("/preview/" + token + "/timelines/" + DRAFT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertPrivate(page);
        String html = page.asString();
        assertThat(html).contains("Preview draft desk", DRAFT_HEADLINE, BANNER, "This timeline is a draft",
                "This preview link works until", "<meta name=\"robots\" content=\"noindex, nofollow\">");
        // Every link to the timeline's own pages stays within the preview: milestones, story mode, filters, pager.
        String within = "/preview/" + token + "/timelines/" + DRAFT;
        assertThat(html).contains("href=\"" + within + "/milestones/secret-summit-agreed\"", "href=\"" + within + "/story\"",
                "action=\"" + within + "\"").doesNotContain("href=\"/timelines/" + DRAFT, "action=\"/timelines/" + DRAFT);

        for (String path : new String[] {"/milestones/secret-summit-agreed", "/story", "/story/secret-summit-agreed", "?kind=other&offset=0"}) {
            Response inner = given().when().get(within + path);
            assertThat(inner.statusCode()).as(path).isEqualTo(200);
            assertPrivate(inner);
            assertThat(inner.asString()).as(path).contains(DRAFT_HEADLINE, BANNER);
        }
        Response missing = given().when().get(within + "/milestones/no-such-milestone");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertPrivate(missing);
        Response embed = given().when().get("/preview/" + token + "/embed/timelines/" + DRAFT);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertPrivate(embed);
        assertThat(embed.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
        assertThat(embed.asString()).contains(DRAFT_HEADLINE, BANNER);
    }

    @Test
    void aLinkToAPublishedTimelineShowsItsDraftMilestonesAndNamesThem() {
        String token = issue(OPEN);
        String html = given().when().get("/preview/" + token + "/timelines/" + OPEN).then().statusCode(200).extract().asString();
        assertThat(html).contains(PUBLIC_HEADLINE, UNPUBLISHED_HEADLINE, "1 milestone is a draft")
                .contains("href=\"/preview/" + token + "/timelines/" + OPEN + "/milestones/quiet-deal-struck\"")
                .doesNotContain("This timeline is a draft");
        assertThat(given().when().get("/preview/" + token + "/timelines/" + OPEN + "/milestones/quiet-deal-struck").statusCode())
                .isEqualTo(200);
        assertThat(given().header("Accept-Language", "de").when().get("/preview/" + token + "/timelines/" + OPEN).asString())
                .contains("Vorschau: noch nicht veröffentlicht", "1 Meilenstein ist ein Entwurf");
    }

    @Test
    void theAxisOfAPreviewLoadsTheDraftsToo() {
        String token = issue(OPEN);
        String page = given().when().get("/preview/" + token + "/timelines/" + OPEN).asString();
        assertThat(page).contains("data-api=\"/preview/" + token + "/api/timelines/" + OPEN + "/milestones\"");
        Response window = given().when().get("/preview/" + token + "/api/timelines/" + OPEN + "/milestones?from=2024&to=2024");
        assertThat(window.statusCode()).isEqualTo(200);
        assertPrivate(window);
        assertThat(window.jsonPath().getList("milestones.headline", String.class)).containsExactly(PUBLIC_HEADLINE, UNPUBLISHED_HEADLINE);
        assertThat(window.jsonPath().getList("milestones.path", String.class))
                .allSatisfy(path -> assertThat(path).startsWith("/preview/" + token + "/timelines/" + OPEN + "/milestones/"));
        assertThat(given().when().get("/api/timelines/" + OPEN + "/milestones?from=2024&to=2024").jsonPath()
                .getList("milestones.headline", String.class)).containsExactly(PUBLIC_HEADLINE);
        Response bad = given().when().get("/preview/" + token + "/api/timelines/" + OPEN + "/milestones?from=someday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("from");
    }

    @Test
    void anExpiredLinkSaysSoAndShowsNothing() {
        long id = queries.id(DRAFT).orElseThrow();
        String expired = links.sign(id, queries.generation(id), Instant.now().minusSeconds(1));
        for (String path : new String[] {"", "/timelines/" + DRAFT, "/timelines/" + DRAFT + "/story", "/embed/timelines/" + DRAFT}) {
            Response page = given().redirects().follow(false).when().get("/preview/" + expired + path);
            assertThat(page.statusCode()).as(path).isEqualTo(410);
            assertPrivate(page);
            assertThat(page.asString()).as(path).contains("This preview link has expired").doesNotContain(DRAFT_HEADLINE, "Exception");
        }
        String current = links.sign(id, queries.generation(id), Instant.now().plusSeconds(60));
        assertThat(given().when().get("/preview/" + current + "/timelines/" + DRAFT).statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedOrForeignLinkIsNotValid() {
        String token = issue(DRAFT);
        String[] parts = token.split("\\.");
        long openId = queries.id(OPEN).orElseThrow();
        String signature = parts[3];
        String[] forged = {
            (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2] + "." + signature,
            parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + "." + parts[2] + "." + signature,
            parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + signature,
            parts[0] + "." + parts[1] + "." + parts[2] + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1),
            token.substring(0, token.length() - 1), "x", "..%2e", "1.0.99999999999." + "A".repeat(43),
        };
        for (String bad : forged) {
            Response page = given().when().get("/preview/" + bad + "/timelines/" + DRAFT);
            assertThat(page.statusCode()).as(bad).isEqualTo(404);
            assertThat(page.asString()).as(bad).contains("This preview link is not valid").doesNotContain(DRAFT_HEADLINE);
        }
        // A good link opens its own timeline only, whatever the address names.
        String toOpen = links.issue(openId, Duration.ofMinutes(5));
        assertThat(given().when().get("/preview/" + toOpen + "/timelines/" + DRAFT).statusCode()).isEqualTo(404);
        assertThat(given().when().get("/preview/" + toOpen + "/embed/timelines/" + DRAFT).statusCode()).isEqualTo(404);
    }

    @Test
    void withdrawingATimelinesLinksStopsEveryLinkMadeBefore() {
        long id = queries.id(DRAFT).orElseThrow();
        String before = issue(DRAFT);
        long otherId = queries.id(OPEN).orElseThrow();
        String other = issue(OPEN);
        links.withdraw(id);
        Response page = given().when().get("/preview/" + before + "/timelines/" + DRAFT);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.asString()).contains("This preview link has been withdrawn").doesNotContain(DRAFT_HEADLINE);
        assertThat(given().when().get("/preview/" + issue(DRAFT) + "/timelines/" + DRAFT).statusCode()).isEqualTo(200);
        assertThat(given().when().get("/preview/" + other + "/timelines/" + OPEN).statusCode()).as("another timeline's link")
                .isEqualTo(200);
        assertThat(otherId).isNotEqualTo(id);
    }

    @Test
    void previewsAndReadersNeverShareTheReadersCache() {
        String path = "/timelines/" + OPEN;
        Response reader = given().when().get(path);
        String etag = reader.getHeader("ETag");
        assertThat(etag).isNotNull();
        assertThat(reader.asString()).doesNotContain(UNPUBLISHED_HEADLINE, BANNER);

        String token = issue(OPEN);
        // The reader's validators mean nothing to a preview: it is always rendered in full, and carries none.
        Response preview = given().header("If-None-Match", etag).when().get("/preview/" + token + path);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.getHeader("ETag")).isNull();
        assertThat(preview.getHeader("Last-Modified")).isNull();
        assertThat(preview.asString()).contains(UNPUBLISHED_HEADLINE, BANNER);

        // And the reader's page, kept or revalidated, is still the readers': same ETag, no draft, no banner.
        Response again = given().when().get(path);
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        assertThat(again.asString()).doesNotContain(UNPUBLISHED_HEADLINE, BANNER);
        assertThat(given().header("If-None-Match", etag).when().get(path).statusCode()).isEqualTo(304);
        for (String variant : new String[] {"/story", "/story/council-votes-on-budget", "/milestones/council-votes-on-budget"}) {
            given().when().get(path + variant);
            given().when().get("/preview/" + token + path + variant).then().statusCode(200);
            assertThat(given().when().get(path + variant).asString()).as(variant).doesNotContain(UNPUBLISHED_HEADLINE, BANNER);
        }
        given().when().get("/embed" + path);
        given().when().get("/preview/" + token + "/embed" + path).then().statusCode(200);
        assertThat(given().when().get("/embed" + path).asString()).doesNotContain(UNPUBLISHED_HEADLINE, BANNER);
    }

    @Test
    void draftsSeenInPreviewsStayOffEveryPublicSurface() {
        given().when().get("/preview/" + issue(DRAFT) + "/timelines/" + DRAFT).then().statusCode(200);
        given().when().get("/preview/" + issue(OPEN) + "/timelines/" + OPEN).then().statusCode(200);
        String sitemap = news.timeline.web.reader.SitemapResourceTest.everyAddress();
        assertThat(sitemap).doesNotContain(DRAFT, "quiet-deal-struck", "/preview/");
        for (String surface : new String[] {"/?q=secret+summit", "/?q=quiet+deal", "/api/timelines", "/api/timelines/" + OPEN + "/milestones",
                "/timelines/" + OPEN + "/feed.atom", "/timelines/" + OPEN, "/timelines/" + OPEN + "/milestones.csv"}) {
            assertThat(given().when().get(surface).asString()).as(surface).doesNotContain(DRAFT_HEADLINE, UNPUBLISHED_HEADLINE, BANNER);
        }
        for (String hidden : new String[] {"/timelines/" + DRAFT, "/embed/timelines/" + DRAFT, "/api/timelines/" + DRAFT,
                "/timelines/" + OPEN + "/milestones/quiet-deal-struck"}) {
            assertThat(given().when().get(hidden).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void anEditorMakesALinkThatAColleagueOpensWithoutSigningInAndWithdrawsIt() {
        EditorSession editorSession = EditorSession.signIn("admin", "test-admin-password");
        Response page = editorSession.get("/editor/timelines/" + DRAFT);
        assertThat(page.asString()).contains("Preview and share", "<option value=\"PT24H\" selected>1 day</option>",
                "<option value=\"PT1H\">1 hour</option>", "<option value=\"PT168H\">7 days</option>");
        // The embed panel's frame shows the drafts through a preview link rather than "Not found".
        assertThat(frame(page.asString())).matches("/preview/[0-9.]+[A-Za-z0-9_-]{43}/embed/timelines/" + DRAFT);

        Response made = editorSession.post(page, "/editor/timelines/" + DRAFT + "/preview-links", "lifetime", "PT1H");
        assertThat(made.statusCode()).isEqualTo(303);
        String location = made.getHeader("Location");
        Matcher shown = Pattern.compile("\\?preview=([^#&]+)").matcher(location);
        assertThat(shown.find()).as(location).isTrue();
        String token = shown.group(1);
        String withLink = editorSession.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).asString();
        assertThat(withLink).contains("value=\"http://localhost:8080/preview/" + token + "\"", "Preview link, works until");

        String colleague = given().when().get("/preview/" + token).then().statusCode(200).extract().asString();
        assertThat(colleague).contains(DRAFT_HEADLINE, BANNER);

        Response withdrawn = editorSession.post(page, "/editor/timelines/" + DRAFT + "/preview-links/withdraw");
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(given().when().get("/preview/" + token).statusCode()).isEqualTo(410);
    }

    @Test
    void aLifetimeTheFormDoesNotOfferIsRefusedByName() {
        EditorSession editorSession = EditorSession.signIn("admin", "test-admin-password");
        Response page = editorSession.get("/editor/timelines/" + DRAFT);
        for (String lifetime : new String[] {"P365D", "forever", ""}) {
            Response refused = editorSession.post(page, "/editor/timelines/" + DRAFT + "/preview-links", "lifetime", lifetime);
            assertThat(refused.statusCode()).as(lifetime).isEqualTo(303);
            assertThat(refused.getHeader("Location")).as(lifetime).doesNotContain("preview=");
            assertThat(java.net.URLDecoder.decode(refused.getCookie("timeline-flash"), java.nio.charset.StandardCharsets.UTF_8))
                    .as(lifetime).startsWith("The link works for: choose one");
        }
    }

    @Test
    void theEmbedPanelOfATimelineWithNothingUnpublishedShowsTheReadersWidget() {
        EditorSession editorSession = EditorSession.signIn("admin", "test-admin-password");
        String page = editorSession.get("/editor/timelines/us-russia-relations").asString();
        assertThat(frame(page)).isEqualTo("/embed/timelines/us-russia-relations");
    }

    /** The address the editor's embed panel frames. */
    private static String frame(String editorPage) {
        Matcher frame = Pattern.compile("<iframe class=\"tl-embed-preview\" src=\"([^\"]*)\"").matcher(editorPage);
        assertThat(frame.find()).as("the embed panel's frame").isTrue();
        return frame.group(1);
    }

    private String issue(String slug) {
        return links.issue(queries.id(slug).orElseThrow(), Duration.ofMinutes(5));
    }

    private static void assertPrivate(Response page) {
        assertThat(page.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(page.getHeader("Vary")).isNull();
    }

    static MilestoneForm milestone(String headline, String date, boolean published) {
        MilestoneForm form = MilestoneForm.blank();
        form.headline = headline;
        form.date = date;
        form.published = published ? "on" : null;
        return form;
    }
}
