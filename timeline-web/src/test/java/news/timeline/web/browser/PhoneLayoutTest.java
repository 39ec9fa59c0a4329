package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo timeline on a phone (390 × 844 CSS pixels): the first milestone is on the first screen, the
 * filters fold away, what stays put while scrolling is small and nothing scrolls sideways; on a wide screen
 * the filters stay open beside the list.
 */
@QuarkusTest
class PhoneLayoutTest extends ChromiumTest {

    private static final String DEMO = "timelines/us-russia-relations";
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    /** What stays on screen while the reader scrolls may take this share of its height at most. */
    private static final double STICKY_SHARE = 1.0 / 5;

    /** The height of every sticky or fixed element that is on screen now, added up. */
    private static final String STICKY_HEIGHT = """
            () => [...document.querySelectorAll('body *')]
                .filter(e => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
                .map(e => e.getBoundingClientRect())
                .filter(r => r.height > 0 && r.bottom > 0 && r.top < innerHeight)
                .reduce((sum, r) => sum + r.height, 0)""";
    private static final String OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    @Test
    void theFirstMilestoneIsOnTheFirstScreenAndLittleStaysPut() {
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            page.navigate(base + DEMO);
            assertThat(page.locator("#tl-axis")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/timeline-390x844-light.png")));

            BoundingBox headline = page.locator(".tl-milestone__headline").first().boundingBox();
            assertThat(headline.y + headline.height).as("bottom of the first headline").isLessThanOrEqualTo(HEIGHT);
            assertThat(page.locator("#f-kind")).isHidden();
            assertThat(((Number) page.evaluate(OVERFLOW)).intValue()).as("sideways overflow").isLessThanOrEqualTo(0);

            page.locator(".tl-milestone__headline").nth(5).scrollIntoViewIfNeeded();
            page.mouse().wheel(0, 400);
            page.waitForTimeout(200);
            assertThat(((Number) page.evaluate(STICKY_HEIGHT)).doubleValue()).as("height of what stays put")
                    .isGreaterThan(0).isLessThanOrEqualTo(HEIGHT * STICKY_SHARE);
        }
    }

    /** Lanes of people make the axis taller than a fifth of a phone's screen: it scrolls away with the page. */
    @Test
    void anAxisWithLanesTooTallToStayPutScrollsAway() {
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            page.navigate(base + DEMO + "?lanes=actor");
            assertThat(page.locator("#tl-axis")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("#tl-axis").boundingBox().height).as("the axis with lanes")
                    .isGreaterThan(HEIGHT * STICKY_SHARE);

            page.locator(".tl-milestone__headline").nth(5).scrollIntoViewIfNeeded();
            page.mouse().wheel(0, 400);
            page.waitForTimeout(200);
            assertThat(((Number) page.evaluate(STICKY_HEIGHT)).doubleValue()).as("height of what stays put")
                    .isLessThanOrEqualTo(HEIGHT * STICKY_SHARE);
        }
    }

    @Test
    void withoutJavaScriptTheFirstMilestoneIsOnTheFirstScreenAndTheFoldedFiltersWork() {
        try (BrowserContext context = browser.newContext(phone().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + DEMO);
            BoundingBox headline = page.locator(".tl-milestone__headline").first().boundingBox();
            assertThat(headline.y + headline.height).as("bottom of the first headline").isLessThanOrEqualTo(HEIGHT);
            assertThat(((Number) page.evaluate(OVERFLOW)).intValue()).as("sideways overflow").isLessThanOrEqualTo(0);

            page.locator(".tl-filters summary").click();
            page.locator("#f-kind").selectOption("meeting");
            page.locator("form.tl-filters button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile("kind=meeting"));
            assertThat(page.locator("article.tl-milestone")).hasCount(2);
            // Filters in use stay open, so the reader sees what narrows the list.
            assertThat(page.locator("#f-kind")).isVisible();
        }
    }

    @Test
    void onAPhoneInBothThemesAxeFindsNothing() throws Exception {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            try (BrowserContext context = browser.newContext(phone().setBypassCSP(true).setColorScheme(scheme))) {
                Page page = context.newPage();
                page.navigate(base + DEMO);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(AccessibilityTest.violations(page)).as("axe-core on a phone, %s", scheme).isEmpty();
                page.locator(".tl-filters summary").click();
                assertThat(AccessibilityTest.violations(page)).as("axe-core, filters open, %s", scheme).isEmpty();
            }
        }
    }

    @Test
    void onAWideScreenTheFiltersStayOpenBesideTheList() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            page.navigate(base + DEMO);
            assertThat(page.locator("#tl-axis")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/timeline-1280x800-dark.png")));
            assertThat(page.locator("#f-kind")).isVisible();
            // Shown open, and said to be open, so assistive technology does not call them collapsed.
            assertThat(page.locator(".tl-filters__fold")).hasAttribute("open", "");
            BoundingBox filters = page.locator("#f-kind").boundingBox();
            BoundingBox list = page.locator(".tl-list").boundingBox();
            assertThat(filters.x).as("filters beside the list").isGreaterThan(list.x + list.width);
            assertThat(page.locator(".tl-milestone__headline").first().boundingBox().y).isLessThan(800);
        }
    }

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setIsMobile(true).setHasTouch(true);
    }
}
