package news.timeline.web.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import news.timeline.core.milestone.Milestone;
import news.timeline.importer.event.Article;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.ImportCandidateEntity.State;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.TimelineEntity;
import news.timeline.web.persistence.TimelineStore;

/**
 * The editors' review queue: an imported article's candidate milestones wait here until an editor accepts
 * one (it becomes a draft milestone of the timeline) or rejects it. Importing an article a second time adds
 * nothing.
 */
@ApplicationScoped
public class ImportQueue {

    /** A candidate as the review page shows it. */
    public record Pending(long id, Milestone milestone, double confidence, List<String> flags) {
    }

    /** Records as JSON; derived getters such as HistoricalDate.isRange() are written but not read back. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ArticleImporter IMPORTER = ArticleImporter.english();

    /**
     * Extracts an article's candidates into the timeline's queue.
     *
     * @return how many candidates were added: 0 when the article was imported before
     * @throws FormErrors naming the field, for a missing text or publication date
     */
    @Transactional
    public int importText(String timelineSlug, String text, String published, String title, String outlet, String url) {
        TimelineEntity timeline = TimelineEntity.findBySlug(timelineSlug)
                .orElseThrow(() -> new news.timeline.web.reader.ErrorPages.MissingPage("There is no timeline called '" + timelineSlug + "'."));
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Paste the article's text");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(published == null ? "" : published.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("published", "The publication date must look like 2025-02-12; it resolves 'on Wednesday' and dates the day's news");
        }
        Article article = null;
        if (errors.isEmpty()) {
            try {
                article = new Article(text, day, blank(title), blank(outlet), blank(url));
            } catch (IllegalArgumentException e) {
                errors.put("url", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        String hash = sha256(text);
        if (ImportCandidateEntity.count("timeline = ?1 and articleHash = ?2", timeline, hash) > 0) {
            return 0;
        }
        List<Candidate> candidates = IMPORTER.extract(article);
        int position = 0;
        for (Candidate candidate : candidates) {
            ImportCandidateEntity row = new ImportCandidateEntity();
            row.timeline = timeline;
            row.articleHash = hash;
            row.position = position++;
            row.headline = candidate.milestone().headline();
            row.milestone = write(candidate.milestone());
            row.confidence = candidate.confidence();
            row.flags = String.join("\n", candidate.flags());
            row.state = State.PENDING;
            row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.persist();
        }
        return candidates.size();
    }

    @Transactional
    public List<Pending> pending(String timelineSlug) {
        return ImportCandidateEntity.<ImportCandidateEntity>list(
                        "timeline.slug = ?1 and state = ?2 order by createdAt, position", timelineSlug, State.PENDING)
                .stream().map(row -> new Pending(row.id, read(row.milestone), row.confidence,
                        row.flags == null || row.flags.isBlank() ? List.of() : List.of(row.flags.split("\n"))))
                .toList();
    }

    /**
     * Accepts a candidate: it becomes a draft milestone of its timeline, for the editor to check and publish.
     *
     * @return the new milestone's slug
     */
    @Transactional
    public String accept(String timelineSlug, long id) {
        ImportCandidateEntity row = pendingRow(timelineSlug, id);
        Milestone milestone = read(row.milestone);
        String slug = milestone.slug();
        for (int n = 2; MilestoneEntity.count("timeline = ?1 and slug = ?2", row.timeline, slug) > 0; n++) {
            slug = milestone.slug() + "-" + n;
        }
        MilestoneEntity entity = new MilestoneEntity();
        TimelineStore.apply(withSlug(milestone, slug), entity);
        entity.timeline = row.timeline;
        entity.published = false;
        row.timeline.milestones.add(entity);
        entity.persist();
        row.state = State.ACCEPTED;
        return slug;
    }

    @Transactional
    public void reject(String timelineSlug, long id) {
        pendingRow(timelineSlug, id).state = State.REJECTED;
    }

    private static ImportCandidateEntity pendingRow(String timelineSlug, long id) {
        ImportCandidateEntity row = ImportCandidateEntity.findById(id);
        if (row == null || !row.timeline.slug.equals(timelineSlug) || row.state != State.PENDING) {
            throw new news.timeline.web.reader.ErrorPages.MissingPage("There is no pending candidate " + id + " for this timeline.");
        }
        return row;
    }

    private static Milestone withSlug(Milestone m, String slug) {
        return new Milestone(slug, m.headline(), m.summary(), m.date(), m.status(), m.kind(), m.actors(), m.places(),
                m.tags(), m.sources(), m.media(), m.importance());
    }

    private static String write(Milestone milestone) {
        try {
            return JSON.writeValueAsString(milestone);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a candidate", e);
        }
    }

    private static Milestone read(String json) {
        try {
            return JSON.readValue(json, Milestone.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored candidate", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
