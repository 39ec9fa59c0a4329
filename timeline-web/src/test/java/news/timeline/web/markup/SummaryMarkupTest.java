package news.timeline.web.markup;

import static org.assertj.core.api.Assertions.assertThat;

import news.timeline.core.milestone.Milestone;
import news.timeline.web.demo.DemoTimeline;
import org.junit.jupiter.api.Test;

class SummaryMarkupTest {

    @Test
    void keepsLinksAndEmphasisAndMarksLinksNofollow() {
        SummaryMarkup.Cleaned cleaned = SummaryMarkup.clean(
                "Talks <em>resumed</em> in <strong>Riyadh</strong>, <i>per</i> <b>both</b><br>sides: "
                        + "<a href=\"https://example.org/story?a=1&amp;b=2\">report</a>, "
                        + "<a href=\"mailto:desk@example.org\">desk</a>");

        assertThat(cleaned.html()).isEqualTo("Talks <em>resumed</em> in <strong>Riyadh</strong>, <i>per</i> <b>both</b><br>"
                + "sides: <a href=\"https://example.org/story?a=1&amp;b=2\" rel=\"nofollow noopener\">report</a>, "
                + "<a href=\"mailto:desk@example.org\" rel=\"nofollow noopener\">desk</a>");
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void dropsScriptsHandlersStylesAndOtherSchemes() {
        SummaryMarkup.Cleaned cleaned = SummaryMarkup.clean("Before<script>alert(1)</script> "
                + "<img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">click</a> "
                + "<em style=\"color:red\" onclick=\"alert(4)\">styled</em> <a href=\"data:text/html,x\">data</a>"
                + "<style>p{}</style><iframe src=\"https://evil.example\"></iframe>");

        assertThat(cleaned.html()).isEqualTo("Before  click <em>styled</em> data");
        assertThat(cleaned.html()).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("alert")
                .doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("<style").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("data:");
        // The javascript: and data: links lose their href, and a link without one goes as a whole.
        assertThat(cleaned.removed()).containsExactlyInAnyOrder("script", "img", "a", "style on em", "onclick on em",
                "style", "iframe");
    }

    @Test
    void plainTextStaysAsTypedAndEscapesOnlyWhatHtmlNeeds() {
        SummaryMarkup.Cleaned cleaned = SummaryMarkup.clean("Putin's \"special\" operation: 2 < 3 & AT&T = 100%");

        assertThat(cleaned.html()).isEqualTo("Putin's \"special\" operation: 2 &lt; 3 &amp; AT&amp;T = 100%");
        assertThat(cleaned.removed()).isEmpty();
        assertThat(SummaryMarkup.text(cleaned.html())).isEqualTo("Putin's \"special\" operation: 2 < 3 & AT&T = 100%");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = SummaryMarkup.clean("A <a href=\"https://example.org\">link</a> & <em>more</em>").html();

        assertThat(SummaryMarkup.clean(once).html()).isEqualTo(once);
        assertThat(SummaryMarkup.clean(once).removed()).isEmpty();
    }

    @Test
    void textDropsMarkupAndReadsReferences() {
        assertThat(SummaryMarkup.text("<em>Talks</em> in <a href=\"https://example.org\">Riyadh</a> &amp; Jeddah"))
                .isEqualTo("Talks in Riyadh & Jeddah");
        assertThat(SummaryMarkup.text(null)).isNull();
        assertThat(SummaryMarkup.clean("  ").html()).isNull();
    }

    /** The demo timeline's summaries are plain text: cleaned, they read and show exactly as before. */
    @Test
    void demoSummariesAreUnchangedInWordsAndHaveNoMarkup() {
        for (Milestone m : DemoTimeline.load().milestones()) {
            if (m.summary() == null) {
                continue;
            }
            String html = SummaryMarkup.clean(m.summary()).html();
            assertThat(SummaryMarkup.text(html)).as(m.slug()).isEqualTo(m.summary());
            assertThat(html).as(m.slug()).isEqualTo(m.summary().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
    }

    @Test
    void plainTextFromAnImporterKeepsEveryWord() {
        String words = "Talks in <Geneva> & Bern, \"at length\"";

        assertThat(SummaryMarkup.text(SummaryMarkup.clean(SummaryMarkup.fromText(words)).html())).isEqualTo(words);
        assertThat(SummaryMarkup.clean(SummaryMarkup.fromText(words)).removed()).isEmpty();
    }
}
