package news.timeline.web.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.milestone.Summary;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.event.Highlight;
import news.timeline.importer.read.Article;
import news.timeline.web.NotFound;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.form.FormErrors;
import news.timeline.web.markup.SummaryMarkup;
import news.timeline.web.persistence.DomainMapping;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.ImportCandidateEntity.State;
import news.timeline.web.persistence.ImportSourceEntity;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.Paged;
import news.timeline.web.persistence.RerunOnCollision;
import news.timeline.web.persistence.TimelineEntity;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.config.Digests;
import news.timeline.web.ops.ReviewMetrics;

/**
 * The editors' import queue: what it stores and how editors review it. Uploaded and fetched articles wait
 * (staged) until an editor confirms their publication date, which resolves "on Wednesday"; the
 * importer's candidate milestones wait for review, where an editor accepts one (it becomes a draft
 * milestone), merges it into an existing milestone as another source, or rejects it. The same article
 * twice adds nothing. Reading and extraction happen before, outside any transaction (ImportIntake).
 */
@ApplicationScoped
@Transactional
@RerunOnCollision
public class ImportQueue {

    /**
     * A candidate as the review page shows it: {@code article} is the hash its article's candidates share,
     * {@code context} the sentences around its evidence in the article, its quote marked (empty when the
     * candidate came from a file of milestones, or was queued before the context was kept).
     */
    public record Pending(long id, Milestone milestone, String precision, double confidence, List<String> flags,
                          List<Quote> quotes, List<Suggestion> duplicates, String article, List<Part> context) {

        /**
         * The confidence as an editor can weigh it: {@code high}, {@code medium} or {@code low}, which the page
         * words in its language, with {@link #confidencePercent()}.
         */
        public String confidenceLevel() {
            return confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
        }

        public long confidencePercent() {
            return Math.round(confidence * 100);
        }

        /** True if the candidate's date is approximate ("early March"), which the page says beside its precision. */
        public boolean approximate() {
            return milestone.date() != null && milestone.date().approximate();
        }

        /**
         * Where the candidate's article is: its title, else its address, else what the importer noted; null when
         * nothing names it (the page then says so in the editor's language).
         */
        public String articleTitle() {
            for (Source source : milestone.sources()) {
                if (source.title() != null) {
                    return source.title() + (source.outlet() == null ? "" : " · " + source.outlet());
                }
                if (source.url() != null) {
                    return source.url();
                }
            }
            return flags.stream().filter(f -> f.startsWith("from ")).findFirst()
                    .map(f -> Character.toUpperCase(f.charAt(0)) + f.substring(1)).orElse(null);
        }
    }

    /** The candidates of one article on a page of the review, and how many of its candidates wait in all. */
    public record ArticleGroup(String hash, String title, List<Pending> rows, long waiting) {
    }

    /** One source sentence, cut into parts so the trigger and the time expression can be marked. */
    public record Quote(List<Part> parts, String title, String url) {
    }

    /**
     * A stretch of a quote; {@code mark} is {@code trigger}, {@code time}, {@code quote} (in a context) or {@code null}:
     * the page says which to a screen reader in its language ({@code editor:markLabel}).
     */
    public record Part(String text, String mark) {
    }

    /** An existing milestone that may tell the same event as a candidate, with why it is suggested. */
    public record Suggestion(String slug, String headline, String date, String reasons, int score) {
    }

    /** An uploaded or fetched article waiting for its publication date to be confirmed. */
    public record Staged(long id, String name, String title, String outlet, String url, String published) {
    }

    /** What reading a file or a page gave: articles to confirm, candidates queued, and what went wrong. */
    public record Outcome(int staged, int candidates, int known, List<String> problems) {
    }

