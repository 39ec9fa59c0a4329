package news.timeline.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text article. Plain text says nothing about itself, so title, outlet, URL and
 * publication date come from the caller; a missing title falls back to the file name.
 */
public final class TextArticleReader {

    /** Reads {@code text}, the content of the file called {@code file}. */
    public ReadResult<Article> read(String file, String text, ArticleMetadata metadata) throws UnreadableFileException {
        String prose = Prose.ofPlainText(text);
        if (prose.isEmpty()) {
            throw new UnreadableFileException(file, "the file has no text");
        }
        List<ReadProblem> problems = new ArrayList<>();
        String title = metadata.title();
        if (title == null) {
            title = withoutExtension(file);
            problems.add(ReadProblem.warning(file, null, "title",
                    "no title given for a plain-text article: using the file name '" + title + "'"));
        }
        String url = Readers.webAddressOrNull(metadata.url(), file, null, problems);
        Article article = new Article(title, metadata.outlet(), url, metadata.publishedOn(), List.of(), prose, file, 0);
        return new ReadResult<>(List.of(article), problems);
    }

    static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
