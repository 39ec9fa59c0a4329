package news.timeline.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A timeline bigger than one page: the axis summarises the years and loads the span it shows. */
@QuarkusTest
class BigTimelinePageTest extends ChromiumTest {

    private static final String SLUG = "reader-big-timeline";
    private static final int MILESTONES = 400;
    private static final int FIRST_YEAR = 1901;
    private static final int PER_YEAR = 12;
    /** A year after the page's first cards (1901–1905). */
    private static final int LATE_YEAR = 1930;
    private static final int LATE_INDEX = (LATE_YEAR - FIRST_YEAR) * PER_YEAR + 5;
    private static final String LATE_SLUG = "late-event-" + LATE_INDEX;

    @Inject
    TimelineStore store;

    @Inject
    ReaderQueries queries;

    @BeforeEach
    void createBigTimeline() {
        if (queries.head(SLUG).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < MILESTONES; i++) {
                milestones.add(Milestone.builder("Late event " + i).slug("late-event-" + i)
                        .date(HistoricalDate.ofMonth(FIRST_YEAR + i / PER_YEAR, i % PER_YEAR + 1))
                        .summary(i == MILESTONES - 1 ? "Summary of the last event." : null)
                        .kind(MilestoneKind.MEETING).build());
            }
            store.save(new Timeline(SLUG, "Reader big timeline", null, List.of(), milestones));
        }
    }

    @Test
    void axisSummarisesYearsAndLoadsTheSpanItShows() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG);
            assertThat(page.locator("article.tl-milestone")).hasCount(ReaderQueries.PAGE);
            assertThat(page.locator(".tl-axis__density").first()).isAttached();
            assertThat(page.locator(".tl-axis__card[data-slug=" + LATE_SLUG + "]")).hasCount(0);

            page.waitForResponse(response -> response.url().contains("/api/timelines/" + SLUG + "/milestones?"),
                    () -> page.navigate(base + "timelines/" + SLUG + "?view=" + LATE_YEAR + "-05-01_" + LATE_YEAR + "-08-01"));
            assertThat(page.locator(".tl-axis__card[data-slug=" + LATE_SLUG + "]")).hasCount(1);
            // Loaded from the API, it is labelled with the date as the page writes it, not "1930-06".
            assertThat(page.locator(".tl-axis__card[data-slug=" + LATE_SLUG + "]"))
                    .hasText("Late event " + LATE_INDEX + " June " + LATE_YEAR);

            // A milestone the page does not hold opens the window that does, with it selected.
            page.locator(".tl-axis__card[data-slug=" + LATE_SLUG + "]").click();
            assertThat(page).hasURL(Pattern.compile("from=" + LATE_YEAR + "-06-01&to=" + LATE_YEAR + "-06-30#m-" + LATE_SLUG));
            assertThat(page.locator("#m-" + LATE_SLUG)).hasClass(Pattern.compile("tl-is-selected"));
        }
    }

    @Test
    void laterMilestonesJoinThePageInPlace() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG);
            String url = page.url();
            Locator later = page.locator("nav.tl-pager a[rel=next]");
            assertThat(later).hasAttribute("href", "/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE
                    + "&after=late-event-" + (ReaderQueries.PAGE - 1));

            later.click();

            // The next cards follow the first ones on the same page; the reader is taken to the first of them.
            assertThat(page.locator("article.tl-milestone")).hasCount(2 * ReaderQueries.PAGE);
            assertThat(page).hasURL(url);
            assertThat(page.locator("#m-late-event-" + ReaderQueries.PAGE + " .tl-milestone__headline a")).isFocused();
            assertThat(page.locator("#tl-count")).hasText("Showing " + 2 * ReaderQueries.PAGE + " of " + MILESTONES + " milestones.");
            assertThat(later).hasAttribute("href", "/timelines/" + SLUG + "?offset=" + 2 * ReaderQueries.PAGE
                    + "&after=late-event-" + (2 * ReaderQueries.PAGE - 1));
            // The added cards are the axis's own: the next-milestone key walks into them.
            page.locator("#m-late-event-" + (ReaderQueries.PAGE + 3) + " .tl-milestone__date").click();
            assertThat(page).hasURL(Pattern.compile("#m-late-event-" + (ReaderQueries.PAGE + 3) + "$"));
            page.locator(".tl-axis__view").press("ArrowRight");
            assertThat(page.locator("#m-late-event-" + (ReaderQueries.PAGE + 4))).hasClass(Pattern.compile("tl-is-selected"));

            // Once every milestone is on the page the link goes, and filters work without a reload.
            while (later.count() > 0) {
                int before = page.locator("article.tl-milestone").count();
                later.click();
                assertThat(page.locator("article.tl-milestone")).not().hasCount(before);
            }
            assertThat(page.locator("article.tl-milestone")).hasCount(MILESTONES);
            assertThat(page.locator("nav.tl-pager")).hasCount(0);
            page.evaluate("window.stayed = true");
            page.locator("#f-q").fill("Late event 399");
            page.locator("#f-q").press("Enter");
            assertThat(page.locator("article.tl-milestone:visible")).hasCount(1);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("window.stayed")).isEqualTo(true);
        }
    }

    @Test
    void earlierMilestonesJoinInTheListsOrder() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG + "?offset=" + (MILESTONES - ReaderQueries.PAGE));
            Locator earlier = page.locator("nav.tl-pager a[rel=prev]");
            while (earlier.count() > 0) {
                int before = page.locator("article.tl-milestone").count();
                earlier.click();
                assertThat(page.locator("article.tl-milestone")).not().hasCount(before);
            }
            assertThat(page.locator("article.tl-milestone")).hasCount(MILESTONES);
            assertThat(page.locator("article.tl-milestone").first()).hasId("m-late-event-0");

            // The keys walk the list as it now stands, not in the order the cards arrived.
            Locator axis = page.locator(".tl-axis__view");
            axis.focus();
            axis.press("Home");
            assertThat(page.locator("#m-late-event-0")).hasClass(Pattern.compile("tl-is-selected"));
            axis.press("ArrowRight");
            assertThat(page.locator("#m-late-event-1")).hasClass(Pattern.compile("tl-is-selected"));
            axis.press("End");
            assertThat(page.locator("#m-late-event-" + (MILESTONES - 1))).hasClass(Pattern.compile("tl-is-selected"));

            // Text matches the headline or the summary, as on the server: not a phrase across the two.
            page.locator("#f-q").fill("event " + (MILESTONES - 1) + " summary");
            page.locator("#f-q").press("Enter");
            assertThat(page.locator("article.tl-milestone:visible")).hasCount(0);
            page.locator("#f-q").fill("summary of the last");
            page.locator("#f-q").press("Enter");
            assertThat(page.locator("article.tl-milestone:visible")).hasCount(1);
        }
    }

    @Test
    void aLinkToAMilestoneBeyondTheFirstPageOpensItsPage() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG + "#m-" + LATE_SLUG);

            assertThat(page).hasURL(Pattern.compile("\\?at=" + LATE_SLUG + "#m-" + LATE_SLUG + "$"));
            assertThat(page.locator("#m-" + LATE_SLUG)).hasClass(Pattern.compile("tl-is-selected"));
            assertThat(page.locator("#m-" + LATE_SLUG)).isInViewport();
            assertThat(page.locator(".tl-axis__caption")).containsText("Late event " + LATE_INDEX);
        }
    }

    @Test
    void thePermalinkLeadsBackToTheMilestoneWithoutJavaScript() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG + "/milestones/" + LATE_SLUG);
            page.locator("a[href*='?at=']").click();

            assertThat(page.locator("#m-" + LATE_SLUG)).isVisible();
            assertThat(page.locator("#m-" + LATE_SLUG)).isInViewport();
        }
    }

    @Test
    void withoutJavaScriptTheLinkOpensTheNextPage() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base + "timelines/" + SLUG);
            page.locator("nav.tl-pager a[rel=next]").click();

            assertThat(page).hasURL(Pattern.compile("\\?offset=" + ReaderQueries.PAGE + "&after=late-event-" + (ReaderQueries.PAGE - 1) + "$"));
            assertThat(page.locator("article.tl-milestone")).hasCount(ReaderQueries.PAGE);
            assertThat(page.locator("article.tl-milestone").first()).hasId("m-late-event-" + ReaderQueries.PAGE);
            assertThat(page.locator("nav.tl-pager a[rel=prev]")).hasAttribute("href", "/timelines/" + SLUG + "?offset=0");
        }
    }
}
