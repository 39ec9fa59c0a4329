package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static news.timeline.web.editor.EditorResourceTest.csrf;
import static news.timeline.web.editor.EditorResourceTest.fieldsOf;
import static news.timeline.web.editor.EditorResourceTest.milestone;
import static news.timeline.web.editor.EditorResourceTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.actor.ActorType;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.ActorEntity;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline and milestone forms: summaries with a little markup, cleaned on save and shown as text where
 * markup cannot go; eras, default zoom and cover image; the type of new actors.
 */
@QuarkusTest
class EditorFormsResourceTest {

    /** A copy of the demo timeline that only these tests change. */
    private static final String DESK = "forms-desk";
    private static final String EDIT = "/editor/timelines/" + DESK;
    private static final String MARKED_UP = "Talks <em>resume</em> in <a href=\"https://example.org/riyadh\">Riyadh</a>"
            + "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> <a href=\"javascript:alert(2)\">here</a> "
            + "<strong style=\"color:red\">AT&T</strong>";

    @Inject
    TimelineStore store;

    @Inject
    LoginThrottle throttle;

    @Inject
    EditorService service;

    @BeforeEach
    void createTheDesk() {
        throttle.forgive();
        if (store.find(DESK).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(DESK, "Forms desk", demo.description(), demo.eras(), demo.milestones()));
        }
    }

    @Test
    void summaryMarkupIsCleanedOnSaveShownAsHtmlAndTheEditorIsTold() {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().statusCode(200).extract().asString();
        Map<String, String> fields = milestone("Talks resume in Riyadh", "2025-02-18");
        fields.put("summary", MARKED_UP);

        Response saved = editor.post(EDIT + "/milestones", csrf(form), fields);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(flash(saved)).startsWith("Milestone saved. Removed from its summary")
                .contains("script", "img", "a link to other than http, https or mailto", "style on strong");
        String page = given().when().get("/timelines/" + DESK).then().statusCode(200).extract().asString();
        assertThat(page).contains("<p>Talks <em>resume</em> in <a href=\"https://example.org/riyadh\" rel=\"nofollow noopener\">"
                        + "Riyadh</a> here <strong>AT&amp;T</strong></p>")
                .doesNotContain("alert(").doesNotContain("onerror").doesNotContain("javascript:").doesNotContain("color:red");
        String again = editor.get(EDIT + "/milestones/talks-resume-in-riyadh").then().statusCode(200).extract().asString();
        assertThat(again).contains("Talks &lt;em&gt;resume&lt;/em&gt; in");
    }

    @Test
    void aSummaryTooLongForItsColumnIsExplainedBesideIt() {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().extract().asString();
        Map<String, String> fields = milestone("A very long summary", "2025-02-19");
        // 3,990 characters as typed; each link's rel attribute takes it past 4,000 once cleaned.
        fields.put("summary", "<a href=\"https://example.org\">x</a>".repeat(114));

        Response refused = editor.post(EDIT + "/milestones", csrf(form), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-summary\">At most 4000 characters, markup included; this one has 6726");
    }

    @Test
    void readersCorrectionsQuoteTheSummarysWordsNotItsMarkup() {
        EditorResourceTest.Editor editor = signIn();
        String path = EDIT + "/milestones/geneva-summit";
        String form = editor.get(path).then().statusCode(200).extract().asString();
        Map<String, String> fields = fieldsOf(form);
        fields.put("summary", "The first <em>Biden-Putin</em> summit, in <a href=\"https://example.org/geneva\">Geneva</a>");

        assertThat(editor.post(path, csrf(form), fields).statusCode()).isEqualTo(303);

        String page = given().when().get("/timelines/" + DESK).then().statusCode(200).extract().asString();
        assertThat(page).contains("The first Biden-Putin summit, in Geneva").doesNotContain("&lt;em&gt;");
    }

    /** A summary whose words look like markup stays words in the head and cannot end the JSON-LD's script. */
    @Test
    void textThatLooksLikeMarkupIsEscapedInSharingTagsAndStructuredData() {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().extract().asString();
        Map<String, String> fields = milestone("Escaped words", "2025-03-12");
        fields.put("summary", "Ends with &lt;/script&gt;&lt;b&gt;\"x\"");
        assertThat(editor.post(EDIT + "/milestones", csrf(form), fields).statusCode()).isEqualTo(303);

        String permalink = given().when().get("/timelines/" + DESK + "/milestones/escaped-words").then()
                .statusCode(200).extract().asString();

        assertThat(permalink)
                .contains("<meta property=\"og:description\" content=\"Ends with &lt;/script&gt;&lt;b&gt;&quot;x&quot;\">")
                .contains("\"description\":\"Ends with \\u003c/script>\\u003cb>\\\"x\\\"\"")
                .contains("<p class=\"tl-lede\">Ends with &lt;/script&gt;&lt;b&gt;\"x\"</p>");
    }

    @Test
    void whereMarkupCannotGoTheSummaryIsItsText() throws Exception {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().extract().asString();
        Map<String, String> fields = milestone("Envoys meet in Jeddah", "2025-03-11");
        fields.put("summary", "Envoys <em>meet</em> in <a href=\"https://example.org/j\">Jeddah</a> & talk");
        assertThat(editor.post(EDIT + "/milestones", csrf(form), fields).statusCode()).isEqualTo(303);
        String text = "Envoys meet in Jeddah & talk";

        String permalink = given().when().get("/timelines/" + DESK + "/milestones/envoys-meet-in-jeddah").then()
                .statusCode(200).extract().asString();
        assertThat(permalink).contains("<meta property=\"og:description\" content=\"Envoys meet in Jeddah &amp; talk\">")
                .contains("<meta name=\"twitter:description\" content=\"Envoys meet in Jeddah &amp; talk\">")
                .contains("\"description\":\"Envoys meet in Jeddah & talk\"")
                .contains("<p class=\"tl-lede\">Envoys <em>meet</em> in");
        String base = "/timelines/" + DESK;
        String atom = given().when().get(base + "/feed.atom").then().statusCode(200).extract().asString();
        assertThat(new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(atom)).getEntries())
                .filteredOn(e -> e.getTitle().endsWith("Envoys meet in Jeddah"))
                .singleElement().satisfies(e -> assertThat(e.getDescription().getValue()).isEqualTo(text));
        String ics = given().when().get(base + "/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(biweekly.Biweekly.parse(ics).first().getEvents())
                .filteredOn(e -> e.getSummary().getValue().equals("Envoys meet in Jeddah"))
                .singleElement().satisfies(e -> assertThat(e.getDescription().getValue()).startsWith(text));
        String csv = given().when().get(base + "/milestones.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains(text).doesNotContain("<em>");
        String timelineJs = given().when().get(base + "/timelinejs.json").then().statusCode(200).extract().asString();
        assertThat(timelineJs).contains("<p>Envoys meet in Jeddah &amp; talk</p>").doesNotContain("<em>");
    }

    @Test
    void timelineSettingsExplainEachWrongFieldBesideIt() {
        EditorResourceTest.Editor editor = signIn();
        String page = editor.get(EDIT).then().statusCode(200).extract().asString();
        Map<String, Object> fields = settings(page);
        fields.put("defaultZoom", "WEEK");
        fields.put("coverUrl", "javascript:alert(1)");
        fields.put("coverAlt", "");
        fields.put("eraName", List.of("Talks", ""));
        fields.put("eraStart", List.of("2025-02-31", "2024"));
        fields.put("eraEnd", List.of("", "2023"));

        Response refused = editor.post(EDIT, csrf(page), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("id=\"e-defaultZoom\">Choose the whole span, a decade, a year, a month or a day")
                .contains("id=\"e-coverUrl\">Give the image&#39;s full address, starting with https:// or http://")
                .contains("id=\"e-coverAlt\">Describe the image for readers who cannot see it")
                .contains("id=\"e-era-0-start\">Invalid date &#39;2025-02-31&#39;")
                .contains("id=\"e-era-1-name\">An era needs a label")
                .contains("id=\"e-era-1-end\">The end comes before the start")
                .contains("id=\"f-era-0-start\" name=\"eraStart\" value=\"2025-02-31\"");
        given().when().get("/timelines/" + DESK).then().statusCode(200);
        assertThat(given().when().get("/timelines/" + DESK).then().extract().asString()).doesNotContain("javascript:alert");
    }

    @Test
    void erasZoomAndCoverReachTheReadersPageAndItsSharingCards() {
        EditorResourceTest.Editor editor = signIn();
        String page = editor.get(EDIT).then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"Biden administration\"");
        Map<String, Object> fields = settings(page);
        fields.put("defaultZoom", "YEAR");
        fields.put("coverUrl", "https://images.example.org/kremlin.jpg");
        fields.put("coverAlt", "The Kremlin at dusk");
        fields.put("coverCredit", "Photo: Example Agency");
        // Keep the first demo era, rename the second, remove the third and fourth, add one.
        fields.put("eraName", List.of("Obama administration", "Trump's first term", "Biden administration",
                "Second Trump administration", "Riyadh talks"));
        fields.put("eraStart", List.of("2009-01-20", "2017-01-20", "2021-01-20", "2025-01-20", "2025-02"));
        fields.put("eraEnd", List.of("2017-01-19", "2021-01-19", "2025-01-19", "2029-01-19", "2025-03"));
        fields.put("eraRemove", List.of("2", "3"));

        Response saved = editor.post(EDIT, csrf(page), fields);

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        String reader = given().when().get("/timelines/" + DESK).then().statusCode(200).extract().asString();
        assertThat(reader)
                .contains("<img src=\"https://images.example.org/kremlin.jpg\" alt=\"The Kremlin at dusk\">")
                .contains("<figcaption class=\"tl-meta\">Photo: Example Agency</figcaption>")
                .contains("<meta property=\"og:image\" content=\"https://images.example.org/kremlin.jpg\">")
                .contains("<meta property=\"og:image:alt\" content=\"The Kremlin at dusk\">")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                .contains("data-zoom=\"year\"")
                .contains("<span class=\"tl-era__name\">Trump&#39;s first term</span>")
                .contains("<span class=\"tl-era__name\">Riyadh talks</span>")
                .doesNotContain("Biden administration</span>").doesNotContain("Second Trump administration</span>");
        String form = editor.get(EDIT).then().extract().asString();
        assertThat(form).contains("<option value=\"YEAR\" selected>Year</option>")
                .contains("id=\"f-era-2-name\" name=\"eraName\" value=\"Riyadh talks\"")
                .contains("id=\"f-era-2-end\" name=\"eraEnd\" value=\"2025-03\"")
                .contains("id=\"f-era-3-name\" name=\"eraName\" value=\"\"");
    }

    @Test
    void addAnEraRowShowsTheFormAgainWithoutSaving() {
        EditorResourceTest.Editor editor = signIn();
        String page = editor.get(EDIT).then().extract().asString();
        Map<String, Object> fields = settings(page);
        fields.put("title", "Not saved yet");
        fields.put("eraName", List.of("Talks", ""));
        fields.put("eraStart", List.of("2025-02", ""));
        fields.put("eraEnd", List.of("", ""));
        fields.put("addEra", "1");

        Response shown = editor.post(EDIT, csrf(page), fields);

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.asString()).contains("value=\"Not saved yet\"")
                .contains("id=\"f-era-0-name\" name=\"eraName\" value=\"Talks\"")
                .doesNotContain("class=\"tl-error\"");
        // The era typed, and two empty rows: the one that was sent and the one asked for.
        assertThat(shown.asString().split("name=\"eraName\"", -1).length - 1).isEqualTo(3);
        assertThat(given().when().get("/timelines/" + DESK).then().extract().asString()).doesNotContain("Not saved yet");
    }

    @Test
    void newNamesBecomeActorsOfTheChosenType() {
        EditorResourceTest.Editor editor = signIn();
        String form = editor.get(EDIT + "/milestones/new").then().extract().asString();
        assertThat(form).contains("<option value=\"organisation\">Organisation</option>")
                .contains("<datalist id=\"actor-names\">").contains("<option value=\"Vladimir Putin\">");
        Map<String, String> fields = milestone("Gulf council hosts envoys", "2025-02-20");
        fields.put("actors", "Putin, Gulf Cooperation Council");
        fields.put("actorType", "ministry");

        Response refused = editor.post(EDIT + "/milestones", csrf(form), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-actorType\">New names are a person, an organisation or a country");

        fields.put("actorType", "organisation");
        assertThat(editor.post(EDIT + "/milestones", csrf(form), fields).statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ActorEntity.findBySlug("gulf-cooperation-council")
                .map(a -> a.type).orElseThrow())).isEqualTo(ActorType.ORGANISATION);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ActorEntity.findBySlug("vladimir-putin")
                .map(a -> a.type).orElseThrow())).isEqualTo(ActorType.PERSON);
    }

    /** The settings form's single fields as the page fills them. */
    @Test
    void theDefaultViewIsTheEditorsChoiceAndTheEmbedPanelFollowsIt() {
        EditorResourceTest.Editor editor = signIn();
        String page = editor.get(EDIT).then().statusCode(200).extract().asString();
        assertThat(page).contains("<label for=\"f-defaultView\">What readers see first at the timeline&#39;s address</label>")
                .contains("<option value=\"LIST\" selected>List of milestones</option>")
                .contains("<option value=\"STORY\">Story mode, one milestone at a time</option>")
                .contains("<option value=\"\">As the timeline (List of milestones)</option>");
        Map<String, Object> fields = settings(page);
        fields.put("defaultView", "SLIDES");
        Response refused = editor.post(EDIT, csrf(page), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-defaultView\">Choose the list or story mode");

        fields.put("defaultView", "STORY");
        try {
            assertThat(editor.post(EDIT, csrf(page), fields).statusCode()).isEqualTo(303);
            assertThat(given().when().get("/timelines/" + DESK).then().statusCode(200).extract().asString())
                    .contains("id=\"tl-slide\"", "<a href=\"/timelines/" + DESK + "?mode=list&amp;at=");
            String again = editor.get(EDIT + "?mode=story").then().statusCode(200).extract().asString();
            assertThat(again).contains("<option value=\"STORY\" selected>")
                    .contains("<option value=\"\">As the timeline (Story mode, one milestone at a time)</option>")
                    .contains("<option value=\"story\" selected>")
                    .contains("/embed/timelines/" + DESK + "?mode=story")
                    .contains("data-mode=&quot;story&quot;");
        } finally {
            fields.put("defaultView", "LIST");
            String current = editor.get(EDIT).then().extract().asString();
            fields.putAll(Map.of("version", fieldsOf(settingsForm(current)).get("version")));
            assertThat(editor.post(EDIT, csrf(current), fields).statusCode()).isEqualTo(303);
        }
        assertThat(given().when().get("/timelines/" + DESK).then().extract().asString()).contains("class=\"tl-milestones\"");
    }

    private static String settingsForm(String page) {
        return page.substring(page.indexOf("aria-labelledby=\"settings-heading\""), page.indexOf("id=\"embed-heading\""));
    }

    private static Map<String, Object> settings(String page) {
        String form = page.substring(page.indexOf("aria-labelledby=\"settings-heading\""), page.indexOf("id=\"embed-heading\""));
        Map<String, Object> fields = new HashMap<>(fieldsOf(form));
        fields.keySet().removeIf(name -> name.startsWith("era"));
        return fields;
    }

    private static String flash(Response response) {
        return response.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("timeline-flash="))
                .map(c -> URLDecoder.decode(c.substring("timeline-flash=".length(), c.indexOf(';')), StandardCharsets.UTF_8))
                .findFirst().orElse("");
    }
}
