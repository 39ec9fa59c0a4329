package news.timeline.importer.read;

import java.time.LocalDate;

/**
 * What the caller knows about an article: used as it is for plain text, and as the fallback for
 * whatever an HTML page or a feed item does not say itself. Every field may be {@code null}.
 */
public record ArticleMetadata(String title, String outlet, String url, LocalDate publishedOn) {

    /** Nothing known in advance. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    public ArticleMetadata {
        title = Article.blankToNull(title);
        outlet = Article.blankToNull(outlet);
        url = Article.blankToNull(url);
    }
}
