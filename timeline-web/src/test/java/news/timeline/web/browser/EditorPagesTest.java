package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.Test;

/**
 * The editor in Chromium: an editor signs in, makes a timeline and a milestone and publishes them; two
 * editors saving the same milestone; the default zoom on the reader's page; axe-core on the editor's forms.
 */
@QuarkusTest
class EditorPagesTest extends ChromiumTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "test-admin-password";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    /** A copy of the demo timeline for the conflict, so that other tests keep the demo as loaded. */
    private static final String CONFLICT_DESK = "conflict-desk";

    @Inject
    TimelineStore store;

    @Test
    void anEditorCreatesATimelineAddsAMilestonePublishesAndReadersSeeIt() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context);
            page.getByLabel("Title", EXACT).fill("Browser desk");
            page.getByLabel("State", EXACT).selectOption("DRAFT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create timeline")).click();
            assertThat(page).hasURL(Pattern.compile("/editor/timelines/browser-desk$"));
            assertThat(page.locator(".tl-flash")).hasText("Timeline created");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a milestone")).click();
            page.getByLabel("Headline (at most 120 characters)").fill("Envoys meet in Riyadh");
            page.getByLabel(Pattern.compile("^Summary")).fill("Envoys <em>meet</em> for the first time <script>alert(1)</script>");
            page.getByLabel(Pattern.compile("^Date: year, month or day")).fill("2025-02-18");
            page.getByLabel("Who (names separated by commas)").fill("Marco Rubio");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            assertThat(page.locator(".tl-flash")).containsText("Milestone saved. Removed from its summary");
            assertThat(page.locator(".tl-flash")).containsText("script");

            page.navigate(base + "timelines/browser-desk");
            assertThat(page.locator("h1")).not().hasText("Browser desk");

            page.navigate(base + "editor/timelines/browser-desk");
            page.locator("#f-state").selectOption("PUBLISHED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            assertThat(page.locator(".tl-flash")).hasText("Timeline saved");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Public page")).click();
            assertThat(page.locator("h1")).hasText("Browser desk");
            assertThat(page.locator("#m-envoys-meet-in-riyadh h3, #m-envoys-meet-in-riyadh h2").first())
                    .containsText("Envoys meet in Riyadh");
            assertThat(page.locator("#m-envoys-meet-in-riyadh em")).hasText("meet");
            assertThat(page.locator("#m-envoys-meet-in-riyadh script")).hasCount(0);
        }
    }

    @Test
    void theSecondOfTwoEditorsSavingAMilestoneSeesBothVersions() {
        if (store.find(CONFLICT_DESK).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(CONFLICT_DESK, "Conflict desk", demo.description(), demo.eras(), demo.milestones()));
        }
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext()) {
            String path = "editor/timelines/" + CONFLICT_DESK + "/milestones/geneva-summit";
            Page mine = signedIn(first);
            Page theirs = signedIn(second);
            mine.navigate(base + path);
            theirs.navigate(base + path);

            mine.getByLabel("Headline (at most 120 characters)").fill("Biden and Putin meet in Geneva");
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            assertThat(mine.locator(".tl-flash")).hasText("Milestone saved");
            theirs.getByLabel("Headline (at most 120 characters)").fill("Geneva summit of Biden and Putin");
            theirs.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();

            assertThat(theirs.locator("h1")).hasText("Someone else saved this milestone");
            assertThat(theirs.locator("tr", new Page.LocatorOptions().setHasText("Headline")).locator("td"))
                    .hasText(new String[] {"Geneva summit of Biden and Putin", "Biden and Putin meet in Geneva"});
        }
    }

    @Test
    void theReadersAxisOpensAtTheTimelinesDefaultZoomUnlessTheLinkNamesAView() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900))) {
            Page page = signedIn(context);
            page.getByLabel("Title", EXACT).fill("Zoom desk");
            page.getByLabel("State", EXACT).selectOption("PUBLISHED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create timeline")).click();
            for (String[] m : new String[][] {{"Crimea annexed", "2014-03-18"}, {"Talks in Riyadh", "2025-02-18"}}) {
                page.navigate(base + "editor/timelines/zoom-desk/milestones/new");
                page.getByLabel("Headline (at most 120 characters)").fill(m[0]);
                page.getByLabel(Pattern.compile("^Date: year, month or day")).fill(m[1]);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            }
            page.navigate(base + "timelines/zoom-desk");
            assertThat(page.locator(".tl-axis__level")).hasText("Whole span");

            page.navigate(base + "editor/timelines/zoom-desk");
            page.locator("#f-defaultZoom").selectOption("YEAR");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            page.navigate(base + "timelines/zoom-desk");

            assertThat(page.locator(".tl-axis__level")).hasText("Year");
            assertThat(page.locator(".tl-axis__view [data-slug='talks-in-riyadh']")).isVisible();
            assertThat(page.locator(".tl-axis__view [data-slug='crimea-annexed']")).hasCount(0);
            page.navigate(base + "timelines/zoom-desk?view=2014-01-01_2014-12-31");
            assertThat(page.locator(".tl-axis__view [data-slug='crimea-annexed']")).isVisible();
        }
    }

    @Test
    void theEditorsFormsPassAxe() throws Exception {
        try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions())) {
            Page page = context.newPage();
            page.navigate(base + "login");
            assertThat(AccessibilityTest.violations(page)).as("sign-in").isEmpty();
            page.getByLabel("Username").fill(USER);
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile("/editor$"));
            assertThat(AccessibilityTest.violations(page)).as("editor index").isEmpty();
            page.navigate(base + "editor/logout");
            assertThat(AccessibilityTest.violations(page)).as("sign-out").isEmpty();

            page.navigate(base + "editor/timelines/us-russia-relations");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(AccessibilityTest.violations(page)).as("timeline form").isEmpty();
            // The test's site is at localhost: the embed panel says so, where the editor copies the code.
            assertThat(page.locator("#embed-warning")).isVisible();
            assertThat(page.locator("#embed-warning")).containsText("TIMELINE_SITE_BASE_URL");
            page.locator("#f-coverUrl").fill("not an address");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            assertThat(page.locator("#e-coverUrl")).isVisible();
            assertThat(AccessibilityTest.violations(page)).as("timeline form with errors").isEmpty();

            page.navigate(base + "editor/timelines/us-russia-relations/milestones/new");
            page.getByLabel(Pattern.compile("^Date: year, month or day")).fill("2021-13-40");
            page.locator("#f-actorType").selectOption("organisation");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            assertThat(page.locator("#e-headline")).hasText("A milestone needs a headline");
            assertThat(page.locator("#e-date")).isVisible();
            assertThat(AccessibilityTest.violations(page)).as("milestone form with errors").isEmpty();
        }
    }

    private Page signedIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(base + "login");
        page.getByLabel("Username").fill(USER);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/editor$"));
        return page;
    }
}
