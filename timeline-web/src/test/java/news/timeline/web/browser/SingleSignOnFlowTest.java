package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.regex.Pattern;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.WithSingleSignOn;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in Chromium: from the sign-in page's button to the provider's login page (WireMock's, a
 * plain form that returns the browser with a code whatever is typed), and back on the editor's page as the
 * account the provider named, with PKCE on the way.
 */
@QuarkusTest
@TestProfile(WithSingleSignOn.class)
class SingleSignOnFlowTest extends ChromiumTest {

    @Inject
    Accounts accounts;

    @Test
    void anEditorSignsInThroughTheProvidersLoginPage() {
        accounts.createUnlessPresent(WithSingleSignOn.EDITOR, "Alice", "sso-browser-editor-password-5820", AccountEntity.Role.EDITOR);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + WithSingleSignOn.LABEL)).click();

            assertThat(page).hasURL(Pattern.compile("/auth/realms/quarkus\\?.*code_challenge_method=S256"));
            URI provider = URI.create(page.url());
            assertThat(provider.getPort()).as("the provider's own address").isNotEqualTo(base.getPort());
            assertThat(provider.getQuery()).contains("code_challenge=").contains("redirect_uri=" + base + "editor/sso");
            page.locator("#username").fill(WithSingleSignOn.EDITOR);
            page.locator("#password").fill("the provider's password");
            page.locator("#login").click();

            assertThat(page).hasURL(base + "editor");
            assertThat(page.getByText("Signed in as Alice (alice).")).isVisible();
            assertThat(page.locator("footer")).containsText("Sign out");
            assertThat(context.cookies()).as("the provider's session ended once the site's began")
                    .noneMatch(cookie -> cookie.name.startsWith("q_session") || cookie.name.startsWith("q_auth"))
                    .anyMatch(cookie -> cookie.name.equals("timeline-session"));
        }
    }
}
