package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo timeline's page in Chromium: the axis, its keys and gestures, filters and the URL. */
@QuarkusTest
class TimelinePageTest extends ChromiumTest {

    private static final String DEMO = "timelines/us-russia-relations";
    private static final int DEMO_SIZE = 10;
    private static final String FIRST = "crimea-annexation";
    private static final String SECOND = "geneva-summit";
    private static final String LAST = "saudi-summit";
    /** Milestones dated 12 February 2025: they collide on the axis until it shows single days. */
    private static final int SAME_DAY = 6;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private void go(String pathAndQuery) {
        page.navigate(base + pathAndQuery);
        assertThat(page.locator("#tl-axis")).isVisible();
    }

    private Locator view() {
        return page.locator(".tl-axis__view");
    }

    private Locator level() {
        return page.locator(".tl-axis__level");
    }

    private Locator article(String slug) {
        return page.locator("#m-" + slug);
    }

    private Locator visibleArticles() {
        return page.locator("ol.tl-milestones > li:not([hidden]) > article");
    }

    @Test
    void keysStepThroughMilestonesAndTheListFollows() {
        go(DEMO);
        view().focus();

        page.keyboard().press("Home");
        assertThat(article(FIRST)).hasClass(Pattern.compile("tl-is-selected"));
        assertThat(page.locator(":focus")).hasAttribute("data-slug", FIRST);
        assertThat(page.locator(".tl-axis__caption")).containsText("Russia annexes Crimea");
        assertThat(page).hasURL(Pattern.compile("#m-" + FIRST + "$"));

        page.keyboard().press("ArrowRight");
        assertThat(article(SECOND)).hasClass(Pattern.compile("tl-is-selected"));
        assertThat(article(FIRST)).not().hasClass(Pattern.compile("tl-is-selected"));
        assertThat(page.locator(":focus")).hasAttribute("aria-current", "true");
        assertThat(page).hasURL(Pattern.compile("#m-" + SECOND + "$"));

        page.keyboard().press("ArrowLeft");
        assertThat(article(FIRST)).hasClass(Pattern.compile("tl-is-selected"));

        page.keyboard().press("End");
        assertThat(article(LAST)).hasClass(Pattern.compile("tl-is-selected"));
        assertThat(article(LAST)).isInViewport();
    }

