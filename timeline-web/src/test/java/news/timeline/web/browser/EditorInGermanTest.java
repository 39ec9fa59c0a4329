package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.Test;

/**
 * An editor in Berlin: chooses German with the layout's switch on the sign-in page, signs in, opens a timeline,
 * edits a milestone, sees a field error in German, corrects it and saves; every page on the way in German and
 * without axe-core violations in the light and the dark theme.
 */
@QuarkusTest
class EditorInGermanTest extends ChromiumTest {

    static final String USER = "admin";
    static final String PASSWORD = "test-admin-password";
    /** A copy of the demo timeline, so that other tests keep the demo as loaded. */
    private static final String DESK = "berlin-desk";
    private static final String MILESTONE = "geneva-summit";

    @Inject
    TimelineStore store;

    @Test
    void anEditorWorksInGermanFromSignInToSave() throws Exception {
        if (store.find(DESK).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(DESK, "Berliner Desk", demo.description(), demo.eras(), demo.milestones()));
        }
        for (ColorScheme theme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions().setColorScheme(theme))) {
                Page page = context.newPage();
                page.navigate(base + "login");
                page.locator("nav.tl-lang").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Deutsch")).click();
                assertThat(page).hasURL(Pattern.compile("/login$"));
                assertThat(page.locator("h1")).hasText("Anmelden");
                assertThat(AccessibilityTest.violations(page)).as("sign-in, %s", theme).isEmpty();
                page.getByLabel("Benutzername").fill(USER);
                page.getByLabel("Passwort").fill(PASSWORD);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

                assertThat(page).hasURL(Pattern.compile("/editor$"));
                assertThat(page.locator("html")).hasAttribute("lang", "de");
                assertThat(page.locator("h1")).hasText("Redaktion");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Neue Zeitleiste"))).isVisible();
                assertThat(page).hasTitle(Pattern.compile("^Redaktion"));
                assertThat(AccessibilityTest.violations(page)).as("editor index, %s", theme).isEmpty();

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berliner Desk")).click();
                assertThat(page).hasURL(Pattern.compile("/editor/timelines/" + DESK + "$"));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Einstellungen der Zeitleiste")))
                        .isVisible();
                assertThat(page.locator("#f-state option[value=PUBLISHED]")).hasText("Veröffentlicht");
                assertThat(page.locator("#row-" + MILESTONE)).containsText(Pattern.compile("veröffentlicht|Entwurf"));
                assertThat(AccessibilityTest.violations(page)).as("timeline page, %s", theme).isEmpty();

                page.locator("#row-" + MILESTONE + " a").first().click();
                assertThat(page.locator("h1")).hasText("Meilenstein bearbeiten");
                page.getByLabel("Überschrift (höchstens 120 Zeichen)").fill("");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meilenstein speichern")).click();
                assertThat(page.getByRole(AriaRole.ALERT)).hasText("Bitte korrigieren Sie die unten markierten Felder (1).");
                assertThat(page.locator("#e-headline")).hasText("Ein Meilenstein braucht eine Überschrift");
                assertThat(AccessibilityTest.violations(page)).as("milestone form with an error, %s", theme).isEmpty();

                page.getByLabel("Überschrift (höchstens 120 Zeichen)").fill("Gipfel in Genf " + theme);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meilenstein speichern")).click();
                assertThat(page).hasURL(Pattern.compile("/editor/timelines/" + DESK + ".*#row-" + MILESTONE + "$"));
                assertThat(page.locator(".tl-flash")).hasText("Meilenstein gespeichert");
                assertThat(page.locator("#row-" + MILESTONE)).containsText("Gipfel in Genf " + theme);
                assertThat(page.content()).doesNotContain("Save milestone", "Timeline settings", "Milestone saved");
            }
        }
    }
}
