package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An editor signs in, uploads the sample article into a new timeline, confirms its publication date,
 * selects the five milestones every importer must find and accepts and publishes them at once, publishes
 * the timeline, and readers see them.
 */
@QuarkusTest
class ImportFlowTest extends ChromiumTest {

    private static final String ARTICLE = "demo/us-russia-call-2025-02-12.txt";
    private static final String GOLD = "fixtures/us-russia-call-2025-02-12.gold.json";
    private static final String SLUG = "imported-call";

    /**
     * Finds the review item whose date is the gold date and whose quotes hold the evidence, reading the quotes
     * as a sighted reader sees them. (One sentence can tell of two milestones, so the quote alone is not enough.)
     */
    private static final String FIND_CANDIDATE = """
            ([evidence, date]) => {
              const items = [...document.querySelectorAll('li.tl-review__item')];
              return items.findIndex(item => item.querySelector('dl dd').textContent.includes(date)
                  && [...item.querySelectorAll('blockquote')].some(quote => {
                const copy = quote.cloneNode(true);
                copy.querySelectorAll('.tl-visually-hidden, footer').forEach(hidden => hidden.remove());
                return copy.textContent.replace(/\\s+/g, ' ').includes(evidence);
              }));
            }""";

    @Test
    void anImportedArticleBecomesAPublishedTimeline() throws Exception {
        List<List<String>> evidence = required();
        assertThat(evidence).hasSize(5);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signInAsAdmin(page);

            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Imported call");
            page.getByLabel("Address (optional; made from the title)").fill(SLUG);
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Create timeline")).click();
            page.getByText("Import an article").click();
            assertThat(page.locator("h1")).hasText("Import into “Imported call”");

            page.setInputFiles("#f-file", Path.of(getClass().getClassLoader().getResource(ARTICLE).toURI()));
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Upload")).click();
            assertThat(page.locator(".tl-flash")).containsText("1 article read: confirm its publication date");
            // The plain-text article's first line is its headline; it has no dateline to give the date.
            Locator date = page.getByLabel(Pattern.compile(
                    "^Published on \\(2025-02-12\\): US-Russia Relations: Potential Shift Towards Peace Negotiations"));
            assertThat(date).hasValue("");
            date.fill("2025-02-12");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Find milestones").setExact(true)).first().click();
            assertThat(page.locator(".tl-flash")).containsText("to review");

            List<String> accepted = new ArrayList<>();
            for (List<String> gold : evidence) {
                int index = (int) page.evaluate(FIND_CANDIDATE, gold);
                assertThat(index).as("a candidate dated %s quotes “%s”", gold.get(1), gold.get(0)).isGreaterThanOrEqualTo(0);
                Locator item = page.locator("li.tl-review__item").nth(index);
                assertThat(item.locator("mark.tl-mark--trigger").first()).isVisible();
                accepted.add(item.locator("h4").textContent());
                item.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("^Select"))).check();
            }
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Accept and publish selected")).click();
            assertThat(page.locator(".tl-undo")).containsText("5 accepted and published · Undo");

            page.navigate(base + "editor/timelines/" + SLUG);
            page.locator("#f-state").selectOption("PUBLISHED");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save timeline")).click();
            assertThat(page.locator(".tl-flash")).containsText("Timeline saved");

            Page reader = context.newPage();
            reader.navigate(base + "timelines/" + SLUG);
            Locator milestones = reader.locator("ol.tl-milestones .tl-milestone__headline");
            assertThat(milestones).hasCount(5);
            assertThat(milestones.allTextContents()).containsExactlyInAnyOrderElementsOf(accepted);
            assertThat(reader.locator("ol.tl-milestones")).containsText("Russia annexes Crimea");
        }
    }

    /** The gold file's required milestones: their evidence, and their date as the review page shows it. */
    private static List<List<String>> required() throws Exception {
        try (InputStream in = ImportFlowTest.class.getClassLoader().getResourceAsStream(GOLD)) {
            List<List<String>> required = new ArrayList<>();
            for (JsonNode milestone : new ObjectMapper().readTree(in).get("milestones")) {
                if (milestone.get("required").asBoolean()) {
                    JsonNode date = milestone.get("date");
                    required.add(List.of(milestone.get("evidence").asText(),
                            date.isNull() ? "undated" : "(" + date.asText() + ")"));
                }
            }
            return required;
        }
    }
}
