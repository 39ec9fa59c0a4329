package news.timeline.importer.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import news.timeline.core.milestone.Source;

/**
 * One news article as milestone extraction needs it.
 *
 * <p>{@code text} is clean prose: paragraphs separated by one blank line ({@code "\n\n"}), whitespace
 * inside a paragraph collapsed to single spaces, no navigation, captions or markup. Milestone sources
 * quote it by character offsets, so it never changes after reading. {@code url} is an http(s) address
 * or {@code null}; {@code publishedOn} may be {@code null}. {@code item} is the 1-based position in a
 * feed, or 0 for a file that holds one article.
 */
public record Article(
        String title,
        String outlet,
        String url,
        LocalDate publishedOn,
        List<String> authors,
        String text,
        String file,
        int item) implements Document {

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    public Article {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        if (url != null && !isWebAddress(url)) {
            throw new IllegalArgumentException("Invalid article URL '" + url + "': expected an http:// or https:// address");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
    }

    /** An article known only by its text and publication date, as a caller that holds no file has it. */
    public static Article of(String text, LocalDate publishedOn) {
        return of(text, publishedOn, null, null, null);
    }

    /** An article given by its text and what is known about it, read from no file. */
    public static Article of(String text, LocalDate publishedOn, String title, String outlet, String url) {
        return new Article(title, outlet, url, publishedOn, List.of(), text == null ? "" : text, "", 0);
    }

    /** The same article published on {@code day}: a date the user gives overrides the one read. */
    public Article publishedOn(LocalDate day) {
        return new Article(title, outlet, url, day, authors, text, file, item);
    }

    /** Where the article came from: the file, and the feed item if there is one. */
    public String origin() {
        return item == 0 ? file : file + " item " + item;
    }

    /** The source of a milestone whose proof is {@code text.substring(start, end)}. */
    public Source source(int start, int end) {
        return Source.quoting(title, outlet, url, publishedOn, text, start, end);
    }

    static boolean isWebAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url).matches();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
