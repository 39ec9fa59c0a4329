package news.timeline.core.milestone;

import news.timeline.core.text.Html;

/**
 * What a milestone tells beyond its headline, saying what it holds: {@link Plain} text, as an importer
 * takes it from an article's words, or {@link Markup}, the little HTML editors may write (links, emphasis,
 * line breaks) cleaned of everything else. Either way a page may show {@link #html()} as it is, and
 * {@link #text()} gives the words alone for feeds, calendars, spreadsheets, search and sharing tags.
 *
 * <p>Plain text is made safe here, by escaping it. Markup cannot be: core reads no HTML and knows no
 * policy of what a summary may keep. So a markup summary is made only by the code that cleans markup and
 * reads its words, which implements {@link Markup} and answers for it: the web's {@code SummaryMarkup},
 * from what comes in (an editor's form, the API, the import queue, an archive; cleaned once, there) or from
 * a column nothing but such markup is written to. Nothing else implements it ({@code ArchitectureTest}),
 * so text that was never cleaned cannot pass for markup by accident.
 */
public sealed interface Summary permits Summary.Plain, Summary.Markup {

    /** No summary. */
    Summary NONE = new Plain("");

    /** Plain text as a summary, stripped; {@link #NONE} for null or blank text. */
    static Summary plain(String text) {
        return new Plain(text);
    }

    /** The words alone: no markup, character references read; empty for no summary. */
    String text();

    /** The summary as HTML a page shows as it is; empty for no summary. */
    String html();

    default boolean isEmpty() {
        return html().isEmpty();
    }

    /** How long the summary is as HTML, markup included: what a column that holds it must fit. */
    default int length() {
        return html().length();
    }

    /** Plain text; as HTML, the characters that would start a tag or a reference are escaped. */
    record Plain(String text) implements Summary {

        public Plain {
            text = text == null ? "" : text.strip();
        }

        @Override
        public String html() {
            return Html.escapeText(text);
        }
    }

    /** Cleaned markup, vouched for by the code that cleaned it: see {@link Summary}. */
    non-sealed interface Markup extends Summary {
    }
}
