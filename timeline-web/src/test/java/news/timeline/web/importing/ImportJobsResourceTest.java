package news.timeline.web.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.web.editor.EditorService;
import news.timeline.web.persistence.ImportJobEntity;
import news.timeline.web.persistence.ImportJobEntity.Status;
import news.timeline.web.persistence.TimelineEntity;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Imports in the background: an address becomes a job that the scheduler runs after the page answered, its
 * candidates arriving when it is done; a failure that may pass is tried again, one that would not fails at
 * once with its reason; a large upload is read the same way; the page lists the jobs in the editor's
 * language; readiness includes the job store; metrics count the attempts. The sites are on 127.0.0.1.
 */
@QuarkusTest
class ImportJobsResourceTest {

    private static final String LOCAL = "127.0.0.1";
    private static final long PATIENCE_MS = 60_000;
    private static final String TIMELINE_JS = """
            {"title": {"text": {"headline": "Relations"}},
             "events": [
               {"start_date": {"year": "2014", "month": "3", "day": "18"}, "text": {"headline": "Russia annexes Crimea"}},
               {"start_date": {"year": "2021", "month": "6", "day": "16"}, "text": {"headline": "Geneva summit"}}]}
            """;

    private static HttpServer server;
    private static ExecutorService threads;
    private static final CountDownLatch HELD = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final AtomicInteger FLAKY = new AtomicInteger();
    private static final AtomicInteger GONE = new AtomicInteger();

    @Inject
    LoginThrottle throttle;
    @Inject
    FetchHosts hosts;
    @Inject
    EditorService editor;
    @Inject
    ImportJobs jobs;
    @Inject
    Scheduler quartz;

    private final CookieFilter cookies = new CookieFilter();

