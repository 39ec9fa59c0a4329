package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.Candidate;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.importing.ImportQueue;
import org.junit.jupiter.api.Test;

/**
 * The review at the speed of reading, in Chromium: an article's ten candidates become a published timeline
 * in six actions (select all, accept and publish, two fixes); a 200-candidate import is reviewed a page at a
 * time; the keys move, select, show the context and decide, and stay off while the editor types.
 */
@QuarkusTest
class ReviewFlowTest extends ChromiumTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "test-admin-password";
    private static final String HEADLINE = "Headline (at most 120 characters)";
    private static final String ARTICLE = "Washington and Moscow moved quickly this week. ";
    private static final String[] TEN = {
        "Trump and Putin speak by phon", "Rubio meets Lavrov in Riad", "Envoys agree to restore embassies",
        "Kremlin welcomes the talks", "Zelensky says Ukraine was not consulted", "European leaders meet in Paris",
        "Witkoff returns from Moscow", "Prisoner released in exchange", "Sanctions relief discussed",
        "Summit planned in Saudi Arabia"};

    @Inject
    EditorService editor;
    @Inject
    ImportQueue imports;

    @Test
    void anArticleOfTenCandidatesBecomesAPublishedTimelineInSixActions() throws Exception {
        String slug = articleOfTen("review-ten");
        try (BrowserContext context = browser.newContext(AccessibilityTest.axeOptions())) {
            Page page = signedIn(context);
            page.navigate(base + "editor/timelines/" + slug + "/import");
            assertThat(page.locator("li.tl-review__item")).hasCount(10);
            assertThat(AccessibilityTest.violations(page)).as("the review page").isEmpty();
            int actions = 0;

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all on this page")).click();
            actions++;
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and publish selected")).click();
            actions++;
            assertThat(page.locator(".tl-undo")).containsText("10 accepted and published · Undo");
            assertThat(page.locator("li.tl-review__item")).hasCount(0);
            assertThat(AccessibilityTest.violations(page)).as("the review page after a decision").isEmpty();

            // Two fixes: the first from the review's list of what it made, the second from the timeline's.
            page.locator(".tl-undo__made").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TEN[0])).click();
            actions++;
            page.getByLabel(HEADLINE).fill("Trump and Putin speak by phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            actions++;
            assertThat(page.locator(".tl-flash")).containsText("Milestone saved");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TEN[1])).click();
            actions++;
            page.getByLabel(HEADLINE).fill("Rubio meets Lavrov in Riyadh");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
            actions++;
            assertThat(page.locator(".tl-flash")).containsText("Milestone saved");

            assertThat(actions).isLessThanOrEqualTo(6);
            Page reader = context.newPage();
            reader.navigate(base + "timelines/" + slug);
            Locator headlines = reader.locator("ol.tl-milestones .tl-milestone__headline");
            assertThat(headlines).hasCount(10);
            assertThat(headlines.allTextContents()).contains("Trump and Putin speak by phone", "Rubio meets Lavrov in Riyadh")
                    .doesNotContain(TEN[0], TEN[1]);
        }
    }

    @Test
    void aTwoHundredCandidateImportIsReviewedAPageAtATime() throws Exception {
        editor.createTimeline(new ApiModel.NewTimeline("Two hundred", "review-200", "", "PUBLISHED"));
        Path csv = Files.createTempFile("two-hundred", ".csv");
        StringBuilder rows = new StringBuilder(String.join(",", news.timeline.web.export.TimelineJsExport.CSV_COLUMNS)).append("\n");
        rows.append(",,,,,,,,,Two hundred,,,,,,title,,\n");
        for (int i = 0; i < 200; i++) {
            rows.append(1990 + i % 30).append(",").append(1 + i % 12).append(",1,,,,,,,Event number ").append(i)
                    .append(",Text of event ").append(i).append(",,,,,,,\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context);
            page.navigate(base + "editor/timelines/review-200/import");
            page.setInputFiles("#f-file", csv);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
            assertThat(page.locator(".tl-flash")).containsText("200 dated milestones from TimelineJS to review");

            List<String> seen = new ArrayList<>();
            for (int number = 1; number <= 10; number++) {
                assertThat(page.locator(".tl-main")).containsText("page " + number + " of 10");
                assertThat(page.locator("li.tl-review__item")).hasCount(20);
                seen.addAll(page.locator("li.tl-review__item h4").allTextContents());
                double height = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
                System.out.printf("Review page %d of a 200-candidate import: %.0f px tall%n", number, height);
                assertThat(height).as("page %d's height in pixels", number).isLessThan(10_000);
                Locator later = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Later candidates"));
                if (number < 10) {
                    later.click();
                } else {
                    assertThat(later).hasCount(0);
                }
            }
            assertThat(seen).hasSize(200).doesNotHaveDuplicates();

            // Deciding a page at a time: two actions for each twenty, and the next twenty move up.
            page.navigate(base + "editor/timelines/review-200/import");
            int actions = 0;
            while (page.locator("li.tl-review__item").count() > 0) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all on this page")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and publish selected")).click();
                actions += 2;
                assertThat(page.locator(".tl-undo")).containsText("20 accepted and published");
            }
            assertThat(actions).isEqualTo(20);
            assertThat(page.locator(".tl-main")).containsText("No candidates are waiting.");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void theKeysMoveSelectShowTheContextAndDecideButNotWhileTyping() {
        String slug = articleOfTen("review-keys");
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context);
            page.navigate(base + "editor/timelines/" + slug + "/import");
            assertThat(page.locator("#review-keys")).isVisible();
            assertThat(page.locator("#review-keys")).containsText("j/k next/previous candidate");
            Locator items = page.locator("li.tl-review__item");

            page.keyboard().press("j");
            assertThat(items.nth(0)).isFocused();
            assertThat(items.nth(0)).hasClass(Pattern.compile("tl-is-current"));
            page.keyboard().press("c");
            assertThat(items.nth(0).locator(".tl-review__context")).hasAttribute("open", "");
            assertThat(items.nth(0).locator(".tl-review__context mark")).containsText(TEN[0]);
            page.keyboard().press("x");
            page.keyboard().press("j");
            page.keyboard().press("j");
            page.keyboard().press("k");
            assertThat(items.nth(1)).isFocused();
            page.keyboard().press("x");
            assertThat(page.locator("input[name='id']:checked")).hasCount(2);

            // Typed into a field, the keys are letters.
            items.nth(2).locator(".tl-review__merge summary").click();
            Locator other = items.nth(2).getByLabel(Pattern.compile("^Merge into the milestone"));
            other.pressSequentially("parade");
            assertThat(other).hasValue("parade");
            assertThat(page.locator("input[name='id']:checked")).hasCount(2);
            assertThat(items).hasCount(10);

            items.nth(1).focus();
            page.keyboard().press("r");
            assertThat(page.locator(".tl-undo")).containsText("2 rejected · Undo");
            assertThat(items).hasCount(8);

            // Nothing selected: a key decides the current candidate alone.
            page.keyboard().press("j");
            page.keyboard().press("p");
            assertThat(page.locator(".tl-undo")).containsText("1 accepted and published · Undo");
            assertThat(items).hasCount(7);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
            assertThat(page.locator(".tl-flash")).hasText("Undone: 1 candidate is back in the queue");
            assertThat(items).hasCount(8);

            page.keyboard().press("j");
            page.keyboard().press("e");
            assertThat(page).hasURL(Pattern.compile("/import/\\d+/edit$"));
        }
    }

    /** A published timeline whose queue holds one article's ten candidates, each quoting its own sentence. */
    private String articleOfTen(String slug) {
        editor.createTimeline(new ApiModel.NewTimeline("Desk " + slug, slug, "", "PUBLISHED"));
        StringBuilder text = new StringBuilder(ARTICLE);
        List<int[]> spans = new ArrayList<>();
        for (String headline : TEN) {
            int start = text.length();
            text.append(headline).append(", the agency reported. ");
            spans.add(new int[] {start, start + headline.length()});
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < TEN.length; i++) {
            Source source = Source.quoting("Diplomacy week", "The Ledger", "https://news.example.org/week", null,
                    text.toString(), spans.get(i)[0], spans.get(i)[1]);
            candidates.add(new Candidate(Milestone.builder(TEN[i]).date(HistoricalDate.ofDay(2025, 2, 10 + i))
                    .sources(List.of(source)).build(), 0.95 - i / 100.0, 0, List.of()));
        }
        imports.enqueue(slug, candidates, slug + "-week", "text", "The article", text.toString());
        return slug;
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
