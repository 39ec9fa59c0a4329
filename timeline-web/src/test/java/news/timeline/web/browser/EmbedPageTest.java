package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Widgets on a publisher's page at another origin: two through our loader and one through NPR's pym.js;
 * and our TimelineJS export in TimelineJS 3.9.11 itself. The publisher's site is a second HTTP server on
 * 127.0.0.1 (the JDK's own), and our site is addressed as localhost, so the browser sees two origins and
 * no request leaves the machine.
 */
@QuarkusTest
class EmbedPageTest extends ChromiumTest {

    private static final String SLUG = "us-russia-relations";
    private static final List<String> DATED_HEADLINES = List.of("Russia annexes Crimea", "Biden and Putin meet in Geneva",
            "Russia launches full-scale invasion of Ukraine", "Trump and Putin hold 90-minute phone call",
            "Trump speaks with Zelensky after the Putin call", "Brent crude falls 2.3% to $75.25 a barrel",
            "Trump names Rubio and Waltz to lead negotiations", "Six European nations reaffirm support for Ukraine",
            "Hegseth calls NATO membership for Ukraine unrealistic");

    private HttpServer publisherServer;
    private final Map<String, byte[]> publisherFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private String publisher;
    private BrowserContext context;
    private Page page;
    private final List<String> errors = new ArrayList<>();

    @jakarta.inject.Inject
    TimelineStore store;

    @BeforeEach
    void open() throws IOException {
        publisherServer = startPublisher();
        publisher = "http://127.0.0.1:" + publisherServer.getAddress().getPort();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
    }

    @AfterEach
    void closeContext() {
        context.close();
        publisherServer.stop(0);
    }

    @Test
    void loaderAndPymSizeEachWidgetToItsContent() throws Exception {
        String site = origin().replace("127.0.0.1", "localhost");
        Path pym = Browsers.nodeModule("pym.js/dist/pym.v1.min.js");
        publish(Map.of(
                "/article.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title></head><body>"
                        + "<h1>An article</h1><p>Before the widgets.</p>"
                        + "<div data-timeline=\"" + SLUG + "\" data-title=\"US–Russia timeline\"></div>"
                        + "<div data-timeline=\"" + SLUG + "\" data-kind=\"phone-call\" data-height=\"300\" data-theme=\"dark\"></div>"
                        + "<div id=\"pym-widget\"></div>"
                        + "<script src=\"" + site + "/embed/v1.js\"></script>"
                        + "<script src=\"/pym.v1.min.js\"></script>"
                        + "<script>new pym.Parent('pym-widget', '" + site + "/embed/timelines/" + SLUG
                        + "?kind=meeting', {title: 'Meetings'});</script>"
                        + "</body></html>",
                "/pym.v1.min.js", Files.readString(pym)));

        page.navigate(publisher + "/article.html");
        page.waitForFunction("() => document.querySelectorAll('iframe').length === 3");
        // Lazy loading: bring every widget near the viewport.
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        page.waitForFunction("() => [...document.querySelectorAll('iframe')].every(f => f.contentWindow && f.getAttribute('height'))");

        List<ElementHandle> frames = page.querySelectorAll("iframe");
        assertHeightFollowsContent(frames.get(0));
        assertThat(frames.get(1).getAttribute("height")).isEqualTo("300");
        assertHeightFollowsContent(frames.get(2));

        Frame widget = frames.get(0).contentFrame();
        widget.waitForSelector("#m-trump-putin-call");
        widget.focus("h2 a");
        page.keyboard().press("Tab");
        assertThat(widget.evaluate("() => document.activeElement.tagName")).isEqualTo("A");
        assertThat(widget.evaluate("() => document.cookie")).isEqualTo("");
        assertThat(errors).isEmpty();
    }

    @Test
    void theWidgetsAxisWorksByKeyboardWithoutAddingToThePublishersHistory() {
        openArticleWithWidget("/axis.html", SLUG, "US–Russia timeline");
        Object historyBefore = page.evaluate("() => history.length");
        Frame widget = page.querySelector("iframe").contentFrame();
        widget.waitForSelector("#tl-axis:not([hidden])");
        assertThat(widget.locator(".tl-axis__level")).hasText("Whole span");

        widget.locator(".tl-axis__view").focus();
        page.keyboard().press("End");
        assertThat(widget.locator("article.tl-is-selected")).hasCount(1);
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("+");
        assertThat(widget.locator(".tl-axis__level")).not().hasText("Whole span");
        widget.locator(".tl-axis__marker").first().click();

        assertThat(widget.locator("article.tl-is-selected")).hasCount(1);
        assertThat(page.evaluate("() => history.length")).isEqualTo(historyBefore);
        assertThat(errors).isEmpty();
    }

    @Test
    void aBigTimelinesWidgetLoadsLaterCardsInPlaceAndGrows() {
        String big = "widget-big-timeline";
        if (store.find(big).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < 2 * ReaderQueries.PAGE + 5; i++) {
                milestones.add(Milestone.builder("Widget event " + i).slug("widget-event-" + i)
                        .date(HistoricalDate.ofMonth(1901 + i / 12, i % 12 + 1)).build());
            }
            store.save(new Timeline(big, "Big widget", null, List.of(), milestones));
        }
        openArticleWithWidget("/big.html", big, "Big widget");
        Object historyBefore = page.evaluate("() => history.length");
        ElementHandle iframe = page.querySelector("iframe");
        Frame widget = iframe.contentFrame();
        widget.waitForSelector("#tl-axis:not([hidden])");
        assertThat(widget.locator("article.tl-milestone")).hasCount(ReaderQueries.PAGE);
        int before = Integer.parseInt(iframe.getAttribute("height"));

        widget.locator("nav.tl-pager a[rel=next]").click();

        assertThat(widget.locator("article.tl-milestone")).hasCount(2 * ReaderQueries.PAGE);
        assertThat(widget.locator("#m-widget-event-" + ReaderQueries.PAGE + " .tl-milestone__headline a")).isFocused();
        page.waitForFunction("([el, h]) => parseInt(el.getAttribute('height'), 10) > h", List.of(iframe, before));
        assertThat(page.evaluate("() => history.length")).isEqualTo(historyBefore);
        assertThat(errors).isEmpty();
    }

    @Test
    void theAxisCanBeSwitchedOff() {
        page.navigate(origin() + "/embed/timelines/" + SLUG + "?axis=off");

        assertThat(page.locator("#tl-axis")).hasCount(0);
        assertThat(page.locator("article.tl-milestone")).not().hasCount(0);
        assertThat(errors).isEmpty();
    }

    @Test
    void timelineJsShowsEveryMilestoneOfOurExport() throws Exception {
        String json = RestAssured.get(origin() + "/timelines/" + SLUG + "/timelinejs.json").asString();
        publish(Map.of("/timelinejs.html", "<!DOCTYPE html><html lang=\"en\"><head><title>TimelineJS</title>"
                + "<link rel=\"stylesheet\" href=\"/tljs/css/timeline.css\"><script src=\"/tljs/js/timeline.js\"></script>"
                + "</head><body><div id=\"timeline-embed\" style=\"width:100%;height:600px\"></div>"
                + "<script>window.timeline = new TL.Timeline('timeline-embed', " + json
                + ", {script_path: location.origin + '/tljs/js/'});</script></body></html>"));

        page.navigate(publisher + "/timelinejs.html");
        page.waitForFunction("n => document.querySelectorAll('.tl-slide .tl-headline').length >= n", DATED_HEADLINES.size());

        @SuppressWarnings("unchecked")
        List<String> headlines = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('.tl-slide .tl-headline')].map(h => h.textContent.trim())");
        assertThat(headlines).containsAll(DATED_HEADLINES);
    }

    /** The iframe is as tall as the page inside it, within a pixel of rounding. */
    private static void assertHeightFollowsContent(ElementHandle iframe) {
        Frame frame = iframe.contentFrame();
        frame.waitForSelector(".tl-embed__credit");
        long content = ((Number) frame.evaluate("() => Math.ceil(document.documentElement.getBoundingClientRect().height)")).longValue();
        iframe.ownerFrame().page().waitForFunction("([el, h]) => Math.abs(parseInt(el.getAttribute('height'), 10) - h) <= 1",
                List.of(iframe, (int) content));
        assertThat(content).isGreaterThan(400);
    }

    /** Publishes an article holding one widget through our loader, opens it and waits for the widget's height. */
    private void openArticleWithWidget(String path, String timeline, String title) {
        String site = origin().replace("127.0.0.1", "localhost");
        publish(Map.of(path, "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title></head><body>"
                + "<h1>An article</h1><div data-timeline=\"" + timeline + "\" data-title=\"" + title + "\"></div>"
                + "<script src=\"" + site + "/embed/v1.js\"></script></body></html>"));
        page.navigate(publisher + path);
        page.waitForFunction("() => document.querySelector('iframe') && document.querySelector('iframe').getAttribute('height')");
    }

    private void publish(Map<String, String> files) {
        files.forEach((path, body) -> publisherFiles.put(path, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The publisher's site: the files the test published, and TimelineJS's own files under /tljs/. */
    private HttpServer startPublisher() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = publisherFiles.get(path);
            if (body == null && path.startsWith("/tljs/")) {
                body = timelineJsFile(path.substring("/tljs/".length()));
            }
            if (body == null) {
                exchange.sendResponseHeaders(path.equals("/favicon.ico") ? 204 : 404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript"
                        : path.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    private static byte[] timelineJsFile(String file) throws IOException {
        try {
            Path dist = Browsers.nodeModule("@knight-lab/timelinejs/dist/js/timeline.js").getParent().getParent();
            Path path = dist.resolve(file).normalize();
            return path.startsWith(dist) && Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String origin() {
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