    /** A site that holds one answer until the test lets it go, answers 503 once, and has a page that is gone. */
    @BeforeAll
    static void startTheSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(LOCAL, 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/held.json", exchange -> {
            HELD.countDown();
            try {
                RELEASE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/json", TIMELINE_JS);
        });
        server.createContext("/flaky.json", exchange -> {
            if (FLAKY.incrementAndGet() == 1) {
                send(exchange, 503, "text/plain", "Busy");
            } else {
                send(exchange, 200, "application/json", TIMELINE_JS);
            }
        });
        server.createContext("/gone.html", exchange -> {
            GONE.incrementAndGet();
            send(exchange, 404, "text/html", "<p>Gone</p>");
        });
        server.start();
    }

    @AfterAll
    static void stopTheSite() {
        RELEASE.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    @BeforeEach
    void allowTheSite() {
        throttle.forgive();
        hosts.allow(LOCAL, "test");
        ImportResourceTest.signIn(cookies);
    }

    @Test
    void anAddressBecomesAJobThatRunsAfterThePageAnsweredAndItsCandidatesArrive() throws InterruptedException {
        String path = ImportResourceTest.timeline(editor, "jobs-held");

        Response asked = post(path + "/fetch", path, site("/held.json"), "en");
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.getHeader("Location")).endsWith(path);
        assertThat(HELD.await(PATIENCE_MS, TimeUnit.MILLISECONDS)).as("a scheduler thread fetches the address").isTrue();
        // The page answered while the site still holds its answer: the job waits, or runs its first attempt.
        String waiting = visible(get(path, "en").asString());
        assertThat(waiting).contains("Imports in the background", site("/held.json"), "asked for by admin",
                "1 import has not finished yet.");
        assertThat(candidates(get(path, "en").asString())).isZero();
        // The list alone, as the page's script asks for it while a job is pending: no form, no page around it.
        Response list = get(path + "/jobs", "en");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("text/html");
        assertThat(list.asString().strip()).startsWith("<section class=\"tl-jobs\"").endsWith("</section>")
                .contains("data-refresh=\"" + path + "/jobs\"", "data-status=\"pending\"",
                        "data-live=\"This list follows the imports by itself")
                .doesNotContain("<form", "<html", "csrf");
        assertThat(visible(list.asString())).contains(site("/held.json"), "1 import has not finished yet.");
        RELEASE.countDown();

        ImportJobs.View job = finished(jobs, "jobs-held");
        assertThat(job.status()).isEqualTo(Status.DONE);
        assertThat(job.candidates()).isEqualTo(2);
        assertThat(job.requestedBy()).isEqualTo("admin");
        String done = get(path, "en").asString();
        assertThat(visible(done)).contains("Done: 2 dated milestones from TimelineJS to review")
                .doesNotContain("has not finished yet");
        assertThat(candidates(done)).isEqualTo(2);
        assertThat(visible(done)).contains("Russia annexes Crimea", "Geneva summit");
        String finished = get(path + "/jobs", "uk").asString();
        assertThat(finished).contains("data-status=\"done\"").doesNotContain("data-status=\"pending\"");
        assertThat(visible(finished)).contains("Імпорт у фоні", "Готово").doesNotContain("Ще не завершено");
    }

    @Test
    void theListAloneIsForEditorsOfATimelineThatExists() {
        assertThat(get("/editor/timelines/no-such-timeline/import/jobs", "en").statusCode()).isEqualTo(404);
        Response signedOut = given().redirects().follow(false).when().get("/editor/timelines/jobs-held/import/jobs");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.getHeader("Location")).contains("/login");
    }

    @Test
    void aTransientFailureIsTriedAgainAndThenSucceeds() {
        String path = ImportResourceTest.timeline(editor, "jobs-flaky");
        double retriedBefore = value(metrics(), "timeline_import_jobs_total{outcome=\"retried\"}");
        double doneBefore = value(metrics(), "timeline_import_jobs_total{outcome=\"done\"}");

        assertThat(post(path + "/fetch", path, site("/flaky.json"), "en").statusCode()).isEqualTo(303);

        ImportJobs.View job = finished(jobs, "jobs-flaky");
        assertThat(job.status()).isEqualTo(Status.DONE);
        assertThat(job.attempt()).as("the 503 was tried again").isEqualTo(2);
        assertThat(FLAKY.get()).isEqualTo(2);
        assertThat(job.candidates()).isEqualTo(2);
        assertThat(candidates(get(path, "en").asString())).isEqualTo(2);
        String metrics = metrics();
        assertThat(value(metrics, "timeline_import_jobs_total{outcome=\"retried\"}")).isEqualTo(retriedBefore + 1);
        assertThat(value(metrics, "timeline_import_jobs_total{outcome=\"done\"}")).isEqualTo(doneBefore + 1);
    }

    @Test
    void aPermanentFailureFailsAtOnceWithItsReasonInTheEditorsLanguage() {
        String path = ImportResourceTest.timeline(editor, "jobs-gone");
        double failedBefore = value(metrics(), "timeline_import_jobs_total{outcome=\"failed\"}");

        assertThat(post(path + "/fetch", path, site("/gone.html"), "de").getHeaders().getValues("Set-Cookie"))
                .anyMatch(cookie -> decoded(cookie).contains("wird im Hintergrund abgerufen"));

        ImportJobs.View job = finished(jobs, "jobs-gone");
        assertThat(job.status()).isEqualTo(Status.FAILED);
        assertThat(job.attempt()).as("a 404 is not tried again").isEqualTo(1);
        assertThat(GONE.get()).isEqualTo(1);
        assertThat(job.reason()).isEqualTo(site("/gone.html") + " answered HTTP 404 (not found); check the address");
        String page = get(path, "de").asString();
        assertThat(visible(page)).contains("Importe im Hintergrund", "beauftragt von admin",
                "Fehlgeschlagen: " + site("/gone.html") + " answered HTTP 404 (not found)");
        assertThat(page).contains("data-status=\"failed\"");
        assertThat(value(metrics(), "timeline_import_jobs_total{outcome=\"failed\"}")).isEqualTo(failedBefore + 1);
    }

    @Test
    void anAddressThatIsNoWebAddressOrTooLongIsRefusedAtOnceWithoutAJob() {
        String path = ImportResourceTest.timeline(editor, "jobs-scheme");

        Response refused = post(path + "/fetch", path, "ftp://example.org/news.html", "en");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"e-address\">&#39;ftp://example.org/news.html&#39; is not an http://");
        Response tooLong = post(path + "/fetch", path, "https://example.org/" + "a".repeat(2000), "de");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("id=\"e-address\">Die Adresse hat mehr als 2000 Zeichen");
        assertThat(jobs.recent("jobs-scheme")).isEmpty();
    }

    @Test
    void filesAddingUpToMoreThanTheThresholdAreReadInTheBackground() {
        String path = ImportResourceTest.timeline(editor, "jobs-upload");
        StringBuilder text = new StringBuilder("Talks in Riyadh\n\n");
        while (text.length() < 300 * 1024) {
            text.append("Envoys of both countries met in Riyadh on Tuesday to prepare the summit of their presidents.\n");
        }

        Response uploaded = given().filter(cookies).header("Accept-Language", "uk").redirects().follow(false)
                .multiPart("csrf-token", ImportResourceTest.csrf(get(path, "uk").asString()))
                .multiPart("file", "long.txt", text.toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("uploadPublished", "2025-02-18").when().post(path + "/upload");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.getHeaders().getValues("Set-Cookie")).anyMatch(cookie -> decoded(cookie).contains("Файлів, що читаються у фоні: 1"));

        ImportJobs.View job = finished(jobs, "jobs-upload");
        assertThat(job.status()).isEqualTo(Status.DONE);
        assertThat(job.kind()).isEqualTo(news.timeline.web.persistence.ImportJobEntity.Kind.FILE);
        assertThat(job.what()).isEqualTo("long.txt");
        assertThat(job.staged()).isEqualTo(1);
        String page = get(path, "uk").asString();
        assertThat(visible(page)).contains("Імпорт у фоні", "long.txt", "Готово: Прочитано статей: 1");
        assertThat(page).contains("value=\"2025-02-18\"");
    }

    @Test
    void finishedJobsOlderThanTheirKeepingAreDeletedOnTheirOwnScheduleInTheSharedStore() throws SchedulerException {
        ImportResourceTest.timeline(editor, "jobs-old");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long doneLongAgo = stored("jobs-old", Status.DONE, now.minusDays(30), now.minusDays(15));
        long failedLongAgo = stored("jobs-old", Status.FAILED, now.minusDays(30), now.minusDays(15));
        long doneYesterday = stored("jobs-old", Status.DONE, now.minusDays(2), now.minusDays(1));
        long waitingLongAgo = stored("jobs-old", Status.RETRYING, now.minusDays(30), null);

        jobs.forgetFinished();

        assertThat(jobs.recent("jobs-old")).extracting(ImportJobs.View::id)
                .containsExactlyInAnyOrder(doneYesterday, waitingLongAgo).doesNotContain(doneLongAgo, failedLongAgo);
        // The cleanup's trigger is in the JDBC store every instance shares, not in one instance's memory: Quartz
        // fires it on one of them, and @Nonconcurrent marks its job so that two never run it at once.
        Trigger trigger = quartz.getTriggersOfJob(quartz.getJobKeys(GroupMatcher.anyJobGroup()).stream()
                .filter(key -> key.getName().equals(ImportJobs.CLEANUP)).findFirst().orElseThrow()).get(0);
        assertThat(trigger.getNextFireTime()).isAfter(java.util.Date.from(now.toInstant()));
        assertThat(quartz.getJobDetail(trigger.getJobKey()).isConcurrentExecutionDisallowed()).isTrue();
        assertThat(quartz.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void readinessIncludesTheJobStore() {
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();

        assertThat(health).contains("\"name\": \"Job store\"").contains("\"clustered\": true");
        assertThat(health.replaceAll("\\s", "")).contains("\"name\":\"Jobstore\",\"status\":\"UP\"");
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** A job of the timeline's as the store holds it, asked for at {@code created} and ended at {@code finished}. */
    private static long stored(String timelineSlug, Status status, OffsetDateTime created, OffsetDateTime finished) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJobEntity row = new ImportJobEntity();
            row.timeline = TimelineEntity.findBySlug(timelineSlug).orElseThrow();
            row.kind = ImportJobEntity.Kind.ADDRESS;
            row.address = "https://example.org/" + status + "-" + created;
            row.requestedBy = "admin";
            row.status = status;
            row.attempt = 1;
            row.attempts = 3;
            row.createdAt = created;
            row.updatedAt = finished == null ? created : finished;
            row.finishedAt = finished;
            row.persist();
            return row.id;
        });
    }

    /**
     * The timeline's newest job once it has finished, asking every 50 ms for at most a minute: the scheduler runs
     * it on a thread of its own, and a retried job waits for its next attempt.
     */
    static ImportJobs.View finished(ImportJobs jobs, String timelineSlug) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        while (true) {
            List<ImportJobs.View> recent = jobs.recent(timelineSlug);
            assertThat(recent).as("the timeline %s has an import job", timelineSlug).isNotEmpty();
            if (!recent.get(0).pending()) {
                return recent.get(0);
            }
            assertThat(System.nanoTime()).as("job %s finished within a minute: %s", recent.get(0).id(), recent.get(0))
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String decoded(String cookie) {
        return java.net.URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    private static String site(String path) {
        return "http://" + LOCAL + ":" + server.getAddress().getPort() + path;
    }

    private Response get(String path, String language) {
        return given().filter(cookies).header("Accept-Language", language).redirects().follow(false).when().get(path);
    }

    private Response post(String path, String formPage, String address, String language) {
        RequestSpecification request = given().filter(cookies).header("Accept-Language", language).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", ImportResourceTest.csrf(get(formPage, language).asString()))
                .formParam("address", address);
        return request.when().post(path);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in the Prometheus text, 0 when it is not there yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String visible(String html) {
        return html.replaceAll("<span class=\"tl-visually-hidden\">[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replace("&#39;", "'");
    }

    private static int candidates(String html) {
        return html.split("class=\"tl-review__item\"", -1).length - 1;
    }
}
