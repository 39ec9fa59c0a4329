package news.timeline.web.markup;

import static org.assertj.core.api.Assertions.assertThat;

import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Summary;
import news.timeline.web.demo.DemoTimeline;
import org.junit.jupiter.api.Test;

class SummaryMarkupTest {

    @Test
    void keepsLinksAndEmphasisAndMarksLinksNofollow() {
        SummaryMarkup.Cleaned cleaned = SummaryMarkup.clean(
                "Talks <em>resumed</em> in <strong>Riyadh</strong>, <i>per</i> <b>both</b><br>sides: "
                        + "<a href=\"https://example.org/story?a=1&amp;b=2\">report</a>, "
                        + "<a href=\"mailto:desk@example.org\">desk</a>");

        assertThat(cleaned.summary()).isInstanceOf(Summary.Markup.class);
        assertThat(cleaned.summary().html()).isEqualTo("Talks <em>resumed</em> in <strong>Riyadh</strong>, <i>per</i> <b>both</b><br>"
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

        assertThat(cleaned.summary().html()).isEqualTo("Before  click <em>styled</em> data");
        assertThat(cleaned.summary().html()).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("alert")
                .doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("<style").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("data:");
        // The javascript: and data: links lose their href, and a link without one goes as a whole.
        assertThat(cleaned.removed()).containsExactlyInAnyOrder("script", "img", "a", "style on em", "onclick on em",
                "style", "iframe");
    }

    @Test
    void plainTextStaysAsTypedAndEscapesOnlyWhatHtmlNeeds() {
        SummaryMarkup.Cleaned cleaned = SummaryMarkup.clean("Putin's \"special\" operation: 2 < 3 & AT&T = 100%");

        assertThat(cleaned.summary().html()).isEqualTo("Putin's \"special\" operation: 2 &lt; 3 &amp; AT&amp;T = 100%");
        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.summary().text()).isEqualTo("Putin's \"special\" operation: 2 < 3 & AT&T = 100%");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = SummaryMarkup.clean("A <a href=\"https://example.org\">link</a> & <em>more</em>").summary().html();

        assertThat(SummaryMarkup.clean(once).summary().html()).isEqualTo(once);
        assertThat(SummaryMarkup.clean(once).removed()).isEmpty();
    }

    @Test
    void textDropsMarkupAndReadsReferences() {
        assertThat(SummaryMarkup.stored("<em>Talks</em> in <a href=\"https://example.org\">Riyadh</a> &amp; Jeddah").text())
                .isEqualTo("Talks in Riyadh & Jeddah");
        assertThat(SummaryMarkup.stored(null)).isEqualTo(Summary.NONE);
        assertThat(SummaryMarkup.clean("  ").summary()).isEqualTo(Summary.NONE);
    }

    /** A column holds only what was cleaned before it was written, so what it holds is taken as it is. */
    @Test
    void storedMarkupIsReadBackAsItIsWithoutCleaningAgain() {
        String html = SummaryMarkup.clean("Talks <em>resumed</em>, <a href=\"https://example.org\">report</a>").summary().html();

        assertThat(SummaryMarkup.stored(html)).isInstanceOf(Summary.Markup.class)
                .isEqualTo(SummaryMarkup.clean(html).summary());
        assertThat(SummaryMarkup.stored(html).html()).isSameAs(html);
    }

    /** The demo timeline's summaries are plain text: stored escaped, they read and show exactly as cleaned ones would. */
    @Test
    void demoSummariesArePlainTextThatCleaningWouldNotChange() {
        for (Milestone m : DemoTimeline.load().milestones()) {
            if (m.summary().isEmpty()) {
                continue;
            }
            Summary cleaned = SummaryMarkup.clean(m.summary().html()).summary();
            assertThat(m.summary()).as(m.slug()).isInstanceOf(Summary.Plain.class);
            assertThat(cleaned.html()).as(m.slug()).isEqualTo(m.summary().html());
            assertThat(cleaned.text()).as(m.slug()).isEqualTo(m.summary().text());
        }
    }

    @Test
    void plainTextFromAnImporterKeepsEveryWord() {
        String words = "Talks in <Geneva> & Bern, \"at length\"";

        assertThat(SummaryMarkup.clean(Summary.plain(words).html()).summary().text()).isEqualTo(words);
        assertThat(SummaryMarkup.clean(Summary.plain(words).html()).removed()).isEmpty();
    }

    /** Why an importer's plain text is cleaned too: an article may carry characters no HTML page may hold. */
    @Test
    void cleaningPlainTextDropsWhatHtmlForbids() {
        assertThat(SummaryMarkup.clean(Summary.plain("Talks\u0007 end\uffff").html()).summary().html()).isEqualTo("Talks end");
    }
}
