package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Pattern;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.preview.PreviewLinks;
import org.junit.jupiter.api.Test;

/**
 * An editor shares a draft: creates a draft timeline with a milestone, makes a preview link, and a colleague
 * who is not signed in opens it in a browser of their own and sees the draft under the preview banner, which
 * passes axe in light and dark; then the editor withdraws the links and the colleague sees that the link no
 * longer works, as they do when a link has expired.
 */
@QuarkusTest
class PreviewFlowTest extends ChromiumTest {

    private static final String SLUG = "preview-flow-desk";
    private static final String HEADLINE = "Negotiators draft a ceasefire text";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Inject
    PreviewLinks links;
    @Inject
    PreviewQueries queries;

    @Test
    void aColleagueOpensASharedPreviewThenSeesItWithdrawnAndExpired() throws Exception {
        try (BrowserContext editorContext = browser.newContext(); BrowserContext colleagueContext = browser.newContext(
                AccessibilityTest.axeOptions().setColorScheme(ColorScheme.LIGHT))) {
            Page editor = editorContext.newPage();
            signInAsAdmin(editor);
            editor.getByLabel("Title", EXACT).fill("Preview flow desk");
            editor.getByLabel("State", EXACT).selectOption("DRAFT");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create timeline")).click();
            assertThat(editor).hasURL(Pattern.compile("/editor/timelines/" + SLUG + "$"));
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a milestone")).click();
            editor.getByLabel("Headline (at most 120 characters)").fill(HEADLINE);
            editor.getByLabel(Pattern.compile("^Date: year, month or day")).fill("2025-03-11");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            assertThat(editor.locator(".tl-flash")).containsText("Milestone saved");

            // From the draft's page to a link to share: the lifetime is preset to a day, so one click makes it.
            editor.navigate(base + "editor/timelines/" + SLUG);
            assertThat(editor.getByLabel("The link works for")).hasValue("PT24H");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create preview link")).click();
            assertThat(editor.locator(".tl-flash")).containsText("Preview link created");
            String link = editor.locator("#preview-link").inputValue();
            assertThat(link).matches(".*/preview/[0-9.]+[A-Za-z0-9_-]{43}$");
            assertThat(editor.locator(".tl-embed-preview")).hasAttribute("src", Pattern.compile("^/preview/.*/embed/timelines/" + SLUG));

            // The colleague: another browser, never signed in, at the site's address for the link.
            String shared = base.toString().replaceAll("/$", "") + link.substring(link.indexOf("/preview/"));
            Page colleague = colleagueContext.newPage();
            colleague.navigate(shared);
            assertThat(colleague).hasURL(Pattern.compile("/preview/.+/timelines/" + SLUG + "$"));
            assertThat(colleague.locator("h1")).hasText("Preview flow desk");
            assertThat(colleague.locator("#m-negotiators-draft-a-ceasefire-text")).containsText(HEADLINE);
            assertThat(colleague.locator(".tl-preview")).containsText("Preview: not published yet");
            assertThat(colleague.locator(".tl-preview")).containsText("This timeline is a draft");
            assertThat(colleague.locator(".tl-preview")).containsText("This preview link works until");
            colleague.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(AccessibilityTest.violations(colleague)).as("axe on the preview, light").isEmpty();
            colleague.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            DarkModeTest.assertDarkAndClean(colleague, "the preview");
            colleague.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));

            // Within the preview, its links keep it: story mode and a milestone's page show the draft too.
            colleague.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Story")).click();
            assertThat(colleague).hasURL(Pattern.compile("/preview/.+/timelines/" + SLUG + "/story"));
            assertThat(colleague.locator(".tl-preview")).isVisible();
            colleague.navigate(shared);
            colleague.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(HEADLINE).setExact(true)).first().click();
            assertThat(colleague).hasURL(Pattern.compile("/preview/.+/timelines/" + SLUG + "/milestones/negotiators-draft-a-ceasefire-text$"));
            assertThat(colleague.locator("h1")).containsText(HEADLINE);

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw all preview links")).click();
            assertThat(editor.locator(".tl-flash")).containsText("Preview links withdrawn");
            colleague.navigate(shared);
            assertThat(colleague.locator("h1")).hasText("This preview link has been withdrawn");
            assertThat(colleague.locator("body")).not().containsText(HEADLINE);

            long id = queries.id(SLUG).orElseThrow();
            colleague.navigate(base + "preview/" + links.sign(id, queries.generation(id), Instant.now().minusSeconds(1)));
            assertThat(colleague.locator("h1")).hasText("This preview link has expired");
            assertThat(colleague.locator("body")).not().containsText(HEADLINE);
            assertThat(AccessibilityTest.violations(colleague)).as("axe on the expired link's page").isEmpty();
        }
    }
}
