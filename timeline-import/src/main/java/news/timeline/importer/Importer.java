package news.timeline.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.milestone.Milestone;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.event.Extraction;
import news.timeline.importer.read.Article;
import news.timeline.importer.read.Document;
import news.timeline.importer.read.TimelineDocument;
import news.timeline.importer.read.TimelineJsDocument;

/**
 * The importer's front door: the candidate milestones of what the readers read. An article's are
 * extracted from its text; a TimelineJS file or one of our own exports already holds milestones, which are
 * passed on as they are, with a flag naming the file, for an editor to review like any other.
 */
public final class Importer {

    private static final Importer ENGLISH = new Importer(ArticleImporter.english());

    private final ArticleImporter articles;

    private Importer(ArticleImporter articles) {
        this.articles = articles;
    }

    /** The importer for English news. */
    public static Importer english() {
        return ENGLISH;
    }

    /**
     * The candidates of one document.
     *
     * @param publishedOn the article's publication date, which resolves "on Wednesday" and dates reports of
     *     the day's news; {@code null} to take the article's own; ignored for files that hold milestones
     * @throws IllegalArgumentException if an article has no publication date, given or its own
     */
    public List<Candidate> candidates(Document document, LocalDate publishedOn) {
        if (document instanceof Article article) {
            return articles.extract(publishedOn == null ? article : article.publishedOn(publishedOn));
        }
        return given(document);
    }

    /**
     * The candidates of several documents, the same event told in several articles merged into one:
     * the articles' first, then the milestones the files hold.
     *
     * @throws IllegalArgumentException if an article has no publication date of its own
     */
    public List<Candidate> candidates(List<? extends Document> documents) {
        return run(documents).candidates();
    }

    /**
     * What {@link #candidates(List)} gives, with what of the articles' text the rules could not read: one
     * line per skipped sentence or failed part, for the user (they are logged with their cause too).
     */
    public Extraction run(List<? extends Document> documents) {
        List<Article> texts = new ArrayList<>();
        List<Candidate> given = new ArrayList<>();
        for (Document document : documents) {
            if (document instanceof Article article) {
                texts.add(article);
            } else {
                given.addAll(given(document));
            }
        }
        Extraction extraction = articles.run(texts);
        List<Candidate> candidates = new ArrayList<>(extraction.candidates());
        candidates.addAll(given);
        return new Extraction(candidates, extraction.problems());
    }


    private static List<Candidate> given(Document document) {
        if (document instanceof TimelineJsDocument file) {
            return given(file.timeline().milestones(), "from the TimelineJS file " + file.file());
        }
        TimelineDocument file = (TimelineDocument) document;
        return given(file.timeline().milestones(), "from the export " + file.file());
    }

    private static List<Candidate> given(List<Milestone> milestones, String flag) {
        return milestones.stream().map(m -> new Candidate(m, 1.0, -1, List.of(flag))).toList();
    }
}
