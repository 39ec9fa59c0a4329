package news.timeline.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text article. Plain text says little about itself, so title, outlet, URL and publication
 * date come from the caller; without them the title is the text's first line when it reads as a headline
 * (else the file name), and the publication date is its dateline's.
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
            title = headline(text);
        }
        if (title == null) {
            title = withoutExtension(file);
            problems.add(ReadProblem.warning(file, null, "title",
                    "no title given for a plain-text article: using the file name '" + title + "'"));
        }
        java.time.LocalDate publishedOn = metadata.publishedOn();
        if (publishedOn == null) {
            publishedOn = Dateline.in(text.replace("\r\n", "\n").replace('\r', '\n')).orElse(null);
            if (publishedOn != null) {
                problems.add(ReadProblem.warning(file, null, "publication date",
                        "no publication date given: read " + publishedOn + " from the article's dateline"));
            }
        }
        String url = Readers.webAddressOrNull(metadata.url(), file, null, problems);
        Article article = new Article(title, metadata.outlet(), url, publishedOn, List.of(), prose, file, 0);
        return new ReadResult<>(List.of(article), problems);
    }

    /**
     * The first line when it reads as a headline: short, on its own, not ending a sentence with a full stop; else
     * null. The editor's paste uses it too, when no title is typed.
     */
    public static String headline(String text) {
        String prose = text.strip();
        int end = prose.indexOf('\n');
        String first = (end < 0 ? prose : prose.substring(0, end)).strip();
        boolean alone = end >= 0 && !prose.substring(end).isBlank();
        return alone && !first.isEmpty() && first.length() <= MAX_HEADLINE && !first.endsWith(".") ? first : null;
    }

    /** The longest first line read as a headline. */
    private static final int MAX_HEADLINE = 200;

    static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
