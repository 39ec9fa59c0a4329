package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import news.timeline.web.editor.EditorService;
import news.timeline.web.reader.PicturedTimeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Story mode in Chromium: the arrow keys and a swipe step between slides without reloading the page, the
 * address follows and Back returns; without the script the steps are links; axe-core finds nothing in either
 * theme; on a phone the slide's headline is on the first screen.
 */
@QuarkusTest
class StoryModeTest extends ChromiumTest {

    private static final String STORY = "timelines/us-russia-relations/story";
    private static final String FIRST = "Russia annexes Crimea";
    private static final String SECOND = "Biden and Putin meet in Geneva";
    private static final String THIRD = "Russia launches full-scale invasion of Ukraine";
    /** A timeline whose first slide has a picture, served by the application itself (test-media). */
    private static final String PICTURED = "story-harbour";
    private static final String PICTURED_SLIDE = "timelines/" + PICTURED + "/story/" + PicturedTimeline.FIRST;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /** Set by the test before a step; a step that reloads the page loses it. */
    private static final String MARK = "() => { window.sameDocument = true; }";
    private static final String SAME_DOCUMENT = "() => window.sameDocument === true";

    @Inject
    EditorService editor;

    @BeforeEach
    void createPicturedTimeline() {
        PicturedTimeline.create(editor, PICTURED, base + "test-media/harbour.svg");
    }