    /** Records as JSON; derived getters such as HistoricalDate.isRange() are written but not read back. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // A summary is its HTML: the importer's escaped text, or an archive's markup, cleaned once as it leaves.
            .registerModule(new SimpleModule()
                    .addSerializer(Summary.class, new StdDelegatingSerializer(new StdConverter<Summary, String>() {
                        @Override public String convert(Summary summary) { return summary.isEmpty() ? null : summary.html(); }
                    }))
                    .addDeserializer(Summary.class, new StdDelegatingDeserializer<>(new StdConverter<String, Summary>() {
                        @Override public Summary convert(String html) { return SummaryMarkup.clean(html).summary(); }
                    })));
    private static final int MAX_SUGGESTIONS = 3;
    /**
     * Candidates on one page of the review: each has its quotes, suggestions and forms, and twenty keep a page
     * a few screens long, short enough to read through before deciding it.
     */
    public static final int REVIEW_PAGE = 20;
    /** Characters of the article kept on each side of a candidate's evidence, before cutting at a sentence. */
    private static final int CONTEXT_SIDE = 320;
    private static final int MAX_CONTEXT = 2000;

    @Inject
    TimelineConfig config;

    @Inject
    ReviewMetrics metrics;

    /** A staged article as the importer reads it, once its publication date is confirmed. */
    public record StagedArticle(long id, Article article, boolean known) {
    }

    /** What the importer made of a staged article, to be queued in its place. */
    public record Extracted(long stagedId, List<Candidate> candidates) {
    }

    /** @throws NotFound if there is no such timeline */
    public void requireTimeline(String timelineSlug) {
        timeline(timelineSlug);
    }

    /** True if the timeline's queue already holds the candidates of the article or file with this hash. */
    public boolean holds(String timelineSlug, String hash) {
        return ImportCandidateEntity.queued(timeline(timelineSlug), hash);
    }

    /**
     * Queues the candidates of one article or file, unless its hash says they are queued already.
     *
     * @return how many candidates were added: 0 when the article was imported before
     * @throws FormErrors on {@code field}, if there are more than one import may add
     */
    public int enqueue(String timelineSlug, List<Candidate> candidates, String hash, String field, String what) {
        return enqueue(timelineSlug, candidates, hash, field, what, null);
    }

    /** As {@link #enqueue(String, List, String, String, String)}, keeping each candidate's context in {@code text}, its article. */
    public int enqueue(String timelineSlug, List<Candidate> candidates, String hash, String field, String what, String text) {
        return store(lockedTimeline(timelineSlug), candidates, hash, field, what, text);
    }

    /**
     * Stages what one file or page held, all or nothing: its articles wait for their publication date to be
     * confirmed; the milestones of a TimelineJS file or an export, dated already, go straight to review.
     *
     * @param hash the file's hash, which keeps its milestones from being queued twice
     * @param given the candidates of each file of milestones in it
     * @return what was staged and queued; its problems name the articles left out
     */
    public Outcome stage(String timelineSlug, String field, String name, String hash, List<Article> articles,
                         List<List<Candidate>> given) {
        TimelineEntity timeline = lockedTimeline(timelineSlug);
        List<String> problems = new ArrayList<>();
        int staged = 0;
        int candidates = 0;
        int known = 0;
        long waiting = -1;
        for (Article article : articles) {
            String articleHash = Digests.sha256Hex(article.text());
            if (article.text().length() > ImportSourceEntity.MAX_TEXT) {
                problems.add(article.origin() + ": the article is longer than " + ImportSourceEntity.MAX_TEXT
                        + " characters and was left out");
            } else if (ImportSourceEntity.waits(timeline, articleHash) || ImportCandidateEntity.queued(timeline, articleHash)) {
                known++;
            } else {
                if (waiting < 0) {
                    waiting = ImportSourceEntity.waitingCount(timeline);
                }
                if (waiting + staged >= config.importing().maxStaged()) {
                    // Thrown inside the transaction: nothing of this file is kept.
                    throw FormErrors.of(field, "'" + name + "': " + (waiting + staged) + " articles wait for their "
                            + "publication date, the most that may wait: confirm or discard some first (nothing was imported)");
                }
                ImportSourceEntity row = new ImportSourceEntity();
                row.timeline = timeline;
                row.fileName = cut(article.origin(), 300);
                row.title = cut(article.title(), 500);
                row.outlet = cut(article.outlet(), 300);
                row.url = article.url() == null || article.url().length() > 2000 ? null : article.url();
                row.publishedOn = article.publishedOn();
                row.body = article.text();
                row.articleHash = articleHash;
                row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                row.persist();
                staged++;
            }
        }
        for (List<Candidate> file : given) {
            int added = store(timeline, file, hash, field, "'" + name + "'", null);
            candidates += added;
            known += added == 0 && !file.isEmpty() ? 1 : 0;
        }
        return new Outcome(staged, candidates, known, problems);
    }

