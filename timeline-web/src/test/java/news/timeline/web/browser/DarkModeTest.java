package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site's pages for a reader whose system asks for dark colours: the background is dark and axe-core
 * finds no WCAG A or AA violation, contrast included, on the reader's pages, the error pages, sign-in and
 * the editor's pages (the setup of a site without accounts: SetupFlowTest). Without that wish the pages stay light.
 */
@QuarkusTest
class DarkModeTest extends ChromiumTest {

    /** The relative luminance (WCAG) a dark background stays below, and a light one above. */
    private static final double DARK = 0.05;
    private static final double LIGHT = 0.8;
    /** The body's background colour as its relative luminance, from the computed "rgb(r, g, b)". */
    private static final String BACKGROUND_LUMINANCE = """
            () => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).slice(0, 3)
                  .map(v => v / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            }""";

    @ParameterizedTest
    @MethodSource("news.timeline.web.browser.AccessibilityTest#readerPages")
    void readerPagesAreDarkAndPassAxe(String path) throws Exception {
        try (BrowserContext context = browser.newContext(dark())) {
            Page page = context.newPage();
            page.navigate(base + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertDarkAndClean(page, "/" + path);
        }
    }

    @Test
    void editorPagesAreDarkAndPassAxe() throws Exception {
        try (BrowserContext context = browser.newContext(dark())) {
            Page page = context.newPage();
            signInAsAdmin(page);
            assertDarkAndClean(page, "editor index");

            for (String path : List.of("editor/timelines/us-russia-relations",
                    "editor/timelines/us-russia-relations/milestones/geneva-summit",
                    "editor/timelines/us-russia-relations/import", "editor/accounts", "editor/logout")) {
                page.navigate(base + path);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertDarkAndClean(page, path);
            }

            page.navigate(base + "editor/timelines/us-russia-relations/milestones/new");
            page.getByLabel(Pattern.compile("^Date: year, month or day")).fill("2021-13-40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            assertThat(page.locator("#e-headline")).isVisible();
            assertDarkAndClean(page, "milestone form with errors");
        }
    }

    @Test
    void withoutTheWishThePagesStayLight() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/us-russia-relations");
            assertThat(((Number) page.evaluate(BACKGROUND_LUMINANCE)).doubleValue()).isGreaterThan(LIGHT);
        }
    }

    static void assertDarkAndClean(Page page, String what) throws Exception {
        assertThat(((Number) page.evaluate(BACKGROUND_LUMINANCE)).doubleValue()).as("background of %s", what).isLessThan(DARK);
        assertThat(AccessibilityTest.violations(page)).as("axe-core violations on %s in the dark", what).isEmpty();
    }

    private static Browser.NewContextOptions dark() {
        return AccessibilityTest.axeOptions().setColorScheme(ColorScheme.DARK);
    }
}
