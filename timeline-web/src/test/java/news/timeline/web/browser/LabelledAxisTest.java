package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.Test;

/**
 * The labelled axis of the demo timeline: headline cards that never overlap, at a desktop's and a phone's
 * size, with and without the script; clusters that say how many and open; dates that stay readable above
 * the era bands. Writes {@code target/screenshots/axis-*.png}, the pictures in docs/reader.md.
 */
@QuarkusTest
class LabelledAxisTest extends ChromiumTest {

    private static final String DEMO = "timelines/us-russia-relations";
    /** The demo's milestones that have a date, and so a place on the axis (the planned summit has none). */
    private static final int DATED = 9;
    private static final int PHONE_WIDTH = 390, PHONE_HEIGHT = 844;

    /** Pairs of cards or clusters whose boxes overlap, and boxes outside the axis; empty when all is well. */
    private static final String OVERLAPS = """
            () => {
              const view = document.querySelector('.tl-axis__view').getBoundingClientRect();
              const track = document.querySelector('.tl-axis__track');
              const outer = track ? track.getBoundingClientRect() : view;
              const boxes = [...document.querySelectorAll('.tl-axis__card, .tl-axis__more')]
                .map(e => ({ name: e.textContent.trim().slice(0, 40), r: e.getBoundingClientRect() }));
              const out = [];
              for (const a of boxes) {
                if (a.r.left < outer.left - 0.5 || a.r.right > outer.right + 0.5 || a.r.top < outer.top || a.r.bottom > outer.bottom + 0.5)
                  out.push('outside: ' + a.name);
                for (const b of boxes) if (a !== b && a.r.left < b.r.right && b.r.left < a.r.right
                  && a.r.top < b.r.bottom && b.r.top < a.r.bottom) out.push(a.name + ' / ' + b.name);
              }
              return out;
            }""";

    /** Tick labels not on top where they are drawn (hidden under an era band or a card), by their text; those scrolled out of view are not counted. */
    private static final String HIDDEN_TICKS = """
            () => [...document.querySelectorAll('.tl-axis__tick')].filter(t => {
              const r = t.getBoundingClientRect(), view = document.querySelector('.tl-axis__view').getBoundingClientRect();
              if (r.width === 0) return true;
              // Scrolled out of the axis (the server's axis scrolls sideways on a phone): not on screen to cover.
              if (r.left + 8 > view.right || r.left < view.left) return false;
              const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 8), r.top + r.height / 2);
              return !(hit === t || t.contains(hit));
            }).map(t => t.textContent)""";