    public List<Staged> staged(String timelineSlug) {
        return ImportSourceEntity.waiting(timelineSlug).stream().map(row -> new Staged(row.id, row.fileName, row.title,
                row.outlet, row.url, row.publishedOn == null ? "" : row.publishedOn.toString())).toList();
    }

    /**
     * The staged articles with these ids, for the importer to read, and whether the queue holds each already.
     *
     * @throws NotFound for an id no article of the timeline waits under
     */
    public List<StagedArticle> stagedArticles(String timelineSlug, List<Long> ids) {
        TimelineEntity timeline = timeline(timelineSlug);
        List<StagedArticle> articles = new ArrayList<>();
        for (Long id : ids) {
            ImportSourceEntity row = stagedRow(timeline, id);
            Article article = new Article(row.title, row.outlet, row.url, row.publishedOn, List.of(), row.body,
                    row.fileName == null ? "" : row.fileName, 0);
            articles.add(new StagedArticle(row.id, article, ImportCandidateEntity.queued(timeline, row.articleHash)));
        }
        return articles;
    }

    /**
     * Queues the candidates of confirmed staged articles in their place, all or nothing.
     *
     * @return how many candidates were added
     */
    public int confirmed(String timelineSlug, List<Extracted> extracted) {
        TimelineEntity timeline = lockedTimeline(timelineSlug);
        int added = 0;
        for (Extracted article : extracted) {
            ImportSourceEntity row = stagedRow(timeline, article.stagedId());
            added += store(timeline, article.candidates(), row.articleHash, "published-" + row.id, "'" + row.fileName + "'",
                    row.body);
            row.delete();
        }
        return added;
    }

    public void discard(String timelineSlug, long id) {
        stagedRow(timeline(timelineSlug), id).delete();
    }

    /**
     * One page of the review queue: the candidates from {@code offset} on, grouped by article, and how many
     * wait in all.
     */
    public record PendingPage(List<Pending> rows, List<ArticleGroup> groups, int offset, long matching) implements Paged {
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** Which page this is, counting from 1, and how many there are. */
        public int number() {
            return offset / REVIEW_PAGE + 1;
        }

        public long pages() {
            return Math.max(1, (matching + REVIEW_PAGE - 1) / REVIEW_PAGE);
        }

        @Override
        public int limit() {
            return REVIEW_PAGE;
        }
    }

