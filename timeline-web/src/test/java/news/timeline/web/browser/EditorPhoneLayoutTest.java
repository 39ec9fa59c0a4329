package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editor's pages on a phone (390 × 844 CSS pixels), signed in: in each language nothing scrolls sideways
 * (wide tables scroll inside their own labelled box), and in German, the longest of the three, axe-core finds
 * nothing in the light and the dark theme, its target-size rule included (controls of 24 px or more).
 */
@QuarkusTest
class EditorPhoneLayoutTest extends ChromiumTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    private static final String TIMELINE = "editor/timelines/us-russia-relations";
    /** The main pages of the editor, each as an editor opens it. */
    private static final List<String> PAGES = List.of("editor", TIMELINE, TIMELINE + "/milestones/new",
            TIMELINE + "/milestones/geneva-summit", TIMELINE + "/milestones/geneva-summit/history", TIMELINE + "/import",
            "editor/tokens", "editor/accounts", "editor/import-hosts", "editor/archive", "editor/logout");
    private static final String OVERFLOW = "() => document.documentElement.scrollWidth";

    @Test
    void noEditorPageScrollsSidewaysInAnyLanguage() {
        List<String> overflowing = new ArrayList<>();
        for (String language : List.of("en", "de", "uk")) {
            try (BrowserContext context = browser.newContext(phone(ColorScheme.LIGHT))) {
                Page page = signedIn(context, language);
                for (String path : PAGES) {
                    page.navigate(base + path);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    int width = ((Number) page.evaluate(OVERFLOW)).intValue();
                    if (width > WIDTH) {
                        overflowing.add(language + " /" + path + ": " + width + " px");
                    }
                }
                context.clearCookies();
                page.navigate(base + "login?lang=" + language);
                int width = ((Number) page.evaluate(OVERFLOW)).intValue();
                if (width > WIDTH) {
                    overflowing.add(language + " /login: " + width + " px");
                }
            }
        }
        assertThat(overflowing).as("pages wider than %d px", WIDTH).isEmpty();
    }

    @Test
    void theEditorPagesInGermanPassAxeOnAPhoneInBothThemes() throws Exception {
        for (ColorScheme theme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = browser.newContext(phone(theme).setBypassCSP(true))) {
                Page page = signedIn(context, "de");
                for (String path : PAGES) {
                    page.navigate(base + path);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    assertThat(page.locator("html")).hasAttribute("lang", "de");
                    List<Map<String, Object>> violations = AccessibilityTest.violations(page);
                    assertThat(violations).as("axe-core on /%s in German, %s theme, 390 px", path, theme).isEmpty();
                }
            }
        }
    }

    @Test
    void wideTablesScrollInsideTheirOwnLabelledBox() {
        try (BrowserContext context = browser.newContext(phone(ColorScheme.LIGHT))) {
            Page page = signedIn(context, "de");
            page.navigate(base + TIMELINE);
            var box = page.locator(".tl-table-scroll").first();
            assertThat(box).hasAttribute("role", "region");
            assertThat(box).hasAttribute("aria-labelledby", "milestones-heading");
            assertThat(box).hasAttribute("tabindex", "0");
            Number inner = (Number) box.evaluate("e => e.scrollWidth");
            Number outer = (Number) box.evaluate("e => e.clientWidth");
            assertThat(outer.intValue()).isLessThanOrEqualTo(WIDTH);
            assertThat(inner.intValue()).as("the table is wider than its box and scrolls in it").isGreaterThanOrEqualTo(outer.intValue());
        }
    }

    private static Browser.NewContextOptions phone(ColorScheme theme) {
        return new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setDeviceScaleFactor(3).setIsMobile(true)
                .setHasTouch(true).setColorScheme(theme);
    }

    /** Signs in with the language chosen as the switcher chooses it, by its cookie. */
    private Page signedIn(BrowserContext context, String language) {
        context.addCookies(List.of(new Cookie("lang", language).setUrl(base.toString())));
        Page page = context.newPage();
        page.navigate(base + "login");
        page.locator("#j_username").fill(EditorInGermanTest.USER);
        page.locator("#j_password").fill(EditorInGermanTest.PASSWORD);
        page.locator("form.tl-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/editor$"));
        return page;
    }
}
