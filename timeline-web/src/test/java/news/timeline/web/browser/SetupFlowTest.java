package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import news.timeline.web.security.FirstRun;
import news.timeline.web.security.FreshInstall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fresh installation, started without any administrator in its environment: from the footer's "Sign in"
 * the sign-in page leads to the setup page, which makes the first administrator and signs them in at the
 * editor. The setup's pages pass axe-core in light and dark colours.
 */
@QuarkusTest
@TestProfile(FreshInstall.class)
class SetupFlowTest extends ChromiumTest {

    private static final String USERNAME = "chief";
    private static final String PASSWORD = "the chief's long password";

    @Inject
    DataSource dataSource;
    @Inject
    FirstRun firstRun;

    @BeforeEach
    void freshInstall() throws Exception {
        FreshInstall.reset(dataSource, firstRun);
    }

    @Test
    void aFreshInstallGetsItsFirstAdministratorWithoutEnvironmentVariables() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base.toString());
            page.locator("footer").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile("/login$"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("This site has no account yet");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up the site")).click();
            assertThat(page).hasURL(Pattern.compile("/editor/setup$"));

            page.getByLabel(Pattern.compile("^Username")).fill(USERNAME);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByLabel("The password again").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();

            assertThat(page).hasURL(Pattern.compile("/editor$"));
            assertThat(page.locator(".tl-flash")).containsText("You are the site's first administrator, '" + USERNAME + "'");
            assertThat(page.locator("footer")).containsText("Sign out");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
            assertThat(page).hasURL(Pattern.compile("/editor/accounts$"));
            assertThat(page.locator("td", new Page.LocatorOptions().setHasText(Pattern.compile("^" + USERNAME + "$")))).hasCount(2);

            page.navigate(base + "editor/setup");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        }
    }

    @Test
    void theSetupPagesPassAxeInLightAndDark() throws Exception {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions().setColorScheme(scheme))) {
                Page page = context.newPage();
                page.navigate(base + "login");
                assertClean(page, scheme, "sign-in without accounts");
                page.navigate(base + "editor/setup");
                assertClean(page, scheme, "setup");
                page.getByLabel(Pattern.compile("^Username")).fill(USERNAME);
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
                page.getByLabel("The password again").fill(PASSWORD + "!");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the administrator")).click();
                assertThat(page.locator("#e-confirmation")).hasText("the two passwords differ");
                assertClean(page, scheme, "setup with errors");
            }
            // Through a proxy, as from any other machine: the page asks for the code from the log.
            try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions().setColorScheme(scheme)
                    .setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.7")))) {
                Page page = context.newPage();
                page.navigate(base + "editor/setup");
                assertThat(page.getByLabel("Code from the log")).isVisible();
                assertClean(page, scheme, "setup code");
                page.getByLabel("Code from the log").fill("not-the-code");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
                assertThat(page.getByRole(AriaRole.ALERT)).containsText("not the one in the site's log");
                assertClean(page, scheme, "setup with a wrong code");
            }
        }
    }

    private static void assertClean(Page page, ColorScheme scheme, String what) throws Exception {
        if (scheme == ColorScheme.DARK) {
            DarkModeTest.assertDarkAndClean(page, what);
        } else {
            assertThat(AccessibilityTest.violations(page)).as("axe-core violations on %s", what).isEmpty();
        }
    }
}