    /** The page of the review queue that starts at {@code offset}, {@link #REVIEW_PAGE} candidates at most. */
    public PendingPage pendingPage(String timelineSlug, int offset) {
        long total = ImportCandidateEntity.pendingCount(timelineSlug);
        // Past the end (the last page decided, a hand-edited address): the last page there is.
        int start = offset < total ? offset : (int) Math.max(0, (total - 1) / REVIEW_PAGE * REVIEW_PAGE);
        List<Pending> rows = pending(timelineSlug, start, REVIEW_PAGE);
        java.util.Map<String, Long> waiting = ImportCandidateEntity.pendingPerArticle(timelineSlug,
                rows.stream().map(Pending::article).distinct().toList());
        List<ArticleGroup> groups = new ArrayList<>();
        for (Pending row : rows) {
            ArticleGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !last.hash().equals(row.article())) {
                groups.add(new ArticleGroup(row.article(), row.articleTitle(), new ArrayList<>(),
                        waiting.getOrDefault(row.article(), 0L)));
            }
            groups.get(groups.size() - 1).rows().add(row);
        }
        return new PendingPage(rows, groups, start, total);
    }

    /** The candidates waiting for review, from {@code offset} on, at most {@code limit}. */
    public List<Pending> pending(String timelineSlug, int offset, int limit) {
        List<Milestone> existing = MilestoneEntity.undeleted(timelineSlug).stream().map(DomainMapping::toMilestone).toList();
        return ImportCandidateEntity.pending(timelineSlug, offset, limit).stream().map(row -> {
            Milestone milestone = read(row.milestone);
            return new Pending(row.id, milestone, precision(milestone), row.confidence,
                    row.flags == null || row.flags.isBlank() ? List.of() : List.of(row.flags.split("\n")),
                    quotes(milestone, highlights(row.highlights)), Duplicates.rank(milestone, existing, MAX_SUGGESTIONS),
                    row.articleHash, contextParts(row.context, milestone));
        }).toList();
    }

    /**
     * Accepts a candidate: it becomes a draft milestone of its timeline, for the editor to check and publish.
     *
     * @return the new milestone's slug
     */
    public String accept(String timelineSlug, long id) {
        ImportCandidateEntity row = pendingRow(timelineSlug, id);
        MilestoneEntity entity = milestoneOf(row, false);
        TimelineEntity.touch(row.timeline.id);
        metrics.candidates(ReviewMetrics.Outcome.ACCEPTED, 1);
        return entity.slug;
    }

    /** The candidate made a milestone of its timeline, a draft or published, and marked accepted. */
    static MilestoneEntity milestoneOf(ImportCandidateEntity row, boolean published) {
        MilestoneEntity entity = new MilestoneEntity();
        TimelineStore.apply(proposed(row), entity);
        entity.timeline = row.timeline;
        entity.published = published;
        entity.persist();
        row.state = State.ACCEPTED;
        return entity;
    }

    /** A pending candidate's milestone, with a slug no milestone of the timeline has, for the editor's form. */
    public Milestone candidate(String timelineSlug, long id) {
        return proposed(pendingRow(timelineSlug, id));
    }

    /**
     * Accepts a candidate as the editor edited it in the milestone form: {@code save} stores the milestone,
     * in the same transaction as the candidate's acceptance, so a failed save leaves the candidate pending
     * and two editors saving the same candidate at once make one milestone, not two.
     *
     * @return what {@code save} returns
     */
    public <T> T acceptEdited(String timelineSlug, long id, java.util.function.Supplier<T> save) {
        ImportCandidateEntity row = pendingRow(timelineSlug, id);
        T saved = save.get();
        row.state = State.ACCEPTED;
        metrics.candidates(ReviewMetrics.Outcome.ACCEPTED, 1);
        return saved;
    }

    public void reject(String timelineSlug, long id) {
        pendingRow(timelineSlug, id).state = State.REJECTED;
        metrics.candidates(ReviewMetrics.Outcome.REJECTED, 1);
    }

    /**
     * Merges a candidate into an existing milestone of the timeline: its sources (quote and URL) are added,
     * and the milestone's empty fields (summary, date, actors, places) are filled from it. The change is a
     * new version in the milestone's history.
     *
     * @return the milestone's headline
     */
    public String merge(String timelineSlug, long id, String milestoneSlug) {
        ImportCandidateEntity row = pendingRow(timelineSlug, id);
        MilestoneEntity target = MilestoneEntity.findBySlug(timelineSlug, milestoneSlug == null ? "" : milestoneSlug.strip())
                .filter(m -> m.deletedAt == null)
                .orElseThrow(() -> FormErrors.of("milestone", milestoneSlug == null || milestoneSlug.isBlank()
                        ? "Choose the milestone to merge the candidate into"
                        : "This timeline has no milestone at the address '" + milestoneSlug.strip() + "'"));
        Milestone current = DomainMapping.toMilestone(target);
        Milestone merged = current.mergedWith(read(row.milestone));
        TimelineStore.apply(merged, target);
        row.state = State.MERGED;
        TimelineEntity.touch(row.timeline.id);
        metrics.candidates(ReviewMetrics.Outcome.MERGED, 1);
        return current.headline();
    }

    /**
     * Queues the candidates of one import, or none of them: an import with more than
     * {@code timeline.import.max-candidates} is refused whole, since no one reviews a hundred thousand
     * candidates and each one costs memory and a form on the review page.
     *
     * @throws FormErrors on {@code field}, saying how many candidates {@code what} has and how many are allowed
     */
    private int store(TimelineEntity timeline, List<Candidate> candidates, String hash, String field, String what,
                      String text) {
        int maxCandidates = config.importing().maxCandidates();
        if (ImportCandidateEntity.queued(timeline, hash)) {
            return 0;
        }
        if (candidates.size() > maxCandidates) {
            throw FormErrors.of(field, what + " gives " + candidates.size() + " candidate milestones, more than the "
                    + maxCandidates + " one import may add: split it into smaller files (nothing was imported)");
        }
        // The queue itself is bounded too: imports that no one reviews must not fill the database.
        int maxPending = config.importing().maxPending();
        long pending = ImportCandidateEntity.pendingCount(timeline.slug);
        if (!candidates.isEmpty() && pending + candidates.size() > maxPending) {
            throw FormErrors.of(field, "the review queue holds " + pending + " candidates and " + what + " would add "
                    + candidates.size() + ", more than the " + maxPending
                    + " it may hold: decide some first (nothing was imported)");
        }
        int position = 0;
        // One time for the whole article, by which the review keeps its candidates together.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Candidate candidate : candidates) {
            ImportCandidateEntity row = new ImportCandidateEntity();
            row.timeline = timeline;
            row.articleHash = hash;
            row.position = position++;
            row.headline = candidate.milestone().headline();
            row.milestone = write(candidate.milestone());
            String highlights = write(candidate.highlights());
            // An event told in dozens of sentences keeps its quotes; only their marks would not fit.
            row.highlights = highlights.length() <= 4000 ? highlights : null;
            row.confidence = candidate.confidence();
            row.flags = String.join("\n", candidate.flags());
            row.state = State.PENDING;
            row.createdAt = now;
            row.context = context(text, candidate.milestone());
            row.persist();
        }
        metrics.articles(1);
        metrics.candidates(ReviewMetrics.Outcome.QUEUED, candidates.size());
        return candidates.size();
    }

    /** Each source's quote, cut around the trigger and the time expression the importer read in it. */
    static List<Quote> quotes(Milestone milestone, List<Highlight> highlights) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < milestone.sources().size(); i++) {
            Source source = milestone.sources().get(i);
            if (source.quote() == null) {
                continue;
            }
            Highlight marks = i < highlights.size() ? highlights.get(i) : Highlight.NONE;
            quotes.add(new Quote(parts(source, marks), source.title(), source.url()));
        }
        return quotes;
    }

    static List<Part> parts(Source source, Highlight marks) {
        String quote = source.quote();
        List<int[]> spans = new ArrayList<>();
        if (source.hasOffsets()) {
            // 0 marks the trigger, 1 the time expression.
            if (marks.hasTrigger()) {
                spans.add(new int[] {marks.triggerStart() - source.quoteStart(), marks.triggerEnd() - source.quoteStart(), 0});
            }
            if (marks.hasTime()) {
                spans.add(new int[] {marks.timeStart() - source.quoteStart(), marks.timeEnd() - source.quoteStart(), 1});
            }
        }
        spans.removeIf(s -> s[0] < 0 || s[1] > quote.length());
        spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            if (span[0] > at) {
                parts.add(new Part(quote.substring(at, span[0]), null));
            }
            parts.add(new Part(quote.substring(span[0], span[1]), span[2] == 0 ? "trigger" : "time"));
            at = span[1];
        }
        if (at < quote.length()) {
            parts.add(new Part(quote.substring(at), null));
        }
        return parts;
    }

    /**
     * The sentences around the milestone's first located quote in {@code text}: about {@link #CONTEXT_SIDE}
     * characters on each side, cut where a sentence or a paragraph begins or ends; null without a text or a
     * located quote, or when it would not fit its column.
     */
    static String context(String text, Milestone milestone) {
        if (text == null) {
            return null;
        }
        Source source = milestone.sources().stream().filter(Source::hasOffsets).findFirst().orElse(null);
        if (source == null || source.quoteEnd() > text.length()
                || !text.regionMatches(source.quoteStart(), source.quote(), 0, source.quote().length())) {
            return null;
        }
        int start = Math.max(0, source.quoteStart() - CONTEXT_SIDE);
        if (start > 0) {
            int sentence = sentenceStart(text, start, source.quoteStart());
            start = sentence >= 0 ? sentence : start;
        }
        int end = Math.min(text.length(), source.quoteEnd() + CONTEXT_SIDE);
        if (end < text.length()) {
            int sentence = sentenceEnd(text, source.quoteEnd(), end);
            end = sentence >= 0 ? sentence : end;
        }
        String context = (start > 0 ? "…" : "") + text.substring(start, source.quoteStart()).stripLeading()
                + source.quote() + text.substring(source.quoteEnd(), end).stripTrailing() + (end < text.length() ? "…" : "");
        return context.length() <= MAX_CONTEXT ? context : null;
    }

    /** Where the first sentence that starts in {@code [from, to)} begins, or -1. */
    private static int sentenceStart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char before = text.charAt(i - 1);
            if (before == '\n' || (Character.isWhitespace(before) && i >= 2 && ".!?\"”".indexOf(text.charAt(i - 2)) >= 0
                    && !Character.isWhitespace(text.charAt(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the last sentence that ends in {@code (from, to]} ends, or -1. */
    private static int sentenceEnd(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            char last = text.charAt(i - 1);
            if (text.charAt(i) == '\n' || (".!?".indexOf(last) >= 0 && Character.isWhitespace(text.charAt(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** A stored context cut around the milestone's first quote, which is marked; empty without a context. */
    static List<Part> contextParts(String context, Milestone milestone) {
        String quote = milestone.sources().stream().filter(Source::hasOffsets).map(Source::quote).findFirst().orElse(null);
        int at = context == null || quote == null ? -1 : context.indexOf(quote);
        if (at < 0) {
            return context == null ? List.of() : List.of(new Part(context, null));
        }
        List<Part> parts = new ArrayList<>();
        if (at > 0) {
            parts.add(new Part(context.substring(0, at), null));
        }
        parts.add(new Part(quote, "quote"));
        if (at + quote.length() < context.length()) {
            parts.add(new Part(context.substring(at + quote.length()), null));
        }
        return parts;
    }

    private static String precision(Milestone milestone) {
        return milestone.date() == null ? "undated" : milestone.date().precision().name().toLowerCase(Locale.ROOT);
    }

    private static TimelineEntity timeline(String slug) {
        return TimelineEntity.findBySlug(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    /**
     * The timeline, locked for this transaction: imports into one timeline take turns, so its queue's bounds
     * and "imported before" hold when two arrive at once (each would otherwise count before the other wrote).
     */
    private static TimelineEntity lockedTimeline(String slug) {
        return TimelineEntity.findBySlugForUpdate(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    private static ImportSourceEntity stagedRow(TimelineEntity timeline, Long id) {
        ImportSourceEntity row = id == null ? null : ImportSourceEntity.findById(id);
        if (row == null || row.timeline != timeline) {
            throw new NotFound("There is no article " + id + " waiting for this timeline.");
        }
        return row;
    }

    /**
     * The pending candidate, locked until the transaction ends: whoever accepts, merges or rejects it
     * second waits, then finds it no longer pending.
     */
    private static ImportCandidateEntity pendingRow(String timelineSlug, long id) {
        ImportCandidateEntity row = ImportCandidateEntity.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.timeline.slug.equals(timelineSlug) || row.state != State.PENDING) {
            throw new NotFound("There is no pending candidate " + id + " for this timeline.");
        }
        return row;
    }

    /** The candidate's milestone under a slug no milestone of its timeline has. */
    static Milestone proposed(ImportCandidateEntity row) {
        Milestone milestone = read(row.milestone);
        return milestone.withSlug(freeSlug(row.timeline, milestone.slug()));
    }

    private static String freeSlug(TimelineEntity timeline, String wanted) {
        String slug = wanted;
        for (int n = 2; MilestoneEntity.findBySlug(timeline.slug, slug).isPresent(); n++) {
            slug = wanted + "-" + n;
        }
        return slug;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a candidate", e);
        }
    }

    private static Milestone read(String json) {
        return read(json, new TypeReference<Milestone>() { });
    }

    private static List<Highlight> highlights(String json) {
        return json == null || json.isBlank() ? List.of() : read(json, new TypeReference<List<Highlight>>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored candidate", e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

}
