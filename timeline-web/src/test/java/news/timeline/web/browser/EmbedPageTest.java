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
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.embed.EmbedOptions;
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

    /** The last of the pictured widget's cards, whose picture must wait until the list is scrolled to it. */
    private static final int LAST_PICTURED = 49;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EmbedPageTest.class);

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
                        + "?kind=meeting&height=auto', {title: 'Meetings'});</script>"
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
    void compactWidgetsKeepTheirHeightAndScrollTheirListInside() throws Exception {
        String site = origin().replace("127.0.0.1", "localhost");
        publish(Map.of("/compact.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title></head><body>"
                + "<h1>An article</h1>"
                + "<div data-timeline=\"" + SLUG + "\" data-title=\"Default\"></div>"
                + "<div data-timeline=\"" + SLUG + "\" data-title=\"Chosen\" data-height=\"300\"></div>"
                + "<div data-timeline=\"" + SLUG + "\" data-title=\"Auto\" data-height=\"auto\"></div>"
                + "<script src=\"" + site + "/embed/v2.js\"></script></body></html>"));

        page.navigate(publisher + "/compact.html");
        page.waitForFunction("() => document.querySelectorAll('iframe').length === 3");
        List<ElementHandle> frames = page.querySelectorAll("iframe");
        assertThat(frames.get(0).getAttribute("height")).isEqualTo(Integer.toString(EmbedOptions.DEFAULT_HEIGHT));
        assertThat(frames.get(1).getAttribute("height")).isEqualTo("300");
        assertHeightFollowsContent(frames.get(2));

        for (ElementHandle iframe : frames.subList(0, 2)) {
            Frame widget = iframe.contentFrame();
            widget.waitForSelector(".tl-embed__credit");
            assertThat(iframe.boundingBox().height).isEqualTo(Double.parseDouble(iframe.getAttribute("height")));
            // The widget's page is exactly as tall as its frame; its list holds the rest and scrolls.
            assertThat(widget.evaluate("() => document.documentElement.scrollHeight <= window.innerHeight")).isEqualTo(true);
            assertThat(widget.evaluate("() => { const l = document.querySelector('.tl-embed__list');"
                    + " return l.scrollHeight > l.clientHeight && getComputedStyle(l).overflowY === 'auto'; }")).isEqualTo(true);
            Object pageScroll = page.evaluate("() => window.scrollY");
            // The wheel over the list's own margin: over the axis it would zoom the axis instead.
            widget.locator(".tl-embed__list").hover(new com.microsoft.playwright.Locator.HoverOptions()
                    .setPosition(3, 20));
            page.mouse().wheel(0, 400);
            waitIn(widget, "() => document.querySelector('.tl-embed__list').scrollTop > 0");
            assertThat(page.evaluate("() => window.scrollY")).isEqualTo(pageScroll);
            assertThat(widget.locator(".tl-embed__title")).isInViewport();
        }
        LOG.infof("Widget heights for the demo timeline: default %s px, chosen %s px, auto %s px",
                frames.get(0).getAttribute("height"), frames.get(1).getAttribute("height"), frames.get(2).getAttribute("height"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aPymParentGetsTheFixedHeightUnlessAutoIsAsked() throws Exception {
        String site = origin().replace("127.0.0.1", "localhost");
        publish(Map.of("/pym-compact.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title></head><body>"
                        + "<div id=\"fixed\"></div><div id=\"chosen\"></div>"
                        + "<script src=\"/pym.v1.min.js\"></script>"
                        + "<script>new pym.Parent('fixed', '" + site + "/embed/timelines/" + SLUG + "', {});"
                        + "new pym.Parent('chosen', '" + site + "/embed/timelines/" + SLUG + "?height=420', {});</script>"
                        + "</body></html>",
                "/pym.v1.min.js", Files.readString(Browsers.nodeModule("pym.js/dist/pym.v1.min.js"))));

        page.navigate(publisher + "/pym-compact.html");

        // pym.js writes the height it is told as "600px".
        page.waitForFunction("() => document.querySelector('#fixed iframe') && parseInt(document.querySelector('#fixed iframe').getAttribute('height'), 10) === 600");
        page.waitForFunction("() => document.querySelector('#chosen iframe') && parseInt(document.querySelector('#chosen iframe').getAttribute('height'), 10) === 420");
        assertThat(errors).isEmpty();
    }

    @Test
    void aMilestonesPictureAppearsInTheWidgetAndAxeFindsNoViolation() throws Exception {
        String pictured = "widget-pictured-timeline";
        // A newsroom's image server at another host; the browser's route answers for it, so nothing leaves the machine.
        // Each card a picture of its own: a picture the browser holds already (the first card's) would be shown at
        // once wherever it stands, lazy or not, and the last card would not wait.
        String picture = "https://images.example.org/pictures/leaders-%d.png";
        byte[] png = png();
        if (store.find(pictured).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            // Fifty cards, a page, put the last picture far beyond the distance at which Chromium starts loading lazy
            // images early (1,250 to 2,500 px, by its guess of the connection), however the cards are laid out:
            // with thirty, compact cards on a machine Chromium judged slow loaded the last one early.
            for (int i = 0; i < LAST_PICTURED + 1; i++) {
                milestones.add(Milestone.builder("Pictured event " + i).slug("pictured-event-" + i)
                        .date(HistoricalDate.ofMonth(2020 + i / 12, i % 12 + 1))
                        .media(List.of(new Media(picture.formatted(i), "Photo: Agency", "Leaders at the table " + i)))
                        .build());
            }
            store.save(new Timeline(pictured, "Pictured widget", null, List.of(), milestones));
        }
        context.route("**/pictures/leaders-*.png", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("image/png").setBodyBytes(png)));
        openArticleWithWidget("/pictured.html", pictured, "Pictured widget", "v2");

        ElementHandle iframe = page.querySelector("iframe");
        assertThat(iframe.getAttribute("height")).isEqualTo("600");
        Frame widget = iframe.contentFrame();
        widget.waitForSelector(".tl-embed__credit");
        // Lazy: the last card's picture is below the list's fold until the list is scrolled to it.
        assertThat(widget.locator("#m-pictured-event-" + LAST_PICTURED + " img")).hasAttribute("loading", "lazy");
        assertThat(widget.locator("#m-pictured-event-0 img")).hasAttribute("alt", "Leaders at the table 0");
        assertThat(widget.locator("#m-pictured-event-0 figcaption")).containsText("Photo: Agency");
        // Caption and credit are both muted in the frame: the credit on its own line, not run on after the caption.
        assertThat(widget.locator("#m-pictured-event-0 figcaption .tl-credit")).hasCSS("display", "block");
        String loaded = "() => { const i = document.querySelector('#m-pictured-event-%d img'); return i.complete && i.naturalWidth > 0; }";
        waitIn(widget, loaded.formatted(0));
        assertThat(widget.evaluate(loaded.formatted(LAST_PICTURED))).as("a picture below the fold waits").isEqualTo(false);
        widget.locator("#m-pictured-event-" + LAST_PICTURED + " img").scrollIntoViewIfNeeded();
        waitIn(widget, loaded.formatted(LAST_PICTURED));
        assertThat(errors).isEmpty();

        try (BrowserContext axe = browser.newContext(AccessibilityTest.axeOptions())) {
            for (String query : List.of("", "?height=auto&theme=dark")) {
                Page embed = axe.newPage();
                axe.route("**/pictures/leaders-*.png", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200).setContentType("image/png").setBodyBytes(png)));
                embed.navigate(origin() + "/embed/timelines/" + pictured + query);
                embed.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                assertThat(AccessibilityTest.violations(embed)).as("axe-core violations on the widget%s", query).isEmpty();
            }
        }
    }

    /**
     * Story mode in a widget of the default height: the timeline's default view is story, so the publisher's code
     * names no mode. One milestone at a time with its picture (alt text, srcset, lazy), inside the 600 px the
     * publisher gave it; the steps work by click and by key without adding to the publisher's history; axe-core
     * finds nothing in the light and the dark theme. Writes target/screenshots/embed-story-600.png.
     */
    @Test
    void aStoryWidgetShowsOneMilestoneWithItsPictureWithinItsHeight() throws Exception {
        String slug = "widget-story-harbour";
        String picture = "https://images.example.org/pictures/harbour.png";
        byte[] png = png();
        if (store.find(slug).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                milestones.add(Milestone.builder("Harbour talks, round " + i).slug("harbour-round-" + i)
                        .date(HistoricalDate.ofDay(2021, i, 12 + i))
                        .summary("Delegations of the two ports met at the town hall for the " + (i == 1 ? "first" : "next")
                                + " round of talks on sharing the new breakwater.")
                        .sources(List.of(news.timeline.core.milestone.Source.of("Harbour talks: round " + i, "The Coast Courier",
                                "https://news.example.org/harbour-round-" + i, java.time.LocalDate.of(2021, i, 14 + i),
                                "\u201cWe are closer than we have ever been,\u201d the mayor said after the meeting.")))
                        .media(List.of(new Media(news.timeline.core.milestone.MediaKind.IMAGE, picture,
                                "Two delegations seated at a long table " + i, "Round " + i + " at the town hall",
                                "Photo: Agency", 320, 180, List.of(new news.timeline.core.milestone.Rendition(
                                        "https://images.example.org/pictures/harbour.png?w=640", 640)))))
                        .build());
            }
            store.save(new Timeline(slug, "Harbour talks", "The two ports negotiate.", null, null,
                    news.timeline.core.timeline.ReaderView.STORY, null, null, List.of(), milestones));
        }
        com.microsoft.playwright.Route.FulfillOptions image = new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("image/png").setBodyBytes(png);
        context.route("**/pictures/harbour.png*", route -> route.fulfill(image));
        openArticleWithWidget("/story.html", slug, "Harbour talks", "v2");
        Object historyBefore = page.evaluate("() => history.length");

        ElementHandle iframe = page.querySelector("iframe");
        assertThat(iframe.getAttribute("height")).isEqualTo(Integer.toString(EmbedOptions.DEFAULT_HEIGHT));
        Frame widget = iframe.contentFrame();
        widget.waitForSelector("#tl-slide");
        assertThat(widget.locator("#tl-slide")).hasText("Harbour talks, round 1");
        assertThat(iframe.boundingBox().height).isEqualTo((double) EmbedOptions.DEFAULT_HEIGHT);
        // Nothing of the widget reaches below its frame: the page is as tall as the frame, the steps are in view.
        assertThat(widget.evaluate("() => document.documentElement.scrollHeight <= window.innerHeight"
                + " && document.querySelector('.tl-embed__frame').getBoundingClientRect().bottom <= window.innerHeight")).isEqualTo(true);
        assertThat(widget.locator(".tl-story__steps a[rel=next]")).isInViewport();
        assertThat(widget.locator(".tl-embed__credit")).isInViewport();
        com.microsoft.playwright.Locator img = widget.locator(".tl-story__media img");
        assertThat(img).hasAttribute("alt", "Two delegations seated at a long table 1");
        assertThat(img).hasAttribute("loading", "lazy");
        assertThat(img.getAttribute("srcset")).contains("640w");
        waitIn(widget, "() => { const i = document.querySelector('.tl-story__media img'); return i.complete && i.naturalWidth > 0; }");
        assertThat(widget.evaluate("() => { const r = document.querySelector('.tl-story__media img').getBoundingClientRect();"
                + " return r.height > 100 && r.bottom <= window.innerHeight; }")).isEqualTo(true);
        assertThat(widget.locator(".tl-source blockquote")).containsText("We are closer");

        widget.locator(".tl-story__steps a[rel=next]").click();
        assertThat(widget.locator("#tl-slide")).hasText("Harbour talks, round 2");
        assertThat(widget.locator("#tl-slide")).isFocused();
        page.keyboard().press("ArrowRight");
        assertThat(widget.locator("#tl-slide")).hasText("Harbour talks, round 3");
        assertThat(widget.locator(".tl-story__steps")).containsText("3 of 4");
        assertThat(widget.evaluate("() => document.documentElement.scrollHeight <= window.innerHeight")).isEqualTo(true);
        assertThat(page.evaluate("() => history.length")).isEqualTo(historyBefore);
        // The list, inside the same frame.
        widget.locator(".tl-views a:not([aria-current])").click();
        widget.waitForSelector(".tl-embed__list #m-harbour-round-3");
        assertThat(errors).isEmpty();

        try (BrowserContext axe = browser.newContext(AccessibilityTest.axeOptions())) {
            axe.route("**/pictures/harbour.png*", route -> route.fulfill(image));
            for (String query : List.of("", "?theme=dark", "?m=harbour-round-4&height=420&theme=dark")) {
                Page embed = axe.newPage();
                embed.navigate(origin() + "/embed/timelines/" + slug + query);
                embed.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                assertThat(embed.locator("#tl-slide")).hasCount(1);
                assertThat(AccessibilityTest.violations(embed)).as("axe-core violations on the story widget%s", query).isEmpty();
            }
        }

        String site = origin().replace("127.0.0.1", "localhost");
        String paragraph = "<p>The two ports have met four times this year. The widget below follows the talks one round at a time.</p>";
        publish(Map.of("/story-screenshot.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font:18px/1.5 Georgia,serif;max-width:720px;margin:0 auto;padding:1rem}</style></head><body>"
                + "<h1>Harbour talks enter a fourth round</h1>" + paragraph
                + "<div data-timeline=\"" + slug + "\" data-title=\"Harbour talks\"></div>" + paragraph
                + "<script src=\"" + site + "/embed/v2.js\"></script></body></html>"));
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        try (BrowserContext shot = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            shot.route("**/pictures/harbour.png*", route -> route.fulfill(image));
            Page article = shot.newPage();
            article.navigate(publisher + "/story-screenshot.html");
            article.waitForFunction("() => document.querySelector('iframe')");
            article.querySelector("iframe").contentFrame().waitForSelector("#tl-slide");
            article.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            article.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(out.resolve("embed-story-600.png")));
        }
    }

    /**
     * The pictures of the embedding section of the docs: an article with a compact widget, on a desktop and
     * on a phone, written to target/screenshots.
     */
    @Test
    void screenshotsOfACompactWidgetInAnArticle() throws Exception {
        String site = origin().replace("127.0.0.1", "localhost");
        String paragraph = "<p>Talks between Washington and Moscow resumed this week after a phone call between the two "
                + "presidents. The timeline below follows the relationship from the annexation of Crimea to today.</p>";
        publish(Map.of("/screenshot.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font:18px/1.5 Georgia,serif;max-width:720px;margin:0 auto;padding:1rem}</style></head><body>"
                + "<h1>US–Russia talks resume</h1>" + paragraph
                + "<div data-timeline=\"" + SLUG + "\" data-title=\"US–Russia relations\"></div>" + paragraph
                + "<script src=\"" + site + "/embed/v2.js\"></script></body></html>"));
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            try (BrowserContext shot = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page article = shot.newPage();
                article.navigate(publisher + "/screenshot.html");
                article.waitForFunction("() => document.querySelector('iframe')");
                Frame widget = article.querySelector("iframe").contentFrame();
                widget.waitForSelector("#tl-axis:not([hidden])");
                article.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                article.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(out.resolve("embed-compact-" + size[0] + "x" + size[1] + ".png")));
                assertThat(article.querySelector("iframe").getAttribute("height")).isEqualTo("600");
            }
        }
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
        widget.locator(".tl-axis__card").first().click();

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
        openArticleWithWidget(path, timeline, title, "v1");
    }

    private void openArticleWithWidget(String path, String timeline, String title, String loader) {
        String site = origin().replace("127.0.0.1", "localhost");
        publish(Map.of(path, "<!DOCTYPE html><html lang=\"en\"><head><title>Article</title></head><body>"
                + "<h1>An article</h1><div data-timeline=\"" + timeline + "\" data-title=\"" + title + "\"></div>"
                + "<script src=\"" + site + "/embed/" + loader + ".js\"></script></body></html>"));
        page.navigate(publisher + path);
        page.waitForFunction("() => document.querySelector('iframe') && document.querySelector('iframe').getAttribute('height')");
    }

    /**
     * Waits until {@code predicate} holds in a widget. Playwright's own waitForFunction evaluates a string,
     * which the widget's policy (no eval) rightly refuses.
     */
    private static void waitIn(Frame widget, String predicate) throws InterruptedException {
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(widget.evaluate(predicate)); i++) {
            Thread.sleep(100);
        }
        assertThat(widget.evaluate(predicate)).as(predicate).isEqualTo(true);
    }

    /** A small picture, as a newsroom's image server would send it. */
    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2b5d8c));
        g.fillRect(0, 0, 320, 180);
        g.setColor(new java.awt.Color(0xe8c547));
        g.fillOval(110, 40, 100, 100);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
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
