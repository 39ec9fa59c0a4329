package news.timeline.web.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.importer.Importer;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.read.Article;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.importer.read.Dateline;
import news.timeline.importer.read.Document;
import news.timeline.importer.read.ReadProblem;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.Readers;
import news.timeline.importer.read.TextArticleReader;
import news.timeline.importer.read.UnreadableFileException;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.form.FormErrors;
import news.timeline.web.config.Digests;

/**
 * Where articles arrive, pasted, uploaded or fetched: they are read and the importer runs here, outside
 * any transaction, since extraction takes long and needs no database; the queue (ImportQueue) then stores
 * what came out, in a short transaction of its own.
 */
@ApplicationScoped
public class ImportIntake {

    private static final Importer IMPORTER = Importer.english();
    private static final int MAX_PROBLEMS = 5;
    private static final String PASTED = "the pasted article";

    @Inject
    ImportQueue queue;
    @Inject
    TimelineConfig config;

    /**
     * Extracts a pasted article's candidates into the timeline's queue.
     *
     * @return how many candidates were added: 0 when the article was imported before
     * @throws FormErrors naming the field, for a missing text or publication date
     */
    public int importText(String timelineSlug, String text, String published, String title, String outlet, String url) {
        queue.requireTimeline(timelineSlug);
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Paste the article's text");
        }
        LocalDate day = null;
        if (published != null && !published.isBlank()) {
            day = day(published, "published", errors);
        } else if (text != null && !text.isBlank()) {
            // Without a date, the article's own dateline ("KYIV, March 3, 2023 —") gives it.
            day = Dateline.in(text).orElse(null);
            if (day == null) {
                errors.put("published", "Give the publication date (2025-02-12): the text has no dateline to take it from");
            }
        }
        Article article = null;
        if (errors.isEmpty()) {
            try {
                // Pasted with its headline on the first line and no title typed: the headline names it in the review.
                String named = title == null || title.isBlank() ? TextArticleReader.headline(text) : title;
                article = new Article(named, outlet, url, day, List.of(), text, PASTED, 0);
            } catch (IllegalArgumentException e) {
                errors.put("url", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        String hash = Digests.sha256Hex(text);
        if (queue.holds(timelineSlug, hash)) {
            return 0;
        }
        return queue.enqueue(timelineSlug, IMPORTER.candidates(article, day), hash, "text", "The article",
                article.text());
    }

    /**
     * Reads an uploaded file or a fetched page with the readers' front door. Articles wait for their
     * publication date to be confirmed; a TimelineJS file's milestones, dated already, go straight to review.
     *
     * @param field the form field to blame if nothing can be read
     * @throws FormErrors on {@code field}, naming the file and what is wrong with it
     */
    public ImportQueue.Outcome stage(String timelineSlug, String field, String name, byte[] content, ArticleMetadata defaults) {
        queue.requireTimeline(timelineSlug);
        ReadResult<Document> read;
        try {
            read = new Readers(config.importing().maxBytes(), config.importing().maxRows()).read(name, content, defaults);
        } catch (UnreadableFileException e) {
            throw FormErrors.of(field, e.getMessage());
        }
        List<Article> articles = new ArrayList<>();
        List<List<Candidate>> given = new ArrayList<>();
        for (Document document : read.items()) {
            if (document instanceof Article article) {
                articles.add(article);
            } else {
                given.add(IMPORTER.candidates(document, null));
            }
        }
        ImportQueue.Outcome stored = queue.stage(timelineSlug, field, name,
                Digests.sha256Hex(content), articles, given);
        List<String> problems = new ArrayList<>(read.problems().stream().map(ReadProblem::toString).toList());
        problems.addAll(stored.problems());
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            problems.add("… and " + more + " more");
        }
        return new ImportQueue.Outcome(stored.staged(), stored.candidates(), stored.known(), problems);
    }

    /**
     * Extracts the staged articles with the publication dates the editor confirmed, one per id.
     *
     * @return how many candidates were added
     * @throws FormErrors on {@code published-ID} for each date that is missing or malformed; nothing is
     *     extracted then
     */
    public int confirm(String timelineSlug, List<Long> ids, List<String> published) {
        List<ImportQueue.StagedArticle> staged = queue.stagedArticles(timelineSlug, ids);
        Map<String, String> errors = new LinkedHashMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            days.add(day(i < published.size() ? published.get(i) : null, "published-" + staged.get(i).id(), errors));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        List<ImportQueue.Extracted> extracted = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            ImportQueue.StagedArticle article = staged.get(i);
            extracted.add(new ImportQueue.Extracted(article.id(),
                    article.known() ? List.of() : IMPORTER.candidates(article.article(), days.get(i))));
        }
        return queue.confirmed(timelineSlug, extracted);
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "The publication date must look like 2025-02-12; it resolves 'on Wednesday' and dates the day's news");
            return null;
        }
    }
}