    /**
     * A timeline whose editors chose story mode: its address is the first slide, steps and Back work from it,
     * the list is one click away, and an old link to a milestone of the list (#m-…) opens the list there.
     */
    @Test
    void aStoryFirstTimelinesAddressIsItsFirstSlideAndOldListLinksOpenTheList() {
        String slug = "story-first-browser";
        PicturedTimeline.create(editor, slug, base + "test-media/harbour.svg");
        EditorService.EditableTimeline stored = editor.timeline(slug).orElseThrow();
        if (stored.timeline().defaultView() != news.timeline.core.timeline.ReaderView.STORY) {
            editor.updateTimeline(slug, new news.timeline.web.api.ApiModel.TimelineChange(stored.timeline().title(),
                    stored.timeline().description(), "published", null, stored.version(), "story"));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + slug);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("h1")).hasText(PicturedTimeline.FIRST_HEADLINE);
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("h1")).hasText("Harbour expands");
            assertThat(page).hasURL(Pattern.compile("/timelines/" + slug + "/story/harbour-expands$"));
            page.goBack();
            assertThat(page.locator("h1")).hasText(PicturedTimeline.FIRST_HEADLINE);
            assertThat(page).hasURL(Pattern.compile("/timelines/" + slug + "$"));

            page.locator(".tl-views a", new Page.LocatorOptions().setHasText("List")).click();
            assertThat(page).hasURL(Pattern.compile("/timelines/" + slug + "\\?mode=list&at=" + PicturedTimeline.FIRST
                    + "#m-" + PicturedTimeline.FIRST + "$"));
            assertThat(page.locator("article.tl-timeline")).isVisible();

            page.navigate(base + "timelines/" + slug + "#m-harbour-expands");
            assertThat(page).hasURL(Pattern.compile("/timelines/" + slug + "\\?mode=list&at=harbour-expands#m-harbour-expands$"));
            assertThat(page.locator("#m-harbour-expands")).isVisible();
        }
    }

    @Test
    void arrowKeysStepBetweenSlidesInPlaceAndBackReturns() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(base + STORY);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("h1")).hasText(FIRST);
            page.evaluate(MARK);

            page.keyboard().press("ArrowLeft"); // the first slide has nothing before it
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("h1")).hasText(SECOND);
            assertThat(page).hasURL(Pattern.compile("/story/geneva-summit$"));
            assertThat(page).hasTitle(Pattern.compile("^" + SECOND));
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("h1")).hasText(THIRD);
            assertThat(page).hasURL(Pattern.compile("/story/full-scale-invasion$"));
            assertThat(page.locator(".tl-story__axis a[aria-current=page]")).containsText("2022");
            assertThat(page.locator("link[rel=canonical]")).hasAttribute("href", Pattern.compile("/story/full-scale-invasion$"));
            assertThat(page.locator("h1")).isFocused();

            page.goBack();
            assertThat(page.locator("h1")).hasText(SECOND);
            assertThat(page).hasURL(Pattern.compile("/story/geneva-summit$"));
            page.goBack();
            assertThat(page.locator("h1")).hasText(FIRST);
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("h1")).hasText(SECOND);
            assertThat(((Boolean) page.evaluate(SAME_DOCUMENT))).as("stepped without reloading").isTrue();

            // The nearby slides' links swap in place too.
            page.locator(".tl-story__axis a", new Page.LocatorOptions().setHasText("Trump names Rubio")).click();
            assertThat(page.locator("h1")).hasText("Trump names Rubio and Waltz to lead negotiations");
            assertThat(page).hasURL(Pattern.compile("/story/negotiating-team$"));
            assertThat(((Boolean) page.evaluate(SAME_DOCUMENT))).isTrue();
        }
    }

    @Test
    void aSwipeStepsToTheNextAndPreviousSlide() {
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            page.navigate(base + STORY + "/geneva-summit");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            CDPSession cdp = context.newCDPSession(page);
            BoundingBox slide = page.locator(".tl-story__slide").boundingBox();
            double y = slide.y + slide.height / 2;

            swipe(cdp, 320, 120, y);
            assertThat(page.locator("h1")).hasText(THIRD);
            assertThat(page).hasURL(Pattern.compile("/story/full-scale-invasion$"));
            swipe(cdp, 70, 330, y);
            assertThat(page.locator("h1")).hasText(SECOND);
            // A mostly vertical move is the page's scroll, not a step.
            swipe(cdp, 200, 160, y, y - 200);
            assertThat(page).hasURL(Pattern.compile("/story/geneva-summit$"));
        }
    }

    @Test
    void withoutJavaScriptTheStepsAndTheSwitchAreLinks() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/us-russia-relations");
            page.locator(".tl-views a", new Page.LocatorOptions().setHasText("Story")).click();
            assertThat(page.locator("h1")).hasText(FIRST);
            page.locator("a[rel=next]").click();
            assertThat(page.locator("h1")).hasText(SECOND);
            assertThat(page).hasURL(Pattern.compile("/story/geneva-summit$"));
            page.locator("a[rel=prev]").click();
            assertThat(page.locator("h1")).hasText(FIRST);
            page.locator(".tl-views a", new Page.LocatorOptions().setHasText("List")).click();
            assertThat(page).hasURL(Pattern.compile("/timelines/us-russia-relations\\?at=crimea-annexation#m-crimea-annexation$"));
        }
    }

    @Test
    void axeFindsNothingOnASlideInBothThemesOnADesktopAndAPhone() throws Exception {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            for (Browser.NewContextOptions options : new Browser.NewContextOptions[] {
                    AccessibilityTest.axeOptions(), phone().setBypassCSP(true)}) {
                try (BrowserContext context = browser.newContext(options.setColorScheme(scheme))) {
                    Page page = context.newPage();
                    for (String path : new String[] {PICTURED_SLIDE, STORY + "/trump-putin-call"}) {
                        page.navigate(base + path);
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                        assertThat(AccessibilityTest.violations(page)).as("axe-core on /%s, %s", path, scheme).isEmpty();
                    }
                    // A slide swapped in by the script, with the focus on its headline.
                    page.keyboard().press("ArrowRight");
                    assertThat(page.locator("h1")).hasText("Hegseth calls NATO membership for Ukraine unrealistic");
                    assertThat(AccessibilityTest.violations(page)).as("axe-core after a step, %s", scheme).isEmpty();
                }
            }
        }
    }

    /** On a phone the slide's headline and its picture start on the first screen; nothing scrolls sideways. */
    @Test
    void onAPhoneTheHeadlineIsOnTheFirstScreen() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            for (String path : new String[] {PICTURED_SLIDE, STORY + "/hegseth-security-guarantees", STORY + "/saudi-summit"}) {
                page.navigate(base + path);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                BoundingBox headline = page.locator("h1").boundingBox();
                assertThat(headline.y + headline.height).as("bottom of the headline on /%s", path).isLessThanOrEqualTo(PHONE_HEIGHT);
                assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue()).as("sideways overflow on /%s", path).isLessThanOrEqualTo(0);
            }
            page.navigate(base + PICTURED_SLIDE);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".tl-story__media img").boundingBox().y).as("top of the picture").isLessThan(PHONE_HEIGHT);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("story-390x844.png")));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(base + PICTURED_SLIDE);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("story-1280x800.png")));
        }
    }

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
    }

    private static void swipe(CDPSession cdp, double fromX, double toX, double y) {
        swipe(cdp, fromX, toX, y, y);
    }

    /** One finger from one point to another in a few moves, as a touch screen sends them. */
    private static void swipe(CDPSession cdp, double fromX, double toX, double fromY, double toY) {
        touch(cdp, "touchStart", fromX, fromY);
        for (int step = 1; step <= 5; step++) {
            touch(cdp, "touchMove", fromX + (toX - fromX) * step / 5, fromY + (toY - fromY) * step / 5);
        }
        JsonObject end = new JsonObject();
        end.addProperty("type", "touchEnd");
        end.add("touchPoints", new JsonArray());
        cdp.send("Input.dispatchTouchEvent", end);
    }

    private static void touch(CDPSession cdp, String type, double x, double y) {
        JsonObject point = new JsonObject();
        point.addProperty("x", x);
        point.addProperty("y", y);
        point.addProperty("id", 1);
        JsonArray points = new JsonArray();
        points.add(point);
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.add("touchPoints", points);
        cdp.send("Input.dispatchTouchEvent", event);
    }
}