    @Test
    void everyControlIsReachedWithTab() {
        go(DEMO);
        page.locator("button[data-zoom=out]").focus();
        String[] expected = {"in", "all"};
        for (String zoom : expected) {
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasAttribute("data-zoom", zoom);
        }
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("data-pan", "-1");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("data-step", "-1");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasId("tl-lanes");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasClass("tl-axis__view");
        page.keyboard().press("Enter");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".tl-is-selected")).not().hasCount(0);
    }

    @Test
    void zoomsByKeysButtonsAndWheelThroughTheLevels() {
        go(DEMO);
        assertThat(level()).hasText("Whole span");
        assertThat(page.locator(".tl-axis__more").last()).hasText(Pattern.compile("^\\+\\d+$"));

        view().focus();
        page.keyboard().press("+");
        assertThat(level()).hasText("Decade");
        page.locator("button[data-zoom=in]").click();
        assertThat(level()).hasText("Year");
        assertThat(page).hasURL(Pattern.compile("[?&]view=\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}"));
        page.locator("button[data-zoom=out]").click();
        assertThat(level()).hasText("Decade");
        view().focus();
        page.keyboard().press("0");
        assertThat(level()).hasText("Whole span");

        view().hover();
        page.mouse().wheel(0, -400);
        assertThat(level()).not().hasText("Whole span");

        page.keyboard().press("0");
        page.locator(".tl-axis__more").last().click();
        page.locator(".tl-axis__zoom-to").click();
        assertThat(level()).hasText("Day");
        // The day's milestones: two rows of cards, the rest counted.
        assertThat(page.locator(".tl-axis__card")).hasCount(2);
        assertThat(page.locator(".tl-axis__more")).hasText("+" + (SAME_DAY - 2));
    }

    @Test
    void pinchingOutZoomsInAndPinchingInZoomsBackOut() {
        try (BrowserContext touch = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900).setHasTouch(true))) {
            Page tablet = touch.newPage();
            tablet.navigate(base + DEMO);
            Locator level = tablet.locator(".tl-axis__level");
            assertThat(level).hasText("Whole span");
            BoundingBox box = tablet.locator(".tl-axis__view").boundingBox();
            double y = box.y + box.height / 2, middle = box.x + box.width / 2;
            CDPSession cdp = touch.newCDPSession(tablet);

            pinch(cdp, middle, y, 40, 400);
            assertThat(level).not().hasText("Whole span");
            pinch(cdp, middle, y, 400, 20);
            assertThat(level).hasText("Whole span");
        }
    }

    /** Two fingers on the axis, moving from {@code from} to {@code to} pixels apart in a few steps, as a touch screen sends them. */
    private static void pinch(CDPSession cdp, double x, double y, double from, double to) {
        touch(cdp, "touchStart", x, y, from);
        for (int step = 1; step <= 5; step++) {
            touch(cdp, "touchMove", x, y, from + (to - from) * step / 5);
        }
        JsonObject end = new JsonObject();
        end.addProperty("type", "touchEnd");
        end.add("touchPoints", new JsonArray());
        cdp.send("Input.dispatchTouchEvent", end);
    }

    private static void touch(CDPSession cdp, String type, double x, double y, double apart) {
        JsonArray points = new JsonArray();
        for (int finger = 0; finger < 2; finger++) {
            JsonObject point = new JsonObject();
            point.addProperty("x", x + (finger == 0 ? -apart / 2 : apart / 2));
            point.addProperty("y", y);
            point.addProperty("id", finger + 1);
            points.add(point);
        }
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.add("touchPoints", points);
        cdp.send("Input.dispatchTouchEvent", event);
    }

    @Test
    void dragAndTheMoveButtonsMoveTheView() {
        go(DEMO + "?view=2021-01-01_2022-01-01");
        assertThat(level()).hasText("Year");
        Locator tick = page.locator(".tl-axis__tick:not(.tl-axis__tick--major)").first();
        String before = tick.textContent();
        var box = view().boundingBox();
        double y = box.y + box.height - 10;
        page.mouse().move(box.x + box.width * 0.8, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.5, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(box.x + box.width * 0.2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator(".tl-axis__tick:not(.tl-axis__tick--major)").first()).not().hasText(before);
        assertThat(page).hasURL(Pattern.compile("view=2021-0[3-9]"));

        // The same without dragging: half a view earlier, twice, is back before 2021.
        page.locator("button[data-pan='-1']").click();
        page.locator("button[data-pan='-1']").click();
        assertThat(page).hasURL(Pattern.compile("view=2020-"));
    }

    @Test
    void filtersApplyWithoutReloadAndBackUndoesThem() {
        go(DEMO);
        page.evaluate("window.sameDocument = true");

        page.locator("#f-kind").selectOption("meeting");
        assertThat(visibleArticles()).hasCount(2);
        assertThat(page.locator("#tl-count")).hasText("Showing 2 of 2 milestones.");
        assertThat(page).hasURL(Pattern.compile("\\?kind=meeting$"));

        page.locator("#f-q").fill("Geneva");
        page.locator("#f-q").press("Enter");
        assertThat(visibleArticles()).hasCount(1);
        assertThat(article(SECOND)).isVisible();
        assertThat(page.locator(".tl-axis__card")).hasCount(1);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("\\?kind=meeting$"));
        assertThat(visibleArticles()).hasCount(2);
        assertThat(page.locator("#f-q")).hasValue("");

        page.goBack();
        assertThat(visibleArticles()).hasCount(DEMO_SIZE);
        assertThat(page.locator("#f-kind")).hasValue("");
        assertThat(page.evaluate("window.sameDocument")).isEqualTo(true);

        page.locator("#f-status").selectOption("planned");
        assertThat(visibleArticles()).hasCount(1);
        assertThat(article(LAST)).isVisible();
        page.locator("#f-status").selectOption("");
        page.locator("#f-from").fill("2025-02");
        page.locator("#f-to").fill("2025-02-12");
        page.locator("#f-to").press("Enter");
        assertThat(visibleArticles()).hasCount(SAME_DAY);
    }

    @Test
    void aLinkRestoresFiltersLanesZoomAndSelection() {
        go(DEMO + "?kind=phone-call&lanes=actor&view=2025-02-01_2025-03-01#m-trump-putin-call");
        assertThat(visibleArticles()).hasCount(2);
        assertThat(page.locator("#f-kind")).hasValue("phone-call");
        assertThat(page.locator("#tl-lanes")).hasValue("actor");
        assertThat(level()).hasText("Month");
        assertThat(page.locator(".tl-axis__lane-name")).containsText(new String[] {"Donald Trump"});
        assertThat(article("trump-putin-call")).hasClass(Pattern.compile("tl-is-selected"));
        assertThat(page.locator(".tl-axis__marker[aria-current=true]").first()).hasAttribute("data-slug", "trump-putin-call");
    }

    /**
     * A link to one milestone opens the page with that milestone's card at the top, below the sticky axis:
     * before, the browser put the card at the very top, under the axis, and only its end showed.
     */
    @Test
    void aLinkToOneMilestoneShowsItsCardBelowTheAxisNotUnderIt() {
        for (String query : new String[] {"", "?lanes=kind&view=2024-06-01_2025-06-01"}) {
            go(DEMO + query + "#m-trump-putin-call");
            assertThat(article("trump-putin-call")).hasClass(Pattern.compile("tl-is-selected"));
            page.waitForFunction("() => { const a = document.getElementById('tl-axis').getBoundingClientRect();"
                    + " const m = document.getElementById('m-trump-putin-call').getBoundingClientRect();"
                    + " return a.height > 0 && m.top >= a.bottom - 1; }");
        }
        try (BrowserContext plain = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(1000, 900))) {
            Page bare = plain.newPage();
            bare.navigate(base + DEMO + "#m-trump-putin-call");
            BoundingBox axis = bare.locator("#tl-axis").boundingBox();
            BoundingBox card = bare.locator("#m-trump-putin-call").boundingBox();
            assertThat(card.y).as("the card's top, without the script").isGreaterThanOrEqualTo(axis.y + axis.height - 1);
        }
    }

    @Test
    void backReturnsToThePreviousSelection() {
        go(DEMO);
        page.locator(".tl-axis__card[data-slug=" + SECOND + "]").click();
        assertThat(page).hasURL(Pattern.compile("#m-" + SECOND + "$"));
        article(FIRST).locator(".tl-milestone__date").click();
        assertThat(page).hasURL(Pattern.compile("#m-" + FIRST + "$"));
        assertThat(article(FIRST)).hasClass(Pattern.compile("tl-is-selected"));

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("#m-" + SECOND + "$"));
        assertThat(article(SECOND)).hasClass(Pattern.compile("tl-is-selected"));
        assertThat(article(FIRST)).not().hasClass(Pattern.compile("tl-is-selected"));
    }

    @Test
    void withoutJavaScriptEveryMilestoneIsShown() {
        try (BrowserContext plain = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page bare = plain.newPage();
            bare.navigate(base + DEMO);
            // The server's labelled axis; its tools need the script and stay hidden.
            assertThat(bare.locator("#tl-axis .tl-axis__card").first()).isVisible();
            assertThat(bare.locator(".tl-axis__tools")).isHidden();
            assertThat(bare.locator("article.tl-milestone")).hasCount(DEMO_SIZE);
            for (Locator headline : bare.locator(".tl-milestone__headline").all()) {
                assertThat(headline).isVisible();
            }
            bare.locator("#f-kind").selectOption("meeting");
            bare.locator("form.tl-filters button[type=submit]").click();
            assertThat(bare).hasURL(Pattern.compile("kind=meeting"));
            assertThat(bare.locator("article.tl-milestone")).hasCount(2);
        }
    }
}
