package news.timeline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core finds no WCAG 2.x level A or AA violation on any kind of reader page, with the script running. */
@QuarkusTest
class AccessibilityTest extends ChromiumTest {

    /** The axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The check itself works: a page with a known violation fails it. */
    @org.junit.jupiter.api.Test
    void axeFindsAKnownViolation() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"en\"><title>t</title><main><img src=\"x.png\"></main></html>");
            assertThat(violations(page)).extracting(v -> v.get("id")).contains("image-alt");
        }
    }

    /** One page of each kind a reader (or someone signing in) sees; the dark theme's test checks them too. */
    static Stream<String> readerPages() {
        return Stream.of(
                "",
                "?q=geneva",
                "timelines/us-russia-relations",
                "timelines/us-russia-relations?kind=meeting",
                "timelines/us-russia-relations?from=2025-13",
                "timelines/us-russia-relations?lanes=kind&view=2024-06-01_2025-06-01#m-trump-putin-call",
                "timelines/us-russia-relations/milestones/geneva-summit",
                "timelines/us-russia-relations/story",
                "timelines/us-russia-relations/story/saudi-summit?lang=de",
                "actors/vladimir-putin",
                "places/geneva",
                "tags/summit",
                "no/such/page",
                "timelines/no-such-timeline",
                "timelines/us-russia-relations?lang=uk&lanes=actor",
                "login");
    }

    /** The embed, compact by default and at full length when asked. */
    static Stream<String> embedPages() {
        return Stream.of("embed/timelines/us-russia-relations", "embed/timelines/us-russia-relations?height=auto&theme=dark");
    }

    @ParameterizedTest
    @MethodSource({"readerPages", "embedPages"})
    void noViolations(String path) throws Exception {
        try (BrowserContext context = browser.newContext(axeOptions())) {
            Page page = context.newPage();
            page.navigate(base + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(violations(page)).as("axe-core violations on /%s", path).isEmpty();
        }
    }

    /**
     * A context that may add axe-core to pages. The site's Content-Security-Policy rightly refuses every
     * inline script, the one the test adds included, so the test's context sets the policy aside.
     */
    static com.microsoft.playwright.Browser.NewContextOptions axeOptions() {
        return new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true);
    }

    /** The WCAG A and AA violations axe-core finds on the page as it is now; used by the editor's tests too. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> violations(Page page) throws Exception {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(Browsers.axeSource()));
        return (List<Map<String, Object>>) page.evaluate("""
                tags => axe.run(document, { runOnly: { type: 'tag', values: tags } })
                    .then(r => r.violations.map(v => ({ id: v.id, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })))""", WCAG_AA);
    }
}
