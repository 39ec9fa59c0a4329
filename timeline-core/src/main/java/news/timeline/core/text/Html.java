package news.timeline.core.text;

/**
 * Text put into HTML or XML, escaped for where it goes: between tags, only what would start a tag or a
 * character reference ({@code & < >}); inside a double-quoted attribute, the quote as well. Apostrophes,
 * non-breaking spaces and every other character pass unchanged, so what is written reads as it was typed
 * (jsoup's, Qute's and the OWASP sanitizer's escapers write those as references too).
 */
public final class Html {

    private Html() {
    }

    /** {@code text} to stand between tags, in HTML or XML. */
    public static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code text} to stand inside a double-quoted attribute, in HTML or XML. */
    public static String escapeAttribute(String text) {
        return escapeText(text).replace("\"", "&quot;");
    }
}
