package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.MediaKind;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A milestone with an image, a video and a social post in Chromium: the image waits until it is scrolled to,
 * the video plays in a frame the Content-Security-Policy lets through, the post is a link with its caption, a
 * chart whose provider's player is on no allowed host is a link with the provider's title and thumbnail,
 * and axe-core finds nothing in the light or the dark theme. The image server and the video player answer
 * through the browser's routes, so nothing leaves the machine.
 */
@QuarkusTest
class MediaPageTest extends ChromiumTest {

    private static final String SLUG = "browser-media";
    private static final String MILESTONE = "summit-in-geneva";
    private static final String PICTURE = "https://images.example.org/pictures/geneva.png";
    private static final String VIDEO = "https://vimeo.com/76979871";
    private static final String POST = "https://x.com/newsdesk/status/1404000000000000000";
    private static final String ALT = "Two leaders shake hands in front of a lakeside villa";
    private static final String CHART = "https://public.flourish.studio/visualisation/1234567/";
    private static final String CHART_THUMBNAIL = "https://images.example.org/pictures/chart.png";
    /** Cards before the pictured one: far beyond the distance at which Chromium loads lazy images early. */
    private static final int CARDS_BEFORE = 30;

    @Inject
    TimelineStore store;

    @BeforeEach
    void createTheTimeline() {
        if (store.find(SLUG).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < CARDS_BEFORE; i++) {
                milestones.add(Milestone.builder("Preparatory meeting " + i).slug("meeting-" + i)
                        .date(HistoricalDate.ofMonth(2019 + i / 12, i % 12 + 1)).build());
            }
            milestones.add(Milestone.builder("Summit in Geneva").slug(MILESTONE).date(HistoricalDate.ofDay(2021, 6, 16))
                    .media(List.of(
                            new Media(MediaKind.IMAGE, PICTURE, ALT, "The villa, at noon", "Photo: Agency", 320, 180, null),
                            new Media(MediaKind.VIDEO, VIDEO, null, "The press conference", "Video: Newsroom", null, null, null),
                            new Media(MediaKind.SOCIAL, POST, null, "The newsroom's live post", "@newsdesk", null, null, null),
                            new Media(MediaKind.DOCUMENT, CHART, null, "The vote, country by country", "Chart: Newsroom", null,
                                    null, null, new MediaCard("How each country voted", "Flourish", CHART_THUMBNAIL, 320, 180,
                                    "https://flo.uri.sh/visualisation/1234567/embed"))))
                    .build());
            store.save(new Timeline(SLUG, "Geneva, in pictures and video", null, List.of(), milestones));
        }
    }

    @Test
    void theImageWaitsUntilScrolledToTheVideoPlaysInAnAllowedFrameAndThePostIsALink() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            serveMedia(context);
            Page page = context.newPage();
            List<String> blocked = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    blocked.add(message.text());
                }
            });
            page.navigate(base + "timelines/" + SLUG);
            page.waitForLoadState(LoadState.NETWORKIDLE);

            String card = "#m-" + MILESTONE;
            assertThat(page.locator(card + " .tl-media--image img")).hasAttribute("loading", "lazy");
            assertThat(page.locator(card + " .tl-media--image img")).hasAttribute("alt", ALT);
            String loaded = "() => { const i = document.querySelector('" + card + " .tl-media--image img'); return i.complete && i.naturalWidth > 0; }";
            assertThat(page.evaluate(loaded)).as("the picture far below the fold waits").isEqualTo(false);
            page.locator(card + " .tl-media--image img").scrollIntoViewIfNeeded();
            waitFor(page, loaded);

            assertThat(page.locator(card + " iframe")).hasAttribute("src", "https://player.vimeo.com/video/76979871");
            assertThat(page.frameLocator(card + " iframe").locator("h1")).hasText("Player");
            assertThat(page.locator(card + " a[href='" + POST + "']")).hasText("Read the post");
            assertThat(page.locator(card + " .tl-media--social figcaption")).containsText("The newsroom's live post");
            assertThat(page.locator(card + " .tl-media--document iframe")).hasCount(0);
            assertThat(page.locator(card + " .tl-media--document .tl-media__title")).hasText("How each country voted");
            page.locator(card + " .tl-media--document img").scrollIntoViewIfNeeded();
            waitFor(page, "() => { const i = document.querySelector('" + card + " .tl-media--document img'); "
                    + "return i.complete && i.naturalWidth > 0; }");
            assertThat(blocked).as("nothing the page shows is blocked by its policy").isEmpty();
        }
    }

    @Test
    void theMilestonesMediaPassAxeInBothThemes() throws Exception {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions().setColorScheme(scheme))) {
                serveMedia(context);
                Page page = context.newPage();
                for (String path : List.of("timelines/" + SLUG + "/milestones/" + MILESTONE, "timelines/" + SLUG + "/story/" + MILESTONE)) {
                    page.navigate(base + path);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    assertThat(page.locator(".tl-media--video iframe")).hasCount(1);
                    assertThat(AccessibilityTest.violations(page)).as("axe-core violations on %s, %s", path, scheme).isEmpty();
                }
            }
        }
    }

    @Test
    void storyModeWithMediaAsReadersSeeIt() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            serveMedia(context);
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG + "/story/" + MILESTONE);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".tl-story__media .tl-media--image img")).hasAttribute("alt", ALT);
            assertThat(page.locator(".tl-story__media .tl-media--image img")).not().hasAttribute("loading", "lazy");
            Path out = Path.of("target", "screenshots");
            Files.createDirectories(out);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("story-media-1280x800.png")));
        }
    }

    /** Waits for {@code predicate} (the page's policy forbids the evaluated strings of waitForFunction). */
    private static void waitFor(Page page, String predicate) {
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(page.evaluate(predicate)); i++) {
            page.waitForTimeout(100);
        }
        assertThat(page.evaluate(predicate)).as(predicate).isEqualTo(true);
    }

    /** The image server and the video player, as the browser's routes. */
    private static void serveMedia(BrowserContext context) throws IOException {
        byte[] png = png();
        context.route("**/pictures/*.png", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("image/png").setBodyBytes(png)));
        context.route("https://player.vimeo.com/**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html").setBody("<!doctype html><html lang=\"en\"><title>Player</title><h1>Player</h1></html>")));
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x3f6e4a));
        g.fillRect(0, 0, 320, 180);
        g.setColor(new java.awt.Color(0xf2efe6));
        g.fillRect(40, 90, 240, 60);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
