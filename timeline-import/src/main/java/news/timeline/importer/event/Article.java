package news.timeline.importer.event;

import java.time.LocalDate;

/**
 * One article to extract milestones from: plain text and what is known about it. Readers of HTML, feeds
 * and TimelineJS files produce these; the importer needs nothing else.
 *
 * @param text the article's plain text (offsets in milestone sources index into it)
 * @param publishedOn the publication date, against which "on Wednesday" is resolved and which dates reports
 *     of the day's news; required
 * @param title the headline, or {@code null}
 * @param outlet who published it, or {@code null}
 * @param url where it was published, or {@code null}
 */
public record Article(String text, LocalDate publishedOn, String title, String outlet, String url) {

    public Article {
        if (publishedOn == null) {
            throw new IllegalArgumentException("publication date is required"
                    + (title == null ? "" : " for '" + title + "'") + ": relative dates and the day's news are dated by it");
        }
        text = text == null ? "" : text;
        if (url != null && !url.isBlank() && !url.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("Invalid article URL '" + url + "': expected an http:// or https:// address");
        }
    }

    /** An article known only by its text and publication date. */
    public static Article of(String text, LocalDate publishedOn) {
        return new Article(text, publishedOn, null, null, null);
    }
}
