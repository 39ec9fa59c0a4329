package news.timeline.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Clean article text: paragraphs separated by one blank line, whitespace inside a paragraph collapsed.
 * Milestone sources quote this text by offsets, so every reader builds its text here, the same way.
 */
final class Prose {

    static final String PARAGRAPH_BREAK = "\n\n";

    /** Elements that hold one paragraph of prose each when they hold no such element themselves. */
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\u00A0]*\\n\\s*");
    // Non-breaking and other Unicode spaces count as spaces: editors paste them from CMS copy.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    private Prose() {
    }

    /** Plain text: blank lines end paragraphs; single line breaks are hard wrapping and become spaces. */
    static String ofPlainText(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
            unified = unified.substring(1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(unified)) {
            addParagraph(paragraphs, block);
        }
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    /** The prose of an HTML element: one paragraph per innermost block, or its whole text if it has none. */
    static String ofHtml(Element root) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (block.select(BLOCKS).size() > 1) {
                // An outer block (a list item holding paragraphs): its inner blocks are read on their own.
                continue;
            }
            addParagraph(paragraphs, block.text());
        }
        if (paragraphs.isEmpty()) {
            addParagraph(paragraphs, root.text());
        }
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    /** An HTML fragment (a feed item's content, a TimelineJS text) as prose. */
    static String ofHtmlFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return ofHtml(Jsoup.parseBodyFragment(html).body());
    }

    /** An HTML fragment as one line of text (a headline, a credit). */
    static String lineOfHtml(String html) {
        return html == null ? "" : collapse(Jsoup.parseBodyFragment(html).body().text());
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static void addParagraph(List<String> paragraphs, String text) {
        String paragraph = collapse(text);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