    private static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
    }

    private static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1280, 800);
    }

    @SuppressWarnings("unchecked")
    private static void assertLabelledWithoutOverlap(Page page, String what) {
        Locator cards = page.locator(".tl-axis__card");
        assertThat(cards.first()).isVisible();
        for (int i = 0; i < cards.count(); i++) {
            assertThat(cards.nth(i).locator(".tl-axis__headline")).not().hasText("");
            assertThat(cards.nth(i).locator(".tl-axis__date")).not().hasText("");
        }
        assertThat((List<String>) page.evaluate(OVERLAPS)).as("overlapping cards and clusters, %s", what).isEmpty();
        assertThat(page.locator(".tl-axis__tick").count()).as("date labels, %s", what).isGreaterThan(1);
        assertThat((List<String>) page.evaluate(HIDDEN_TICKS)).as("date labels covered, %s", what).isEmpty();
        // Every milestone is a card or counted in a cluster.
        int counted = cards.count();
        for (String more : page.locator(".tl-axis__more").allTextContents()) {
            counted += Integer.parseInt(more.replace("+", ""));
        }
        assertThat(counted).as("milestones on the axis, %s", what).isEqualTo(DATED);
    }

    @Test
    void cardsAreLabelledAndApartOnADesktopAndAPhone() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (var size : List.of(desktop(), phone())) {
            try (BrowserContext context = browser.newContext(size)) {
                Page page = context.newPage();
                page.navigate(base + DEMO);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                String what = page.viewportSize().width + " wide";
                assertLabelledWithoutOverlap(page, what);
                // The first milestone's card names it as the list does.
                assertThat(page.locator(".tl-axis__card[data-slug=crimea-annexation]"))
                        .hasText(Pattern.compile("Russia annexes Crimea\\s+2014"));
                page.locator("#tl-axis").screenshot(new Locator.ScreenshotOptions()
                        .setPath(out.resolve("axis-" + page.viewportSize().width + "x" + page.viewportSize().height + ".png")));

                // A year: its months under the year, not hidden by the era bands.
                page.navigate(base + DEMO + "?view=2024-09-01_2025-08-31");
                assertThat(page.locator(".tl-axis__tick--major")).containsText(new String[] {"2025"});
                assertThat(page.locator(".tl-axis__tick:not(.tl-axis__tick--major)")).containsText(new String[] {"Jan"});
                assertThat((List<?>) page.evaluate(OVERLAPS)).as("overlaps in a year, %s", what).isEmpty();
                assertThat((List<?>) page.evaluate(HIDDEN_TICKS)).as("ticks covered in a year, %s", what).isEmpty();

                // A month: its days under the month.
                page.navigate(base + DEMO + "?view=2025-02-01_2025-03-01");
                assertThat(page.locator(".tl-axis__tick--major").first()).hasText("Feb 2025");
                assertThat(page.locator(".tl-axis__tick:not(.tl-axis__tick--major)").first()).hasText(Pattern.compile("^\\d{1,2}$"));
                assertThat((List<?>) page.evaluate(OVERLAPS)).as("overlaps in a month, %s", what).isEmpty();
                if (page.viewportSize().width == 1280) {
                    page.locator("#tl-axis").screenshot(new Locator.ScreenshotOptions().setPath(out.resolve("axis-month-1280x800.png")));
                }
            }
        }
    }

    @Inject
    TimelineStore store;

    /**
     * Years before the common era read on the script's axis as on the server's, "44 BCE" in English and "44 v.
     * Chr." in German: the script wrote them as bare numbers, so 44 BCE and 44 CE looked alike.
     */
    @Test
    void yearsBeforeTheCommonEraAreWrittenAsTheServerWritesThem() {
        String slug = "axis-bce-years";
        store.save(new Timeline(slug, "Rome", null, List.of(), List.of(
                Milestone.builder("Caesar is killed").slug("caesar").date(HistoricalDate.ofYear(-44)).kind(MilestoneKind.ASSAULT).build(),
                Milestone.builder("Actium").slug("actium").date(HistoricalDate.ofYear(-31)).kind(MilestoneKind.MILITARY_ACTION).build(),
                Milestone.builder("Augustus dies").slug("augustus").date(HistoricalDate.ofYear(14)).kind(MilestoneKind.DEATH).build())));
        for (String lang : List.of("en", "de")) {
            String address = base + "timelines/" + slug + "?lang=" + lang;
            List<String> server;
            try (BrowserContext context = browser.newContext(desktop().setJavaScriptEnabled(false))) {
                Page page = context.newPage();
                page.navigate(address);
                server = page.locator(".tl-axis__tick").allTextContents();
            }
            try (BrowserContext context = browser.newContext(desktop())) {
                Page page = context.newPage();
                page.navigate(address);
                assertThat(page.locator(".tl-axis__tools")).isVisible();
                List<String> script = page.locator(".tl-axis__tick").allTextContents();
                String bce = lang.equals("en") ? " BCE" : " v. Chr.";
                assertThat(server).as("the server's labels in " + lang).anyMatch(label -> label.endsWith(bce));
                assertThat(script).as("the script's labels in " + lang)
                        .anyMatch(label -> label.endsWith(bce))
                        .allMatch(label -> label.endsWith(bce) || Integer.parseInt(label.strip()) > 0)
                        .containsAnyElementsOf(server.stream().filter(label -> label.endsWith(bce)).toList());
            }
        }
    }

    @Test
    void withoutTheScriptTheServersCardsReadAndAClusterListsItsSpan() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (var size : List.of(desktop(), phone())) {
            try (BrowserContext context = browser.newContext(size.setJavaScriptEnabled(false))) {
                Page page = context.newPage();
                page.navigate(base + DEMO);
                assertThat(page.locator("#tl-axis")).isVisible();
                assertThat(page.locator(".tl-axis__tools")).isHidden();
                assertLabelledWithoutOverlap(page, page.viewportSize().width + " wide without script");
                assertThat(page.locator("a.tl-axis__card[href='#m-crimea-annexation']")).hasCount(1);
                if (page.viewportSize().width == 1280) {
                    page.locator("#tl-axis").screenshot(new Locator.ScreenshotOptions().setPath(out.resolve("axis-1280x800-noscript.png")));
                }
            }
        }
        try (BrowserContext context = browser.newContext(desktop().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + DEMO);
            Locator cluster = page.locator("a.tl-axis__more").last();
            int count = Integer.parseInt(cluster.textContent().replace("+", ""));
            assertThat(cluster).hasAttribute("aria-label", Pattern.compile("^" + count + " more milestones?, .+ to .+"));
            cluster.click();
            assertThat(page).hasURL(Pattern.compile(DEMO + "\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}#milestones-heading$"));
            assertThat(page.locator("article.tl-milestone").count()).isGreaterThanOrEqualTo(count);
        }
    }

    @Test
    void aClusterOpensTheListOfItsMilestones() {
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = context.newPage();
            page.navigate(base + DEMO);
            Locator cluster = page.locator(".tl-axis__more").last();
            int count = Integer.parseInt(cluster.textContent().replace("+", ""));
            assertThat(cluster).hasAttribute("aria-expanded", "false");
            cluster.click();

            Locator open = page.locator(".tl-axis__open");
            assertThat(open).isVisible();
            assertThat(open.locator("li button")).hasCount(count);
            assertThat(open.locator("li button").first()).isFocused();
            assertThat(page.locator(".tl-axis__more[aria-expanded=true]")).hasCount(1);
            page.keyboard().press("Escape");
            assertThat(open).isHidden();
            assertThat(page.locator(".tl-axis__more").last()).isFocused();

            // Choosing one selects it in the list, and the axis gives it a card of its own.
            page.keyboard().press("Enter");
            Locator choice = open.locator("li button").last();
            String slug = choice.getAttribute("data-slug");
            choice.click();
            assertThat(open).isHidden();
            assertThat(page.locator("#m-" + slug)).hasClass(Pattern.compile("tl-is-selected"));
            assertThat(page.locator(".tl-axis__card[data-slug=" + slug + "]")).hasAttribute("aria-current", "true");
            assertThat((List<?>) page.evaluate(OVERLAPS)).isEmpty();

            // "Zoom in on these" shows the cluster's span; there its milestones get cards.
            page.locator(".tl-axis__more").last().click();
            page.locator(".tl-axis__zoom-to").click();
            assertThat(page.locator(".tl-axis__level")).not().hasText("Whole span");
            assertThat((List<?>) page.evaluate(OVERLAPS)).isEmpty();
        }
    }

    @Test
    void axeFindsNothingOnTheAxisInBothThemes() throws Exception {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            for (var size : List.of(AccessibilityTest.axeOptions(), phone().setBypassCSP(true))) {
                try (BrowserContext context = browser.newContext(size.setColorScheme(scheme))) {
                    Page page = context.newPage();
                    page.navigate(base + DEMO + "?view=2024-09-01_2025-08-31");
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    page.locator(".tl-axis__more").last().click();
                    assertThat(page.locator(".tl-axis__open")).isVisible();
                    assertThat(AccessibilityTest.violations(page)).as("axe-core, a cluster open, %s", scheme).isEmpty();
                }
            }
            // The server's axis, as a reader without the script sees it (the test's own script still runs).
            try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions().setColorScheme(scheme))) {
                context.route("**/reader.min.js", route -> route.abort());
                Page page = context.newPage();
                page.navigate(base + DEMO);
                assertThat(page.locator("a.tl-axis__card").first()).isVisible();
                assertThat(AccessibilityTest.violations(page)).as("axe-core without the page's script, %s", scheme).isEmpty();
            }
        }
    }
}
