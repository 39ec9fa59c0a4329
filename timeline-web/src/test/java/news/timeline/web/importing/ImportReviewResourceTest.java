package news.timeline.web.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.Candidate;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review's bulk decisions: accept as drafts, accept and publish, reject, and undo the last one; the
 * CSRF token they need; forms sent twice and two editors deciding the same candidates; wrong ids; and the
 * queue grouped by article, the likeliest first, a page at a time.
 */
@QuarkusTest
class ImportReviewResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern BOX = Pattern.compile("name=\"id\" value=\"(\\d+)\"");
    private static final String OTHER_EDITOR = "review-colleague";
    private static final String PASSWORD = "review desk password 2";

    @Inject
    LoginThrottle throttle;
    @Inject
    EditorService editor;
    @Inject
    ImportQueue imports;
    @Inject
    Accounts accounts;

    private final CookieFilter cookies = new CookieFilter();

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void selectedCandidatesAreAcceptedAndPublishedThenUndone() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-publish", "Publish", 10);
        String page = get(path).asString();
        assertThat(boxes(page)).hasSize(10);

        List<String> six = boxes(page).subList(0, 6);
        Response published = decide(path, "publish", page, six);
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.getHeader("Location")).endsWith(path);
        assertThat(states("review-publish")).containsEntry("ACCEPTED", 6L).containsEntry("PENDING", 4L);
        assertThat(milestones("review-publish")).hasSize(6).allMatch(m -> m.published);

        String after = get(path).asString();
        assertThat(visible(after)).contains("6 accepted and published · Undo");
        assertThat(boxes(after)).hasSize(4);
        assertThat(after).contains("href=\"/editor/timelines/review-publish/milestones/" + milestones("review-publish").get(0).slug + "\"");

        Response undone = post(path + "/review/undo", after, List.of());
        assertThat(undone.statusCode()).isEqualTo(303);
        assertThat(flash(undone)).isEqualTo("Undone: 6 candidates are back in the queue");
        assertThat(milestones("review-publish")).isEmpty();
        assertThat(states("review-publish")).containsEntry("PENDING", 10L);
        String restored = get(path).asString();
        assertThat(boxes(restored)).hasSize(10);
        assertThat(visible(restored)).doesNotContain("· Undo");

        // Undo twice: nothing left to undo, said so.
        assertThat(flash(post(path + "/review/undo", restored, List.of()))).startsWith("Nothing to undo");
    }

    @Test
    void readersSeeABulkPublishAndItsUndoAtOnceThoughTheirPageIsKept() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-readers", "Readers", 3);
        String reader = "/timelines/review-readers";
        Response before = given().when().get(reader);
        String etag = before.getHeader("ETag");
        assertThat(etag).isNotNull();
        assertThat(given().header("If-None-Match", etag).when().get(reader).statusCode()).isEqualTo(304);

        String page = get(path).asString();
        decide(path, "publish", page, boxes(page)).then().statusCode(303);

        Response published = given().header("If-None-Match", etag).when().get(reader);
        assertThat(published.statusCode()).as("the kept page is no longer current").isEqualTo(200);
        assertThat(published.asString()).contains("Readers event 0");
        String publishedTag = published.getHeader("ETag");
        assertThat(publishedTag).isNotEqualTo(etag);

        post(path + "/review/undo", get(path).asString(), List.of()).then().statusCode(303);

        Response undone = given().header("If-None-Match", publishedTag).when().get(reader);
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(undone.asString()).doesNotContain("Readers event 0");
    }

    @Test
    void editThenAcceptOffersEachNewNameTheTypeTheImporterGaveIt() {
        signIn(cookies, "admin", "test-admin-password");
        String slug = "review-types";
        if (editor.timeline(slug).isEmpty()) {
            editor.createTimeline(new ApiModel.NewTimeline("Types desk", slug, "", "PUBLISHED"));
            Milestone m = Milestone.builder("Quill Shipping signs a charter with Marta Quill")
                    .date(HistoricalDate.ofDay(2021, 3, 4))
                    .actors(List.of(new news.timeline.core.actor.Actor(null, "Marta Quill", news.timeline.core.actor.ActorType.PERSON, List.of()),
                            new news.timeline.core.actor.Actor(null, "Quill Shipping Ltd", news.timeline.core.actor.ActorType.ORGANISATION, List.of())))
                    .sources(List.of(Source.of("Types article", null, null, null, "Quill Shipping signed."))).build();
            imports.enqueue(slug, List.of(new Candidate(m, 0.9, 0, List.of())), slug + "-article", "text", "The article");
        }
        String id = boxes(get("/editor/timelines/" + slug + "/import").asString()).get(0);

        String form = get("/editor/timelines/" + slug + "/import/" + id + "/edit").asString();

        assertThat(form).contains("<label for=\"f-newType-0\">Marta Quill</label>")
                .contains("<label for=\"f-newType-1\">Quill Shipping Ltd</label>");
        assertThat(form.substring(form.indexOf("id=\"f-newType-1\""))).startsWith("id=\"f-newType-1\" name=\"newType\">")
                .contains("<option value=\"organisation\" selected>");
        assertThat(form.substring(form.indexOf("id=\"f-newType-0\""), form.indexOf("id=\"f-newType-1\"")))
                .contains("<option value=\"person\" selected>");
    }

    @Test
    void acceptMakesDraftsAndRejectedCandidatesComeBackOnUndo() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-drafts", "Drafts", 5);
        String page = get(path).asString();

        assertThat(decide(path, "accept", page, boxes(page).subList(0, 2)).statusCode()).isEqualTo(303);
        assertThat(milestones("review-drafts")).hasSize(2).noneMatch(m -> m.published);
        page = get(path).asString();
        assertThat(visible(page)).contains("2 accepted as drafts · Undo");

        // One candidate by its own button: the boxes ticked beside it do not count.
        String one = boxes(page).get(0);
        Response rejected = post(path + "/review/reject", page, List.of("id", boxes(page).get(1), "candidate", one));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(states("review-drafts")).containsEntry("REJECTED", 1L).containsEntry("PENDING", 2L);
        page = get(path).asString();
        assertThat(visible(page)).contains("1 rejected · Undo").doesNotContain("accepted as drafts · Undo");

        assertThat(flash(post(path + "/review/undo", page, List.of()))).isEqualTo("Undone: 1 candidate is back in the queue");
        assertThat(states("review-drafts")).containsEntry("PENDING", 3L).containsEntry("ACCEPTED", 2L);
        assertThat(milestones("review-drafts")).hasSize(2);
    }

    @Test
    void undoKeepsAMilestoneSomeoneEditedAndSaysSo() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-edited", "Edited", 3);
        String page = get(path).asString();
        assertThat(decide(path, "publish", page, boxes(page)).statusCode()).isEqualTo(303);
        MilestoneEntity first = milestones("review-edited").get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            MilestoneEntity edited = MilestoneEntity.findById(first.id);
            edited.headline = "Corrected by a colleague";
        });

        Response undone = post(path + "/review/undo", get(path).asString(), List.of());
        assertThat(flash(undone)).isEqualTo("Undone: 2 candidates are back in the queue. Kept 1 milestone someone edited"
                + " after it was accepted, with its candidate accepted: “Corrected by a colleague”");
        assertThat(milestones("review-edited")).extracting(m -> m.headline).containsExactly("Corrected by a colleague");
        assertThat(states("review-edited")).containsEntry("PENDING", 2L).containsEntry("ACCEPTED", 1L);
    }

    @Test
    void aFormSentTwiceOrAfterAColleagueDecidesNothingTwice() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-twice", "Twice", 4);
        String page = get(path).asString();
        List<String> ids = boxes(page);

        assertThat(decide(path, "publish", page, ids.subList(0, 2)).statusCode()).isEqualTo(303);
        Response again = decide(path, "publish", page, ids.subList(0, 2));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(flash(again)).isEqualTo("Nothing done: the 2 selected candidates were decided already, by another"
                + " editor or by this form sent twice");
        assertThat(milestones("review-twice")).hasSize(2);

        // A colleague's page still lists the first two: their decision takes what is left, and says so.
        CookieFilter colleague = new CookieFilter();
        if (accounts.find(OTHER_EDITOR).isEmpty()) {
            accounts.create(OTHER_EDITOR, "Colleague", PASSWORD, AccountEntity.Role.EDITOR);
        }
        signIn(colleague, OTHER_EDITOR, PASSWORD);
        Response theirs = given().filter(colleague).redirects().follow(false).when().get(path);
        Response rejected = postAs(colleague, path + "/review/reject", theirs.asString(),
                List.of("id", ids.get(1), "id", ids.get(2), "id", ids.get(3)));
        assertThat(flash(rejected)).isEqualTo("2 rejected; 1 of the selected had been decided already by another editor"
                + " and was left as decided");
        assertThat(states("review-twice")).containsEntry("ACCEPTED", 2L).containsEntry("REJECTED", 2L);

        // Each editor's undo is their own.
        assertThat(visible(get(path).asString())).contains("2 accepted and published · Undo");
        assertThat(flash(post(path + "/review/undo", get(path).asString(), List.of())))
                .isEqualTo("Undone: 2 candidates are back in the queue");
        assertThat(states("review-twice")).containsEntry("PENDING", 2L).containsEntry("REJECTED", 2L);
    }

    @Test
    void twoEditorsPublishingTheSameCandidatesAtOnceMakeEachMilestoneOnce() throws Exception {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-race", "Race", 12);
        CookieFilter colleague = new CookieFilter();
        if (accounts.find(OTHER_EDITOR).isEmpty()) {
            accounts.create(OTHER_EDITOR, "Colleague", PASSWORD, AccountEntity.Role.EDITOR);
        }
        signIn(colleague, OTHER_EDITOR, PASSWORD);
        String mine = get(path).asString();
        String theirs = given().filter(colleague).redirects().follow(false).when().get(path).asString();
        List<String> ids = boxes(mine);
        List<Object> fields = new ArrayList<>();
        ids.forEach(id -> {
            fields.add("id");
            fields.add(id);
        });

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> me = () -> post(path + "/review/publish", mine, fields);
            Callable<Response> them = () -> postAs(colleague, path + "/review/publish", theirs, fields);
            Future<Response> a = pool.submit(me);
            Future<Response> b = pool.submit(them);
            assertThat(a.get().statusCode()).isEqualTo(303);
            assertThat(b.get().statusCode()).isEqualTo(303);
        } finally {
            pool.shutdownNow();
        }
        assertThat(milestones("review-race")).hasSize(12);
        assertThat(states("review-race")).containsEntry("ACCEPTED", 12L);
    }

    @Test
    void wrongSelectionsGetAClearMessageAndChangeNothing() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-wrong", "Wrong", 2);
        String other = queue("review-elsewhere", "Elsewhere", 1);
        String page = get(path).asString();
        String elsewhere = boxes(get(other).asString()).get(0);

        Response none = decide(path, "accept", page, List.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.asString()).contains("id=\"e-selection\" role=\"alert\">Select one or more candidates first");

        Response letters = decide(path, "accept", page, List.of(boxes(page).get(0), "abc"));
        assertThat(letters.statusCode()).isEqualTo(400);
        assertThat(letters.asString()).contains("&#39;abc&#39; is not a candidate&#39;s number: nothing was done");

        Response foreign = decide(path, "reject", page, List.of(boxes(page).get(0), elsewhere));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.asString()).contains("There is no candidate " + elsewhere + " in this timeline&#39;s queue");
        assertThat(states("review-wrong")).containsEntry("PENDING", 2L);
        assertThat(states("review-elsewhere")).containsEntry("PENDING", 1L);

        Response verdict = decide(path, "publish-everything", page, boxes(page));
        assertThat(verdict.statusCode()).isEqualTo(404);
        assertThat(verdict.asString()).contains("There is no review action");

        Response missing = decide("/editor/timelines/no-such-desk/import", "accept", page, boxes(page));
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefused() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-csrf", "Csrf", 2);
        List<String> ids = boxes(get(path).asString());

        Response forged = given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("id", ids.get(0)).when().post(path + "/review/publish");
        assertThat(forged.statusCode()).isEqualTo(400);
        Response undo = given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("offset", "0").when().post(path + "/review/undo");
        assertThat(undo.statusCode()).isEqualTo(400);
        assertThat(states("review-csrf")).containsEntry("PENDING", 2L);
    }

    @Test
    void theQueueIsGroupedByArticleTheLikeliestFirstAndPaged() {
        signIn(cookies, "admin", "test-admin-password");
        String path = queue("review-groups", "Groups", 25);
        String text = "Opening words of the article. The envoys met in Riyadh on Tuesday. Both sides called it useful.";
        int start = text.indexOf("The envoys");
        int end = text.indexOf("Tuesday.") + "Tuesday.".length();
        Source quoted = Source.quoting("Envoys meet", "The Ledger", "https://news.example.org/riyadh", null, text, start, end);
        List<Candidate> riyadh = List.of(
                new Candidate(Milestone.builder("Unlikely reading").date(HistoricalDate.ofDay(2025, 2, 18)).sources(List.of(quoted)).build(),
                        0.3, 0, List.of()),
                new Candidate(Milestone.builder("Envoys meet in Riyadh").date(HistoricalDate.ofDay(2025, 2, 18)).sources(List.of(quoted)).build(),
                        0.9, 0, List.of()));
        imports.enqueue("review-groups", riyadh, "riyadh-article", "text", "The article", text);

        String first = get(path).asString();
        assertThat(boxes(first)).hasSize(ImportQueue.REVIEW_PAGE);
        assertThat(visible(first)).contains("Candidates 1–20 of 27 · page 1 of 2", "25 candidates from this article waiting, 20 on this page");
        // The first article's candidates, the likeliest first (the fixture gives candidate n the confidence 1 - n/100).
        assertThat(Pattern.compile("<h4 id=\"h-\\d+\">([^<]+)</h4>").matcher(first).results().map(m -> m.group(1)).limit(3))
                .containsExactly("Groups event 0", "Groups event 1", "Groups event 2");

        String second = get(path + "?offset=20").asString();
        assertThat(second).contains("<h3 id=\"a-1\">Envoys meet · The Ledger</h3>")
                .contains("rel=\"prev\" href=\"" + path + "?offset=0\"").doesNotContain("rel=\"next\"");
        assertThat(Pattern.compile("<h4 id=\"h-\\d+\">([^<]+)</h4>").matcher(second).results().map(m -> m.group(1)))
                .containsSubsequence("Envoys meet in Riyadh", "Unlikely reading");
        assertThat(visible(second)).contains("high (90 %)", "low (30 %)", "Precisionday");
        // In German, the precision, the confidence and what a screen reader hears before the marks are German too.
        String german = given().filter(cookies).header("Accept-Language", "de").when().get(path + "?offset=20").asString();
        assertThat(visible(german)).contains("hoch (90 %)", "niedrig (30 %)", "GenauigkeitTag").doesNotContain("high (", "Genauigkeitday");
        assertThat(german).contains("[der Beleg: </span>The envoys met").doesNotContain("[the evidence: ");
        // The evidence in its article, the sentences around it, the quote marked.
        assertThat(second).contains("<summary>The sentence in its article")
                .contains("Opening words of the article. <mark class=\"tl-mark tl-mark--quote\"><span class=\"tl-visually-hidden\">"
                        + "[the evidence: </span>The envoys met in Riyadh on Tuesday.<");

        String all = get(path + "?offset=20&select=all").asString();
        assertThat(all.split(" checked>", -1).length - 1).isEqualTo(7);
        assertThat(get(path + "?offset=x").statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** A timeline with {@code count} queued candidates, the first the likeliest; its import page's path. */
    private String queue(String slug, String title, int count) {
        if (editor.timeline(slug).isEmpty()) {
            editor.createTimeline(new ApiModel.NewTimeline(title + " desk", slug, "", "PUBLISHED"));
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Milestone m = Milestone.builder(title + " event " + i).date(HistoricalDate.ofDay(2020, 1, 1 + i % 28))
                        .sources(List.of(Source.of(title + " article", null, null, null, "Sentence " + i + "."))).build();
                candidates.add(new Candidate(m, 1 - i / 100.0, 0, List.of()));
            }
            // Queued in reverse, so that the page's order comes from the confidence, not from the queue.
            java.util.Collections.reverse(candidates);
            imports.enqueue(slug, candidates, slug + "-article", "text", "The article");
        }
        return "/editor/timelines/" + slug + "/import";
    }

    private void signIn(CookieFilter filter, String username, String password) {
        Response page = given().filter(filter).when().get("/login");
        Response response = given().filter(filter).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).when().post(EditorSession.signInAddress(page));
        assertThat(response.getCookie("timeline-session")).as("signed in as %s", username).isNotNull();
    }

    private Response get(String path) {
        return given().filter(cookies).redirects().follow(false).when().get(path);
    }

    private Response decide(String path, String verdict, String page, List<String> ids) {
        List<Object> fields = new ArrayList<>();
        ids.forEach(id -> {
            fields.add("id");
            fields.add(id);
        });
        return post(path + "/review/" + verdict, page, fields);
    }

    private Response post(String path, String page, List<?> fields) {
        return postAs(cookies, path, page, fields);
    }

    /** Posts a form of {@code page} with its CSRF token; {@code fields} are names and values in turn. */
    private static Response postAs(CookieFilter filter, String path, String page, List<?> fields) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        RequestSpecification request = given().filter(filter).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token.group(1))
                .formParam("offset", "0");
        for (int i = 0; i < fields.size(); i += 2) {
            request.formParam((String) fields.get(i), fields.get(i + 1));
        }
        return request.when().post(path);
    }

    private static List<String> boxes(String html) {
        return BOX.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String flash(Response response) {
        return response.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("timeline-flash="))
                .map(c -> URLDecoder.decode(c.substring("timeline-flash=".length(), c.indexOf(';')), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    private static java.util.Map<String, Long> states(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ImportCandidateEntity.<ImportCandidateEntity>list("timeline.slug", slug)
                .stream().collect(java.util.stream.Collectors.groupingBy(c -> c.state.name(), java.util.stream.Collectors.counting())));
    }

    private static List<MilestoneEntity> milestones(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> MilestoneEntity.<MilestoneEntity>list("timeline.slug = ?1 order by slug", slug));
    }

    /** The page's text as a sighted reader sees it. */
    private static String visible(String html) {
        return html.replaceAll("<span class=\"tl-visually-hidden\">[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
    }
}
