package news.timeline.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
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
