package news.timeline.web.editor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editors sign in, create timelines and milestones, correct and delete them; readers see the result. */
@QuarkusTest
class EditorResourceTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    /** A copy of the demo timeline that only these tests change, so other tests keep the demo as loaded. */
    private static final String DEMO = "editor-desk";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    TimelineStore store;

    @BeforeEach
    void createTheDesk() {
        if (store.find(DEMO).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(DEMO, "Editor desk", demo.description(), demo.eras(), demo.milestones()));
        }
    }

    /** Every request here comes from one address, which the throttle would otherwise count across tests. */
    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).when().get("/editor")
                .then().statusCode(302).header("Location", containsString("/login"));
        given().redirects().follow(false).when().get("/editor/timelines/" + DEMO + "/milestones/new")
                .then().statusCode(302);
        given().redirects().follow(false).formParam("headline", "x").when().post("/editor/timelines/" + DEMO + "/milestones")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void wrongPasswordIsRefusedAndSessionCookieIsHttpOnlyAndLax() {
        EditorSession.signInResponse(ADMIN, "wrong password here")
                .then().statusCode(302).header("Location", containsString("/login?failed=true"));

        Response ok = EditorSession.signInResponse(ADMIN, ADMIN_PASSWORD);
        assertThat(ok.getHeader("Location")).contains("/editor");
        assertThat(ok.getHeaders().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("timeline-session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void signInIsPausedAfterFiveFailures() {
        if (accounts.find("throttled").isEmpty()) {
            accounts.create("throttled", "Throttled editor", "the right password", AccountEntity.Role.EDITOR);
        }
        for (int i = 0; i < 5; i++) {
            EditorSession.signInResponse("throttled", "guess " + i).then().header("Location", containsString("failed"));
        }

        EditorSession.signInResponse("throttled", "the right password")
                .then().header("Location", containsString("failed"));
    }

    @Test
    void editorAddsAMilestoneThatReadersThenSee() {
        Editor editor = signIn();
        String form = editor.get("/editor/timelines/" + DEMO + "/milestones/new").then().statusCode(200).extract().asString();

        Map<String, String> fields = milestone("Ceasefire talks open in Riyadh", "2025-02-18");
        Response saved = editor.post("/editor/timelines/" + DEMO + "/milestones", csrf(form), fields);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).contains("/editor/timelines/" + DEMO);
        assertThat(saved.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("timeline-flash=Milestone+saved"));
        given().when().get("/timelines/" + DEMO).then()
                .body(containsString("id=\"m-ceasefire-talks-open-in-riyadh\""))
                .body(containsString("<time datetime=\"2025-02-18\">18 February 2025</time>"))
                .body(containsString("<a href=\"/actors/vladimir-putin\">Vladimir Putin</a>"));
    }

    @Test
    void invalidFieldsAreExplainedBesideThemAndTheFormKeepsWhatWasTyped() {
        Editor editor = signIn();
        String form = editor.get("/editor/timelines/" + DEMO + "/milestones/new").then().extract().asString();
        Map<String, String> fields = milestone("", "2021-13-40");
        fields.put("summary", "Kept as typed");

        Response response = editor.post("/editor/timelines/" + DEMO + "/milestones", csrf(form), fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString())
                .contains("<span class=\"tl-error\" id=\"e-headline\">A milestone needs a headline</span>")
                .contains("<span class=\"tl-error\" id=\"e-date\">Invalid date &#39;2021-13-40&#39;: month must be between 01 and 12</span>")
                .contains("aria-invalid=\"true\"")
                .contains(">Kept as typed</textarea>");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Editor editor = signIn();

        Response response = editor.post("/editor/timelines/" + DEMO + "/milestones", null, milestone("Forged", "2025-02-19"));

        assertThat(response.statusCode()).isEqualTo(400);
        given().when().get("/timelines/" + DEMO).then().body(not(containsString("Forged")));
    }

    @Test
    void aStaleSaveShowsBothVersionsInsteadOfOverwriting() {
        Editor first = signIn();
        Editor second = signIn();
        String path = "/editor/timelines/" + DEMO + "/milestones/brent-falls";
        String firstForm = first.get(path).then().extract().asString();
        String secondForm = second.get(path).then().extract().asString();
        Map<String, String> firstEdit = fieldsOf(firstForm);
        firstEdit.put("headline", "Brent falls 2.3 percent");
        Map<String, String> secondEdit = fieldsOf(secondForm);
        secondEdit.put("headline", "Oil drops after the call");

        assertThat(first.post(path, csrf(firstForm), firstEdit).statusCode()).isEqualTo(303);
        Response conflict = second.post(path, csrf(secondForm), secondEdit);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("Someone else saved this milestone")
                .contains("<td>Oil drops after the call</td><td>Brent falls 2.3 percent</td>");
        given().when().get("/timelines/" + DEMO).then().body(containsString("Brent falls 2.3 percent"));
    }

    @Test
    void aSaveOfAMilestoneRenamedMeanwhileShowsBothVersionsUnderItsNewAddress() {
        Editor first = signIn();
        Editor second = signIn();
        Map<String, String> fields = milestone("Envoys gather in Doha", "2025-03-04");
        fields.put("slug", "envoys-gather-doha");
        first.post("/editor/timelines/" + DEMO + "/milestones", csrf(first.get("/editor/timelines/" + DEMO + "/milestones/new")
                .then().extract().asString()), fields).then().statusCode(303);
        String path = "/editor/timelines/" + DEMO + "/milestones/envoys-gather-doha";
        String firstForm = first.get(path).then().statusCode(200).extract().asString();
        String secondForm = second.get(path).then().statusCode(200).extract().asString();
        Map<String, String> rename = fieldsOf(firstForm);
        rename.put("slug", "envoys-gather-in-doha");
        Map<String, String> secondEdit = fieldsOf(secondForm);
        secondEdit.put("headline", "Envoys gather in Doha for talks");

        assertThat(first.post(path, csrf(firstForm), rename).statusCode()).isEqualTo(303);
        Response conflict = second.post(path, csrf(secondForm), secondEdit);

        assertThat(conflict.statusCode()).as("the second editor's work is kept, not lost to a 404").isEqualTo(409);
        assertThat(conflict.asString()).contains("Envoys gather in Doha for talks")
                .contains("action=\"/editor/timelines/" + DEMO + "/milestones/envoys-gather-in-doha\"");
    }

    @Test
    void eachNewNameBecomesTheTypeChosenForIt() {
        Editor editor = signIn();
        String form = editor.get("/editor/timelines/" + DEMO + "/milestones/new").then().extract().asString();
        Map<String, Object> fields = new HashMap<>(milestone("Harbour authority meets envoy", "2025-03-06"));
        fields.put("actors", "Ilse Quarterman, Harbour Authority of Velmar, Putin");
        fields.put("headline", "");
        Response again = editor.post("/editor/timelines/" + DEMO + "/milestones", csrf(form), fields);

        assertThat(again.statusCode()).as("a field error shows the form again").isEqualTo(400);
        assertThat(again.asString()).contains("New names in “Who”")
                .contains("<label for=\"f-newType-0\">Ilse Quarterman</label>")
                .contains("<label for=\"f-newType-1\">Harbour Authority of Velmar</label>")
                .doesNotContain("<label for=\"f-newType-2\">");

        fields.put("headline", "Harbour authority meets envoy");
        fields.put("newName", java.util.List.of("Ilse Quarterman", "Harbour Authority of Velmar"));
        fields.put("newType", java.util.List.of("person", "organisation"));
        editor.post("/editor/timelines/" + DEMO + "/milestones", csrf(again.asString()), fields).then().statusCode(303);

        assertThat(type("Ilse Quarterman")).isEqualTo(news.timeline.core.actor.ActorType.PERSON);
        assertThat(type("Harbour Authority of Velmar")).isEqualTo(news.timeline.core.actor.ActorType.ORGANISATION);
    }

    @Test
    void aTypeNoFormOffersIsAFieldError() {
        Editor editor = signIn();
        String form = editor.get("/editor/timelines/" + DEMO + "/milestones/new").then().extract().asString();
        Map<String, Object> fields = new HashMap<>(milestone("Pier opens", "2025-03-07"));
        fields.put("actors", "Odd Newcomer");
        fields.put("newName", java.util.List.of("Odd Newcomer"));
        fields.put("newType", java.util.List.of("spaceship"));

        Response refused = editor.post("/editor/timelines/" + DEMO + "/milestones", csrf(form), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("New names are a person, an organisation or a country");
    }

    private static news.timeline.core.actor.ActorType type(String name) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                news.timeline.web.persistence.ActorEntity.findNamed(name).orElseThrow().type);
    }

    @Test
    void theEditorsPagesShowStatesAndRolesInWords() {
        Editor editor = signIn();
        String index = editor.get("/editor").then().statusCode(200).extract().asString();
        String accounts = editor.get("/editor/accounts").then().statusCode(200).extract().asString();

        assertThat(index).contains("<td>Published</td>").doesNotContain(">PUBLISHED<").contains(">Draft</option>");
        assertThat(accounts).contains(">Administrator</option>").doesNotContain(">ADMIN<");
    }

    @Test
    void deletedMilestonesLeaveTheReadersPageAndCanBeRestored() {
        Editor editor = signIn();
        String page = editor.get("/editor/timelines/" + DEMO).then().statusCode(200).extract().asString();

        editor.post("/editor/timelines/" + DEMO + "/milestones/european-joint-statement/delete", csrf(page), Map.of())
                .then().statusCode(303);
        given().when().get("/timelines/" + DEMO).then().body(not(containsString("id=\"m-european-joint-statement\"")));
        String after = editor.get("/editor/timelines/" + DEMO).then().extract().asString();
        assertThat(after).contains("<tr id=\"row-european-joint-statement\" class=\"tl-deleted\">");

        editor.post("/editor/timelines/" + DEMO + "/milestones/european-joint-statement/restore", csrf(after), Map.of())
                .then().statusCode(303);
        given().when().get("/timelines/" + DEMO).then().body(containsString("id=\"m-european-joint-statement\""));
    }

    @Test
    void aBigTimelinesListComesAPageAtATimeAndFindsByHeadline() {
        String big = "editor-big-desk";
        if (store.find(big).isEmpty()) {
            java.util.List<news.timeline.core.milestone.Milestone> milestones = new java.util.ArrayList<>();
            for (int i = 0; i < 250; i++) {
                milestones.add(news.timeline.core.milestone.Milestone.builder("Desk event " + i).slug("desk-event-" + i)
                        .date(news.timeline.core.date.HistoricalDate.ofMonth(1801 + i / 12, i % 12 + 1)).build());
            }
            store.save(new Timeline(big, "Big desk", null, java.util.List.of(), milestones));
        }
        EditorSession editor = EditorSession.signIn(ADMIN, ADMIN_PASSWORD);
        String path = "/editor/timelines/" + big;

        String first = editor.get(path).then().statusCode(200).extract().asString();
        assertThat(first.split("<tr id=\"row-", -1)).hasSize(EditorService.ROWS + 1);
        assertThat(first).contains("Milestones 1–100 of 250.").contains("id=\"row-desk-event-0\"")
                .doesNotContain("id=\"row-desk-event-100\"")
                .contains("<a rel=\"next\" href=\"" + path + "?start=100\">");

        String last = editor.get(path + "?start=200").then().statusCode(200).extract().asString();
        assertThat(last).contains("Milestones 201–250 of 250.").contains("id=\"row-desk-event-249\"")
                .contains("<a rel=\"prev\" href=\"" + path + "?start=100\">").doesNotContain("rel=\"next\"");

        assertThat(editor.get(path + "?start=later&show=nonsense").then().statusCode(200).extract().asString())
                .as("a start or choice that cannot be read opens the first page of all").contains("Milestones 1–100 of 250.");

        String found = editor.get(path + "?find=EVENT 17").then().statusCode(200).extract().asString();
        assertThat(found).contains("Milestones 1–11 of 11 matching (of 250).")
                .contains("id=\"row-desk-event-17\"").contains("id=\"row-desk-event-175\"")
                .doesNotContain("id=\"row-desk-event-18\"");

        // After a save or a delete, the list opens at the page holding the milestone's row.
        String at = editor.get(path + "?at=desk-event-230").then().statusCode(200).extract().asString();
        assertThat(at).contains("Milestones 201–250 of 250.").contains("id=\"row-desk-event-230\"");
        Response deleted = editor.post(editor.get(path + "?at=desk-event-150"),
                "/editor/timelines/" + big + "/milestones/desk-event-150/delete");
        assertThat(deleted.getHeader("Location")).endsWith(path + "?at=desk-event-150#row-desk-event-150");
        String deletedRow = editor.get(path + "?at=desk-event-150").then().statusCode(200).extract().asString();
        assertThat(deletedRow).contains("<tr id=\"row-desk-event-150\" class=\"tl-deleted\">")
                .contains("Milestones 201–250 of 250.");
        assertThat(editor.get(path + "?show=deleted").asString()).contains("Milestones 1–1 of 1 matching (of 250).");
    }

    @Test
    void draftTimelinesAreHiddenFromReaders() {
        Editor editor = signIn();
        String index = editor.get("/editor").then().statusCode(200).extract().asString();

        Response created = editor.post("/editor/timelines", csrf(index),
                Map.of("title", "Draft story", "slug", "", "description", "Not yet", "state", "DRAFT"));

        assertThat(created.getHeader("Location")).endsWith("/editor/timelines/draft-story");
        editor.get("/editor/timelines/draft-story").then().statusCode(200).body(containsString("Draft story"));
        given().when().get("/timelines/draft-story").then().statusCode(404);
        given().when().get("/").then().body(not(containsString("Draft story")));
    }

    @Test
    void historyShowsWhoChangedWhatAndRestoresAnOldVersion() {
        Editor editor = signIn();
        String path = "/editor/timelines/" + DEMO + "/milestones/trump-zelensky-call";
        String form = editor.get(path).then().statusCode(200).extract().asString();
        Map<String, String> fields = fieldsOf(form);
        fields.put("date", "2025-02-13");
        assertThat(editor.post(path, csrf(form), fields).statusCode()).isEqualTo(303);

        String history = editor.get(path + "/history").then().statusCode(200).extract().asString();

        assertThat(history).contains("changed", "by admin")
                .contains("<tr><th scope=\"row\">Date</th><td>2025-02-12</td><td>2025-02-13</td></tr>");
        given().when().get("/timelines/" + DEMO).then()
                .body(containsString("Updates and corrections"))
                .body(containsString("Date: “2025-02-12” is now “2025-02-13”"));

        Matcher first = Pattern.compile("action=\"(" + Pattern.quote(path) + "/history/(\\d+)/restore)\"").matcher(history);
        String oldest = null;
        while (first.find()) {
            oldest = first.group(1);
        }
        assertThat(oldest).as("a restore button for the first version").isNotNull();
        assertThat(editor.post(oldest, csrf(history), Map.of()).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO + "/milestones/trump-zelensky-call").then()
                .body(containsString("<time datetime=\"2025-02-12\">12 February 2025</time>"));
    }

    @Test
    void aDeletedOrUnpublishedMilestoneTakesItsCorrectionsOffThePublicPage() {
        Editor editor = signIn();
        String path = "/editor/timelines/" + DEMO + "/milestones/geneva-summit";
        String form = editor.get(path).then().statusCode(200).extract().asString();
        Map<String, String> fields = fieldsOf(form);
        fields.put("headline", "Libellous headline readers must not keep");
        assertThat(editor.post(path, csrf(form), fields).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then()
                .body(containsString("Libellous headline readers must not keep"));

        String list = editor.get("/editor/timelines/" + DEMO).then().extract().asString();
        assertThat(editor.post(path + "/delete", csrf(list), Map.of()).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then()
                .body(not(containsString("Libellous headline")))
                .body(not(containsString("/milestones/geneva-summit\"")));

        list = editor.get("/editor/timelines/" + DEMO + "?show=deleted").then().extract().asString();
        assertThat(editor.post(path + "/restore", csrf(list), Map.of()).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then().body(containsString("Libellous headline readers must not keep"));

        form = editor.get(path).then().statusCode(200).extract().asString();
        fields = fieldsOf(form);
        fields.remove("published");
        assertThat(editor.post(path, csrf(form), fields).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then().body(not(containsString("Libellous headline")));
    }

    @Test
    void editorsTellReadersInANoteWhichIsEscapedAndCanBeWithdrawn() {
        Editor editor = signIn();
        String page = editor.get("/editor/timelines/" + DEMO).then().statusCode(200).extract().asString();
        assertThat(page).contains("Notes to readers");

        Response empty = editor.post("/editor/timelines/" + DEMO + "/notes", csrf(page), Map.of("note", "  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("id=\"e-note\">Write what readers should know.");
        Response tooLong = editor.post("/editor/timelines/" + DEMO + "/notes", csrf(page), Map.of("note", "x".repeat(1001)));
        assertThat(tooLong.asString()).contains("at most 1000 characters; this one has 1001");

        String note = "We withdrew a milestone <script>alert(1)</script> that misdated the talks.";
        assertThat(editor.post("/editor/timelines/" + DEMO + "/notes", csrf(page), Map.of("note", note)).statusCode())
                .isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then()
                .body(containsString("We withdrew a milestone &lt;script&gt;alert(1)&lt;/script&gt; that misdated the talks."))
                .body(not(containsString("<script>alert(1)")));

        page = editor.get("/editor/timelines/" + DEMO).then().extract().asString();
        Matcher withdraw = Pattern.compile("action=\"(/editor/timelines/" + DEMO + "/notes/\\d+/delete)\"").matcher(page);
        assertThat(withdraw.find()).isTrue();
        assertThat(editor.post(withdraw.group(1), csrf(page), Map.of()).statusCode()).isEqualTo(303);
        given().when().get("/timelines/" + DEMO).then().body(not(containsString("We withdrew a milestone")));
        assertThat(editor.post(withdraw.group(1), csrf(page), Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void embedPanelGivesCodeForTheChosenOptionsAndTheAllowListFramesTheWidget() {
        Editor editor = signIn();
        String panel = editor.get("/editor/timelines/" + DEMO + "?kind=meeting&theme=dark&height=480").then().statusCode(200)
                .extract().asString();

        assertThat(panel)
                // Through a preview link while the timeline has drafts, which earlier tests may have left (PreviewResourceTest).
                .containsPattern("src=\"(/preview/[^\"/]+)?/embed/timelines/" + DEMO + "\\?kind=meeting&amp;height=480&amp;theme=dark\"")
                .contains("height=&quot;480&quot;")
                .contains("data-kind=&quot;meeting&quot; data-height=&quot;480&quot; data-theme=&quot;dark&quot;")
                .contains("&lt;script src=&quot;http://localhost:8080/embed/v2.js&quot; async&gt;")
                .contains("/oembed?format=json&amp;url=http%3A%2F%2Flocalhost%3A8080%2Ftimelines%2F" + DEMO);

        Map<String, String> settings = fieldsOf(panel);
        settings.put("embedOrigins", "javascript:alert(1)");
        Response refused = editor.post("/editor/timelines/" + DEMO, csrf(panel), settings);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-embedOrigins\">&#39;javascript:alert(1)&#39; is not a site address");

        settings.put("embedOrigins", "https://news.example.org, https://*.example.com");
        assertThat(editor.post("/editor/timelines/" + DEMO, csrf(panel), settings).statusCode()).isEqualTo(303);
        given().when().get("/embed/timelines/" + DEMO).then()
                .header("Content-Security-Policy", org.hamcrest.Matchers.endsWith("; frame-ancestors 'self' https://news.example.org https://*.example.com"));
    }

    @Test
    void embedPanelWarnsThatADefaultInstallsAddressServesNoOtherSite() {
        Editor editor = signIn();
        String panel = editor.get("/editor/timelines/" + DEMO).then().statusCode(200).extract().asString();

        assertThat(panel).contains("<div class=\"tl-error-summary tl-embed-panel__warning\" id=\"embed-warning\">")
                .contains("The embed code points at http://localhost:8080, an address only this computer can reach")
                .contains("Set timeline.site.base-url (environment variable TIMELINE_SITE_BASE_URL)")
                // The test's own requests go to localhost too: a local address is not also "another address".
                .doesNotContain("but you are using this editor at");

        String elsewhere = given().redirects().follow(false).cookies(editor.cookies).header("Host", "timelines.example.org")
                .when().get("/editor/timelines/" + DEMO).then().statusCode(200).extract().asString();
        assertThat(elsewhere)
                .contains("The embed code points at http://localhost:8080, but you are using this editor at http://timelines.example.org.");
    }

    @Test
    void anImportedArticleWaitsForReviewAndAcceptedCandidatesBecomeDrafts() throws Exception {
        Editor editor = signIn();
        String path = "/editor/timelines/" + DEMO + "/import";
        String empty = editor.get(path).then().statusCode(200).extract().asString();
        String article;
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/us-russia-call-2025-02-12.txt")) {
            article = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        Response refused = editor.post(path, csrf(empty), Map.of("text", article, "published", "last week"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-published\">The publication date must look like 2025-02-12");

        Response imported = editor.post(path, csrf(empty), Map.of("text", article, "published", "2025-02-12"));
        assertThat(imported.statusCode()).isEqualTo(303);
        String review = editor.get(path).then().extract().asString();
        int pending = review.split("class=\"tl-review__item\"", -1).length - 1;
        assertThat(pending).isGreaterThanOrEqualTo(5);
        assertThat(review).contains("Trump and Putin hold 90-minute phone call");
        // The quote's event words and date expression are marked: read it without the marks.
        assertThat(review.replaceAll("<span class=\"tl-visually-hidden\">[^<]*</span>|<[^>]+>", ""))
                .contains("The call between Trump and Putin lasted approximately 90 minutes");

        Response again = editor.post(path, csrf(review), Map.of("text", article, "published", "2025-02-12"));
        assertThat(again.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("nothing+new"));
        review = editor.get(path).then().extract().asString();
        assertThat(review.split("class=\"tl-review__item\"", -1).length - 1).isEqualTo(pending);

        Matcher accept = Pattern.compile("formaction=\"(" + Pattern.quote(path) + "/review/accept)\" name=\"candidate\""
                + " value=\"(\\d+)\"").matcher(review);
        assertThat(accept.find()).isTrue();
        Response accepted = editor.post(accept.group(1), csrf(review), Map.of("candidate", accept.group(2)));
        assertThat(accepted.statusCode()).isEqualTo(303);
        Matcher made = Pattern.compile("<li><a href=\"/editor/timelines/" + DEMO + "/milestones/([^\"]+)\">")
                .matcher(editor.get(path).then().extract().asString());
        assertThat(made.find()).as("the review links the milestone it made").isTrue();
        String created = made.group(1);
        String desk = editor.get("/editor/timelines/" + DEMO).then().extract().asString();
        assertThat(desk).containsPattern("<tr id=\"row-" + Pattern.quote(created) + "\">(?s).*?<td>draft</td>");
        given().when().get("/timelines/" + DEMO).then().body(not(containsString("id=\"m-" + created + "\"")));
        assertThat(editor.get(path).then().extract().asString().split("class=\"tl-review__item\"", -1).length - 1)
                .isEqualTo(pending - 1);
    }

    // ------------------------------------------------------------------- helpers, shared with EditorFormsResourceTest

    /** A signed-in browser: its cookies, kept between requests. */
    static final class Editor {
        private final Map<String, String> cookies = new HashMap<>();

        Response get(String path) {
            Response response = given().redirects().follow(false).cookies(cookies).when().get(path);
            remember(response);
            return response;
        }

        /** Posts a form; a field whose value is a list is sent once per value, as rows of a form are. */
        Response post(String path, String token, Map<String, ?> fields) {
            var request = given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded");
            fields.forEach((name, value) -> request.formParam(name,
                    value instanceof java.util.List<?> values ? values.toArray() : new Object[] {value}));
            if (token != null) {
                request.formParam("csrf-token", token);
            }
            Response response = request.when().post(path);
            remember(response);
            return response;
        }

        void remember(Response response) {
            response.getDetailedCookies().asList().forEach(c -> {
                if (c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
        }
    }

    static Editor signIn() {
        Editor editor = new Editor();
        editor.remember(EditorSession.signInResponse(ADMIN, ADMIN_PASSWORD));
        assertThat(editor.cookies).containsKey("timeline-session");
        return editor;
    }

    static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the page has a CSRF field").isTrue();
        return matcher.group(1);
    }

    static Map<String, String> milestone(String headline, String date) {
        Map<String, String> fields = new HashMap<>();
        fields.put("headline", headline);
        fields.put("date", date);
        fields.put("status", "occurred");
        fields.put("kind", "negotiation");
        fields.put("actors", "Putin, Marco Rubio");
        fields.put("places", "Saudi Arabia");
        fields.put("importance", "2");
        fields.put("published", "on");
        return fields;
    }

    /** The values of a form's inputs, textareas and selected options, as a browser would send them. */
    static Map<String, String> fieldsOf(String html) {
        Map<String, String> fields = new HashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*>").matcher(html);
        while (inputs.find()) {
            String tag = inputs.group();
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            if (tag.contains("type=\"checkbox\"")) {
                if (tag.contains(" checked")) {
                    fields.put(inputs.group(1), "on");
                }
            } else if (!inputs.group(1).equals("csrf-token")) {
                fields.put(inputs.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        Matcher areas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (areas.find()) {
            fields.put(areas.group(1), unescape(areas.group(2)));
        }
        Matcher selects = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (selects.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(selects.group(2));
            if (selected.find()) {
                fields.put(selects.group(1), selected.group(1));
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
