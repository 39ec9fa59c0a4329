package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.importing.FetchHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import page's list of background imports follows a fetch from waiting to done by itself, while the text an
 * editor is typing into the page's form stays as typed: the page is not reloaded, only the list changes.
 */
@QuarkusTest
class ImportJobsListTest extends ChromiumTest {

    private static final String SLUG = "jobs-list";
    private static final String TYPED = "An article the editor is still typing";
    private static final String TIMELINE_JS = """
            {"title": {"text": {"headline": "Relations"}},
             "events": [{"start_date": {"year": "2021", "month": "6", "day": "16"}, "text": {"headline": "Geneva summit"}}]}
            """;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static HttpServer site;

    @Inject
    EditorService editor;
    @Inject
    FetchHosts hosts;

    /** A site on this machine that holds its answer until the test lets it go. */
    @BeforeAll
    static void startTheSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        site.createContext("/held.json", exchange -> {
            try {
                RELEASE.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = TIMELINE_JS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
    }

    @AfterAll
    static void stopTheSite() {
        RELEASE.countDown();
        site.stop(0);
    }

    @Test
    void theListFollowsTheJobWhileTheFormKeepsWhatIsTyped() {
        hosts.allow("127.0.0.1", "test");
        if (editor.timeline(SLUG).isEmpty()) {
            editor.createTimeline(new ApiModel.NewTimeline("Jobs list", SLUG, "", "DRAFT"));
        }
        String address = "http://127.0.0.1:" + site.getAddress().getPort() + "/held.json";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signInAsAdmin(page);

            page.navigate(base + "editor/timelines/" + SLUG + "/import");
            page.getByLabel("Address of an article, feed or TimelineJS file").fill(address);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fetch").setExact(true)).click();
            Locator job = page.locator(".tl-jobs__item").first();
            assertThat(job).hasAttribute("data-status", "pending");
            assertThat(page.locator(".tl-jobs a[data-live]")).hasText(Pattern.compile("^This list follows the imports by itself"));

            // The editor starts typing an article while the fetch waits; a mark shows whether the page is reloaded.
            page.getByLabel("Article text").fill(TYPED);
            page.evaluate("() => { window.notReloaded = true; }");
            RELEASE.countDown();

            assertThat(job).hasAttribute("data-status", "done", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(job).containsText("Done: 1 dated milestone from TimelineJS to review");
            assertThat(page.getByLabel("Article text")).hasValue(TYPED);
            assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            assertThat(page.locator(".tl-jobs")).not().containsText("not finished yet");
        }
    }
}
