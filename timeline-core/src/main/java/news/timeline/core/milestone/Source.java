package news.timeline.core.milestone;

import java.time.LocalDate;

/**
 * Where a milestone comes from: the article (title, outlet, URL, publication date) and the sentence in it
 * that proves the milestone, with the quote's character offsets ({@code quoteStart} inclusive,
 * {@code quoteEnd} exclusive, Java {@code String} indices into the article text). Offsets are -1 when the
 * quote was typed in rather than found in a text.
 */
public record Source(
        String title,
        String outlet,
        String url,
        LocalDate publishedOn,
        String quote,
        int quoteStart,
        int quoteEnd) {

    public Source {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        String given = quote;
        quote = blankToNull(quote);
        if (title == null && url == null && quote == null) {
            throw new IllegalArgumentException("A source needs at least a title, a URL or a quote");
        }
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("Invalid source URL '" + url + "': expected an http:// or https:// address");
        }
        if (quoteStart != -1 || quoteEnd != -1) {
            if (quote == null) {
                throw new IllegalArgumentException("Source offsets " + quoteStart + "–" + quoteEnd + " given without a quote");
            }
            if (quoteStart < 0 || quoteEnd - quoteStart != given.length()) {
                throw new IllegalArgumentException("Invalid quote offsets " + quoteStart + "–" + quoteEnd
                        + ": the quote is " + given.length() + " characters long");
            }
            // The offsets describe the quote as given; keep them on the stripped quote so that
            // text.substring(quoteStart, quoteEnd) is still the quote.
            quoteStart += given.length() - given.stripLeading().length();
            quoteEnd = quoteStart + quote.length();
        }
    }

    /** A source with a quote typed in, not located in a text. */
    public static Source of(String title, String outlet, String url, LocalDate publishedOn, String quote) {
        return new Source(title, outlet, url, publishedOn, quote, -1, -1);
    }

    /** A source whose quote is {@code text.substring(start, end)}. */
    public static Source quoting(String title, String outlet, String url, LocalDate publishedOn,
                                 String text, int start, int end) {
        return new Source(title, outlet, url, publishedOn, text.substring(start, end), start, end);
    }

    /** True if the quote was located in the article text. */
    public boolean hasOffsets() {
        return quoteStart >= 0;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
