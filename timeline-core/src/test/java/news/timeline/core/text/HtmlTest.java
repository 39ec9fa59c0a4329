package news.timeline.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    private static final String TYPED = "Putin's \"special\" talks: 2 < 3 & 4 > 1, at\u00a0noon";

    @Test
    void textEscapesWhatStartsATagOrAReferenceAndNothingElse() {
        assertThat(Html.escapeText(TYPED)).isEqualTo("Putin's \"special\" talks: 2 &lt; 3 &amp; 4 &gt; 1, at\u00a0noon");
    }

    @Test
    void anAttributeEscapesItsQuoteToo() {
        assertThat(Html.escapeAttribute(TYPED))
                .isEqualTo("Putin's &quot;special&quot; talks: 2 &lt; 3 &amp; 4 &gt; 1, at\u00a0noon");
    }

    @Test
    void referencesAlreadyWrittenAreEscapedAsText() {
        assertThat(Html.escapeText("&amp; &lt;")).isEqualTo("&amp;amp; &amp;lt;");
        assertThat(Html.escapeAttribute("&quot;")).isEqualTo("&amp;quot;");
    }
}
