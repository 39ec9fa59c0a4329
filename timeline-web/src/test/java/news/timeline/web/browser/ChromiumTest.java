package news.timeline.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One Chromium per test class, launched before its first test and closed after its last; skipped where
 * Chromium or npm is missing, unless the browser tests are required ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
abstract class ChromiumTest {

    static Playwright playwright;
    static Browser browser;

    /** The application under test, as the browser addresses it. */
    @TestHTTPResource("/")
    URL base;

    /** Signs {@code page} in as the test profile's administrator, who lands on the editor's index. */
    void signInAsAdmin(Page page) {
        page.navigate(base + "login");
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("test-admin-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile("/editor$"));
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
