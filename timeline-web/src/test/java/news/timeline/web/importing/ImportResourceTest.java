package news.timeline.web.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.Source;
import news.timeline.core.milestone.Summary;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.event.Candidate;
import news.timeline.web.editor.EditorService;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.MilestoneHistory;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import page: uploads of every format, fetching by URL from a local server in a background job (refused
 * until an administrator allows 127.0.0.1, then timeouts, sizes, types and redirects, each the job's failure),
 * the publication date confirmed before extraction, and candidates accepted after editing or merged into a
 * milestone. ImportJobsResourceTest has the jobs' retries and what the page says of them.
 */
@QuarkusTest
class ImportResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PUBLISHED = "2025-02-12";
    private static final String LOCAL = "127.0.0.1";
    private static final int SIX_MB = 6 * 1024 * 1024;
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>The Daily Ledger</title>
            <item><title>Biden and Putin meet in Geneva</title><link>https://news.example.org/geneva</link>
            <pubDate>Wed, 16 Jun 2021 21:55:00 +0000</pubDate>
            <description>President Joe Biden met President Vladimir Putin in Geneva on Wednesday.</description></item>
            <item><title>Trump and Putin talk</title><link>https://news.example.org/call</link>
            <pubDate>Wed, 12 Feb 2025 20:00:00 +0000</pubDate>
            <description>Donald Trump held a phone call with Vladimir Putin on Wednesday.</description></item>
            </channel></rss>
            """;
    private static final String TIMELINE_JS = """
            {"title": {"text": {"headline": "Relations"}},
             "events": [
               {"start_date": {"year": "2014", "month": "3", "day": "18"}, "text": {"headline": "Russia annexes Crimea"}},
               {"start_date": {"year": "2021", "month": "6", "day": "16"}, "text": {"headline": "Geneva summit"}}]}
            """;

    private static HttpServer server;
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    private static ExecutorService threads;
    private static String article;

    @Inject
    LoginThrottle throttle;

    @Inject
    FetchHosts hosts;

    @Inject
    EditorService editor;

    @Inject
    TimelineStore store;

    @Inject
    MilestoneHistory history;

    @Inject
    ImportQueue imports;

    @Inject
    ImportJobs jobs;

    private final CookieFilter cookies = new CookieFilter();

    /** A news site on 127.0.0.1: an article, a slow page, a huge page, an image and redirects. */
    @BeforeAll
    static void startTheNewsSite() throws IOException {
        try (InputStream in = ImportResourceTest.class.getClassLoader().getResourceAsStream("demo/us-russia-call-2025-02-12.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Call</title>"
                + "<meta property=\"article:published_time\" content=\"2025-02-12T18:00:00+00:00\"></head><body><article>"
                + "<h1>US-Russia Relations: Potential Shift Towards Peace Negotiations</h1>");
        article.lines().skip(1).forEach(line -> page.append("<p>").append(line).append("</p>"));
        byte[] html = page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);

        server = HttpServer.create(new InetSocketAddress(LOCAL, 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/news/call.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                RELEASE_SLOW.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/huge.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < SIX_MB; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The importer hung up once past its cap, as it should.
            }
        });
        server.createContext("/photo.png", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 4);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            }
        });
        server.createContext("/to-intranet", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://10.0.0.7/admin");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/news/call.html");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopTheNewsSite() {
        RELEASE_SLOW.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void aLocalSiteIsRefusedUntilAnAdministratorAllowsIt() {
        hosts.remove(LOCAL);
        signIn();
        String path = timeline("import-fetch");

        Response refused = post(path + "/fetch", Map.of("address", site("/news/call.html")));
        assertThat(refused.statusCode()).isEqualTo(303);
        ImportJobs.View failed = ImportJobsResourceTest.finished(jobs, "import-fetch");
        assertThat(failed.attempt()).as("refused by policy: not tried again").isEqualTo(1);
        assertThat(failed.reason()).isEqualTo("Refused to fetch " + site("/news/call.html")
                + ": '127.0.0.1' resolves to 127.0.0.1, a loopback address, which the server does not fetch from; "
                + "an administrator can allow this host under Import hosts (/editor/import-hosts)");
        assertThat(get(path).asString()).contains("<p class=\"tl-error\">Failed: Refused to fetch " + site("/news/call.html")
                + ": &#39;127.0.0.1&#39; resolves to 127.0.0.1, a loopback address");

        Response allowed = post("/editor/import-hosts", "/editor/import-hosts", Map.of("host", LOCAL));
        assertThat(allowed.statusCode()).isEqualTo(303);
        assertThat(get("/editor/import-hosts").asString()).contains("<td>127.0.0.1</td>");

        Response fetched = post(path + "/fetch", Map.of("address", site("/moved")));
        assertThat(fetched.statusCode()).isEqualTo(303);
        assertThat(ImportJobsResourceTest.finished(jobs, "import-fetch").status())
                .isEqualTo(news.timeline.web.persistence.ImportJobEntity.Status.DONE);
        String confirm = get(path).asString();
        assertThat(confirm).contains("US-Russia Relations: Potential Shift Towards Peace Negotiations",
                "href=\"" + site("/news/call.html") + "\"", "value=\"2025-02-12\"");

        Response extracted = post(path + "/confirm", Map.of("id", stagedId(confirm), "published", PUBLISHED));
        assertThat(extracted.statusCode()).isEqualTo(303);
        String review = get(path).asString();
        assertThat(candidates(review)).isGreaterThanOrEqualTo(5);
        assertThat(visible(review)).contains("The call between Trump and Putin lasted approximately 90 minutes")
                .doesNotContain("Confirm the publication dates");
    }

    @Test
    void aSlowSiteTimesOutOnEveryAttempt() {
        hosts.allow(LOCAL, "test");
        signIn();
        Response slow = post(timeline("import-slow") + "/fetch", Map.of("address", site("/slow")));
        assertThat(slow.statusCode()).isEqualTo(303);

        ImportJobs.View job = ImportJobsResourceTest.finished(jobs, "import-slow");
        assertThat(job.attempt()).as("a timeout may pass: tried as often as allowed").isEqualTo(3);
        assertThat(job.reason()).contains(site("/slow") + " did not send the article within 2 seconds");
        assertThat(get(timeline("import-slow")).asString())
                .contains("Failed: " + site("/slow") + " did not send the article within 2 seconds");
    }

    @Test
    void aPageOverTheSizeCapIsRefused() {
        hosts.allow(LOCAL, "test");
        signIn();
        Response huge = post(timeline("import-huge") + "/fetch", Map.of("address", site("/huge.html")));
        assertThat(huge.statusCode()).isEqualTo(303);

        ImportJobs.View job = ImportJobsResourceTest.finished(jobs, "import-huge");
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.reason()).contains(site("/huge.html") + " is larger than the 5 MB the importer takes");
    }

    @Test
    void aTypeTheImporterDoesNotReadIsRefused() {
        hosts.allow(LOCAL, "test");
        signIn();
        Response image = post(timeline("import-image") + "/fetch", Map.of("address", site("/photo.png")));
        assertThat(image.statusCode()).isEqualTo(303);

        ImportJobs.View job = ImportJobsResourceTest.finished(jobs, "import-image");
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(get(timeline("import-image")).asString())
                .contains(site("/photo.png") + " is &#39;image/png&#39;, not an article page");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        hosts.allow(LOCAL, "test");
        signIn();
        Response redirected = post(timeline("import-redirect") + "/fetch", Map.of("address", site("/to-intranet")));
        assertThat(redirected.statusCode()).isEqualTo(303);

        ImportJobs.View job = ImportJobsResourceTest.finished(jobs, "import-redirect");
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.reason()).contains("Refused to fetch http://10.0.0.7/admin: '10.0.0.7' resolves to "
                + "10.0.0.7, a private address");
    }

    @Test
    void addressesThatAreNoWebAddressesAreRefused() {
        signIn();
        String path = timeline("import-schemes");

        assertThat(post(path + "/fetch", Map.of("address", "file:///etc/passwd")).asString())
                .contains("&#39;file:///etc/passwd&#39; is not an http:// or https:// address");
        assertThat(post("/editor/import-hosts", "/editor/import-hosts", Map.of("host", "http://*.example.org")).asString())
                .contains("id=\"e-host\">&#39;http://*.example.org&#39; is not a host name or an IP address");
    }

    @Test
    void anUploadedTextWaitsForItsDateAndThenShowsMarkedSentences() {
        signIn();
        String path = timeline("import-upload");

        Response uploaded = upload(path, "call.txt", article.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String confirm = get(path).asString();
        assertThat(confirm).contains("call.txt", "Confirm the publication dates");

        Response missing = post(path + "/confirm", Map.of("id", stagedId(confirm), "published", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.asString()).contains("id=\"e-published-" + stagedId(confirm) + "\">The publication date must look like");

        assertThat(post(path + "/confirm", Map.of("id", stagedId(confirm), "published", PUBLISHED)).statusCode()).isEqualTo(303);
        String review = get(path).asString();
        assertThat(review).containsPattern("<mark class=\"tl-mark tl-mark--trigger\"><span class=\"tl-visually-hidden\">\\[event words: </span>[^<]*call")
                .contains("<mark class=\"tl-mark tl-mark--time\"><span class=\"tl-visually-hidden\">[date expression: </span>2014<")
                .contains("<dt>Precision</dt><dd>year</dd>", "<dt>Precision</dt><dd>undated</dd>")
                .containsPattern("(?i)<dt>Status</dt><dd>planned</dd>");

        Response again = upload(path, "call-again.txt", article.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(again.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("imported+before"));
    }

    @Test
    void aPastedArticleWithoutADateTakesItsDatelineOrAsksForOne() {
        signIn();
        String path = timeline("import-dateline");
        Response undated = post(path, Map.of("text", "The two presidents met in Geneva on Wednesday.", "published", ""));
        assertThat(undated.statusCode()).isEqualTo(400);
        assertThat(undated.asString()).contains("id=\"e-published\">Give the publication date (2025-02-12): the text has no dateline")
                .contains("The two presidents met in Geneva on Wednesday.");

        String text = "GENEVA, June 16, 2021 \u2014 President Joe Biden and President Vladimir Putin met in Geneva on"
                + " Wednesday for their first summit.";
        Response dated = post(path, Map.of("text", text, "published", ""));
        assertThat(dated.statusCode()).isEqualTo(303);
        assertThat(get(path).asString()).contains("2021-06-16");
    }

    @Test
    void aPastedArticleWithItsHeadlineOnTheFirstLineIsNamedByIt() {
        signIn();
        String path = timeline("import-pasted-headline");
        String text = "Navalny dies in Arctic prison\n\nAlexei Navalny died in prison on Friday, the prison service said.";
        Response posted = post(path, Map.of("text", text, "published", "2024-02-16"));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(get(path).asString()).contains("Navalny dies in Arctic prison").doesNotContain("An article without a headline");

        String untitled = timeline("import-untitled");
        post(untitled, Map.of("text", "Alexei Navalny died in prison on Friday, the prison service said.",
                "published", "2024-02-16"));
        assertThat(get(untitled).asString()).contains("An article without a headline");
        assertThat(given().filter(cookies).header("Accept-Language", "de").when().get(untitled).asString())
                .contains("Ein Artikel ohne Überschrift").doesNotContain("An article without a headline");
    }

    @Test
    void aNameReadDespiteItsTypoIsNotedInTheEditorsLanguage() {
        signIn();
        String path = timeline("import-typo");
        Response posted = post(path, Map.of("text", "US Defense Secretary Beith Higseth visited Kyiv on Wednesday.",
                "published", "2025-02-12"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(get(path).asString()).contains("read as Pete Hegseth");
        String german = given().filter(cookies).header("Accept-Language", "de").when().get(path).asString();
        assertThat(german).contains("gelesen als Pete Hegseth").doesNotContain("read as Pete Hegseth");
    }

    @Test
    void whatCameOfAnUploadAndItsProblemsAreSaidInTheEditorsLanguage() {
        signIn();
        String path = timeline("import-german");
        Response uploaded = given().filter(cookies).header("Accept-Language", "de").redirects().follow(false)
                .multiPart("csrf-token", csrf(get(path).asString()))
                .multiPart("file", "notes.txt", "Talks began in Riyadh on Tuesday.\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain").multiPart("uploadPublished", "").when().post(path + "/upload");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String german = given().filter(cookies).header("Accept-Language", "de").when().get(path).asString();
        assertThat(german).contains("Gelesene Artikel: 1", "Probleme: notes.txt, Titel: Warnung: kein Titel")
                .doesNotContain("article read", "Problems:");

        Response latin1 = given().filter(cookies).header("Accept-Language", "uk").redirects().follow(false)
                .multiPart("csrf-token", csrf(get(path).asString()))
                .multiPart("file", "notes.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9}, "text/plain")
                .multiPart("uploadPublished", "").when().post(path + "/upload");
        assertThat(latin1.asString()).contains("id=\"e-file\">notes.txt: файл не є текстом UTF-8");
    }

    @Test
    void aFeedGivesOneArticleAnItemWithItsOwnDateAndTimelineJsMilestonesArriveDated() {
        signIn();
        String path = timeline("import-feed");

        assertThat(upload(path, "world.rss", FEED.getBytes(StandardCharsets.UTF_8), "application/rss+xml").statusCode())
                .isEqualTo(303);
        String confirm = get(path).asString();
        assertThat(confirm).contains("Biden and Putin meet in Geneva", "value=\"2021-06-16\"", "Trump and Putin talk",
                "value=\"2025-02-12\"", "href=\"https://news.example.org/call\"");

        List<String> ids = Pattern.compile("name=\"id\" value=\"(\\d+)\"").matcher(confirm).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).hasSize(2);
        Response both = given().filter(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(confirm)).formParam("id", ids.get(0), ids.get(1))
                .formParam("published", "2021-06-16", "2025-02-12").when().post(path + "/confirm");
        assertThat(both.statusCode()).isEqualTo(303);
        String fromFeed = get(path).asString();
        assertThat(fromFeed).contains("Biden and Putin meet in Geneva", "(2021-06-16)", "(2025-02-12)")
                .doesNotContain("Confirm the publication dates");

        assertThat(upload(path, "relations.json", TIMELINE_JS.getBytes(StandardCharsets.UTF_8), "application/json")
                .getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.contains("2+dated+milestones"));
        String review = get(path).asString();
        assertThat(review).contains("Russia annexes Crimea", "(2014-03-18)", "Geneva summit", "(2021-06-16)",
                "from the TimelineJS file relations.json");
    }

    @Test
    void anUnreadableFileIsNamedWithItsProblem() {
        signIn();
        String path = timeline("import-broken");

        Response broken = upload(path, "broken.json", "{\"events\": [".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.asString()).contains("id=\"e-file\">broken.json: ");

        Response latin1 = upload(path, "notes.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9}, "text/plain");
        assertThat(latin1.asString()).contains("id=\"e-file\">notes.txt: the file is not UTF-8 text");

        Response none = given().filter(cookies).redirects().follow(false).multiPart("csrf-token", csrf(get(path).asString()))
                .multiPart("uploadPublished", "").when().post(path + "/upload");
        assertThat(none.asString()).contains("id=\"e-file\">Choose one or more files to upload");
    }

    @Test
    void aCandidateIsAcceptedAfterEditingOrMergedIntoALikelyDuplicate() {
        signIn();
        Source earlier = Source.of("Trump and Putin speak", "Wire", "https://wire.example.org/call", null, "They spoke.");
        Milestone call = Milestone.builder("Trump and Putin speak by phone").slug("trump-putin-call")
                .date(HistoricalDate.parse(PUBLISHED)).kind(MilestoneKind.PHONE_CALL)
                .actors(demoActors("Donald Trump", "Vladimir Putin")).sources(List.of(earlier)).build();
        if (store.find("import-merge").isEmpty()) {
            store.save(new Timeline("import-merge", "Import merge", "", List.of(), List.of(call)));
        }
        String path = "/editor/timelines/import-merge/import";
        assertThat(post(path, Map.of("text", article, "published", PUBLISHED)).statusCode()).isEqualTo(303);
        String review = get(path).asString();

        // The merge form of the candidate that has the phone call among its likely duplicates.
        Matcher merge = Pattern.compile("action=\"(" + Pattern.quote(path) + "/(\\d+)/merge)\">(?:(?!</form>).)*"
                + "<option value=\"trump-putin-call\">", Pattern.DOTALL).matcher(review);
        assertThat(merge.find()).isTrue();
        assertThat(review).contains("<option value=\"trump-putin-call\">Trump and Putin speak by phone (2025-02-12) — "
                + "compatible date; same kind; shared actors: Donald Trump, Vladimir Putin");
        int before = history.versions("import-merge", "trump-putin-call").size();
        Response merged = post(merge.group(1), path, Map.of("milestone", "trump-putin-call"));
        assertThat(merged.statusCode()).isEqualTo(303);
        Milestone after = store.find("import-merge").orElseThrow().milestones().stream()
                .filter(m -> m.slug().equals("trump-putin-call")).findFirst().orElseThrow();
        assertThat(after.sources()).hasSizeGreaterThan(1).first().isEqualTo(earlier);
        assertThat(after.sources()).anyMatch(s -> s.quote().startsWith("The call between Trump and Putin"));
        assertThat(after.summary().text()).isNotBlank();
        assertThat(history.versions("import-merge", "trump-putin-call")).hasSize(before + 1);
        assertThat(candidates(get(path).asString())).isEqualTo(candidates(review) - 1);

        // Any milestone can be named by its address, beyond the suggestions.
        review = get(path).asString();
        Matcher other = Pattern.compile("action=\"(" + Pattern.quote(path) + "/(\\d+)/merge)\"").matcher(review);
        assertThat(other.find()).isTrue();
        assertThat(post(other.group(1), path, Map.of("other", "no-such-milestone")).asString())
                .contains("This timeline has no milestone at the address &#39;no-such-milestone&#39;");
        Response intoAny = post(other.group(1), path, Map.of("milestone", "trump-putin-call", "other", " trump-putin-call "));
        assertThat(intoAny.statusCode()).isEqualTo(303);
        assertThat(candidates(get(path).asString())).isEqualTo(candidates(review) - 1);

        review = get(path).asString();
        Matcher edit = Pattern.compile("href=\"(" + Pattern.quote(path) + "/(\\d+)/edit)\"").matcher(review);
        assertThat(edit.find()).isTrue();
        String form = get(edit.group(1)).asString();
        assertThat(form).contains("name=\"candidate\" value=\"" + edit.group(2) + "\"");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("headline", "Edited from the queue", "date", "2025-02",
                "status", "occurred", "kind", "statement", "importance", "2", "candidate", edit.group(2)));
        Response invalid = post("/editor/timelines/import-merge/milestones", edit.group(1), Map.of("headline", "",
                "status", "occurred", "kind", "statement", "candidate", edit.group(2)));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.asString()).contains("name=\"candidate\" value=\"" + edit.group(2) + "\"");
        Response saved = post("/editor/timelines/import-merge/milestones", edit.group(1), fields);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(editor.milestone("import-merge", "edited-from-the-queue")).hasValueSatisfying(m ->
                assertThat(m.published()).isFalse());
        assertThat(get(path).asString()).doesNotContain("/import/" + edit.group(2) + "/edit");
        assertThat(post("/editor/timelines/import-merge/milestones", path, fields).statusCode()).isEqualTo(404);
    }

    @Test
    void aCandidateBeingAcceptedIsLockedUntilTheAcceptanceCommits() throws InterruptedException {
        signIn();
        String path = timeline("import-lock");
        assertThat(post(path, Map.of("text", article, "published", PUBLISHED)).statusCode()).isEqualTo(303);
        Matcher edit = Pattern.compile("href=\"" + Pattern.quote(path) + "/(\\d+)/edit\"").matcher(get(path).asString());
        assertThat(edit.find()).isTrue();
        long id = Long.parseLong(edit.group(1));
        java.util.concurrent.CompletableFuture<Void> rejection = new java.util.concurrent.CompletableFuture<>();

        imports.acceptEdited("import-lock", id, () -> {
            // A second editor rejects the candidate while the first is saving it: the rejection must wait.
            Thread other = new Thread(() -> {
                try {
                    imports.reject("import-lock", id);
                    rejection.complete(null);
                } catch (RuntimeException e) {
                    rejection.completeExceptionally(e);
                }
            });
            other.start();
            try {
                other.join(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "saved";
        });

        assertThat(rejection).failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(news.timeline.web.NotFound.class);
        assertThat(get(path).asString()).doesNotContain("/import/" + id + "/edit");
    }

    /** The queue holds the importer's plain text, escaped, and whatever a site archive brought: a summary is cleaned as it leaves. */
    @Test
    void aQueuedSummaryIsCleanedOnceAsItLeavesTheQueue() {
        timeline("import-cleaning");
        Milestone talks = Milestone.builder("Talks resume").date(HistoricalDate.ofDay(2025, 2, 12))
                .summary("Talks in <Geneva> & Bern").build();
        imports.enqueue("import-cleaning", List.of(new Candidate(talks, 0.9, 0, List.of())), "cleaning", "file", "'cleaning'");
        Milestone queued = imports.pending("import-cleaning", 0, 10).get(0).milestone();
        assertThat(queued.summary()).isInstanceOf(Summary.Markup.class);
        assertThat(queued.summary().html()).isEqualTo("Talks in &lt;Geneva&gt; &amp; Bern");
        assertThat(queued.summary().text()).isEqualTo("Talks in <Geneva> & Bern");

        // As a site archive may bring it: markup the editor's form would have cleaned.
        QuarkusTransaction.requiringNew().run(() -> {
            ImportCandidateEntity row = ImportCandidateEntity.<ImportCandidateEntity>find("articleHash", "cleaning").singleResult();
            row.milestone = row.milestone.replace("Talks in &lt;Geneva&gt; &amp; Bern", "<em>Talks</em><script>alert(1)</script>");
        });
        long id = imports.pending("import-cleaning", 0, 10).get(0).id();
        String accepted = imports.accept("import-cleaning", id);

        assertThat(editor.milestone("import-cleaning", accepted).orElseThrow().milestone().summary().html())
                .isEqualTo("<em>Talks</em>");
    }

    @Test
    void aHugeSpreadsheetIsRefusedWholeAndTheReviewIsPaged() {
        signIn();
        String path = timeline("import-caps");

        // 4.9 MB of TimelineJS spreadsheet used to become a hundred thousand candidates. Over 256 KB, it is read
        // in the background, and its job fails for the rows before any is extracted.
        Response rows = upload(path, "huge.csv", timelineJsCsv(5001), "text/csv");
        assertThat(rows.statusCode()).isEqualTo(303);
        ImportJobs.View job = ImportJobsResourceTest.finished(jobs, "import-caps");
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.reason()).contains("huge.csv: has more than 5000 rows, the most one spreadsheet may have");

        Response many = upload(path, "many.csv", timelineJsCsv(1001), "text/csv");
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(visible(many.asString())).contains("many.csv", "gives 1001 candidate milestones, more than the 1000 one import may add");
        assertThat(candidates(get(path).asString())).as("nothing was queued").isZero();

        assertThat(upload(path, "fine.csv", timelineJsCsv(120), "text/csv").statusCode()).isEqualTo(303);
        String first = get(path).asString();
        assertThat(candidates(first)).isEqualTo(ImportQueue.REVIEW_PAGE);
        assertThat(visible(first)).contains("Candidates 1–20 of 120 · page 1 of 6");
        String last = get(path + "?offset=100").asString();
        assertThat(candidates(last)).isEqualTo(20);
        assertThat(last).contains("rel=\"prev\" href=\"" + path + "?offset=80\"").doesNotContain("rel=\"next\"");
        assertThat(get(path + "?offset=x").statusCode()).isEqualTo(200);
        assertThat(visible(get(path + "?offset=500").asString())).contains("Candidates 101–120 of 120 · page 6 of 6");
    }

    /** A TimelineJS spreadsheet with a title row and {@code events} dated rows. */
    static byte[] timelineJsCsv(int events) {
        StringBuilder csv = new StringBuilder(String.join(",", news.timeline.web.export.TimelineJsExport.CSV_COLUMNS)).append("\n");
        csv.append(",,,,,,,,,Big file,,,,,,title,,\n");
        for (int i = 0; i < events; i++) {
            csv.append(2000 + i % 20).append(",1,1,,,,,,,Event number ").append(i).append(",Text of event ").append(i)
                    .append(",,,,,,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void signIn() {
        signIn(cookies);
    }

    /** Signs the test's administrator in, keeping the session in {@code cookies}. */
    static void signIn(CookieFilter cookies) {
        Response page = given().filter(cookies).when().get("/login");
        Response response = given().filter(cookies).redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "test-admin-password").when().post(EditorSession.signInAddress(page));
        assertThat(response.getCookie("timeline-session")).isNotNull();
    }

    private String timeline(String slug) {
        return timeline(editor, slug);
    }

    /** A timeline of the given slug exists; its import page's path. */
    static String timeline(EditorService editor, String slug) {
        if (editor.timeline(slug).isEmpty()) {
            editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("Import " + slug, slug, "", "DRAFT"));
        }
        return "/editor/timelines/" + slug + "/import";
    }

    /** The demo's actors, aliases and all: saving a timeline stores its actors, so others' pages keep theirs. */
    private static List<Actor> demoActors(String... names) {
        List<Actor> all = news.timeline.web.demo.DemoTimeline.load().milestones().stream()
                .flatMap(m -> m.actors().stream()).distinct().toList();
        return java.util.Arrays.stream(names)
                .map(name -> all.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()).toList();
    }

    private static String site(String path) {
        return "http://" + LOCAL + ":" + server.getAddress().getPort() + path;
    }

    private Response get(String path) {
        return given().filter(cookies).redirects().follow(false).when().get(path);
    }

    /** Posts a form found on the import page, with that page's CSRF token. */
    private Response post(String path, Map<String, String> fields) {
        return post(path, path.replaceAll("/(fetch|confirm)$", ""), fields);
    }

    private Response post(String path, String formPage, Map<String, String> fields) {
        RequestSpecification request = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf(get(formPage).asString()));
        fields.forEach(request::formParam);
        return request.when().post(path);
    }

    private Response upload(String path, String name, byte[] content, String type) {
        return given().filter(cookies).redirects().follow(false).multiPart("csrf-token", csrf(get(path).asString()))
                .multiPart("file", name, content, type).multiPart("uploadPublished", "").when().post(path + "/upload");
    }

    static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("the page has a CSRF field").isTrue();
        return matcher.group(1);
    }

    private static String stagedId(String html) {
        Matcher matcher = Pattern.compile("name=\"id\" value=\"(\\d+)\"").matcher(html);
        assertThat(matcher.find()).as("an article waits for its date").isTrue();
        return matcher.group(1);
    }

    /** The page's text as a sighted reader sees it: no tags, no text only screen readers get. */
    private static String visible(String html) {
        return html.replaceAll("<span class=\"tl-visually-hidden\">[^<]*</span>", "").replaceAll("<[^>]+>", "");
    }

    private static int candidates(String html) {
        return html.split("class=\"tl-review__item\"", -1).length - 1;
    }
}
