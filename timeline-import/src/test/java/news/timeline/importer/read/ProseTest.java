package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ProseTest {

    private static final String LIST_WITH_PARAGRAPHS = """
            <div><p>Intro  with
              a line break.</p><ul><li><p>First&nbsp;point.</p></li><li>Second point.</li></ul>
            <blockquote><p>Quoted.</p></blockquote></div>""";

    @Test
    void makesOneParagraphOfEachInnermostBlock() {
        String prose = Prose.ofHtml(Jsoup.parseBodyFragment(LIST_WITH_PARAGRAPHS).body());

        assertThat(prose).isEqualTo("Intro with a line break.\n\nFirst point.\n\nSecond point.\n\nQuoted.");
    }

    @Test
    void takesTheWholeTextOfAnElementWithoutBlocks() {
        assertThat(Prose.ofHtmlFragment("Just <b>text</b>,<br>no paragraphs.")).isEqualTo("Just text, no paragraphs.");
    }

    @Test
    void readsPlainTextParagraphs() {
        assertThat(Prose.ofPlainText("  One\nwrapped.\n \t\n\n\nTwo.\r\n")).isEqualTo("One wrapped.\n\nTwo.");
    }

    @Test
    void collapsesUnicodeSpaces() {
        assertThat(Prose.collapse("a\u00A0\u202Fb\u2007 c\u200B")).isEqualTo("a b c");
    }
}
