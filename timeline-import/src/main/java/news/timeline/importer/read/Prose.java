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

    /**
     * Plain text: blank lines end paragraphs. A single line break is hard wrapping, and becomes a space, in
     * a block wrapped at a fixed width, or before a line that goes on in lower case; otherwise it ends a
     * paragraph, so that a headline or a dateline on its own line never runs into the first sentence.
     */
    static String ofPlainText(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
            unified = unified.substring(1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(unified)) {
            String[] lines = block.strip().split("\n");
            if (wrapped(lines)) {
                addParagraph(paragraphs, block);
                continue;
            }
            StringBuilder paragraph = new StringBuilder(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                if (continues(lines[i - 1], lines[i])) {
                    paragraph.append(' ').append(lines[i]);
                } else {
                    addParagraph(paragraphs, paragraph.toString());
                    paragraph.setLength(0);
                    paragraph.append(lines[i]);
                }
            }
            addParagraph(paragraphs, paragraph.toString());
        }
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    /** True if {@code next} goes on with the sentence {@code line} leaves open: it starts in lower case. */
    private static boolean continues(String line, String next) {
        String first = next.strip();
        return !first.isEmpty() && (Character.isLowerCase(first.charAt(0)) || line.strip().endsWith(","));
    }

    /**
     * Lines of text wrapped at a fixed width: three or more, every one but the last close to the longest,
     * which is a wrapping width (a headline and a paragraph under it are no such block).
     */
    private static boolean wrapped(String[] lines) {
        if (lines.length < 3) {
            return false;
        }
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.strip().length());
        }
        if (longest < MIN_WRAP || longest > MAX_WRAP) {
            return false;
        }
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].strip().length() < longest - WRAP_SLACK) {
                return false;
            }
        }
        return true;
    }

    private static final int MIN_WRAP = 50;
    private static final int MAX_WRAP = 100;
    /** How much shorter than the longest a wrapped line may be: a long word moved to the next line. */
    private static final int WRAP_SLACK = 15;

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
