package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.text.Slugs;
import news.timeline.importer.gazetteer.Entry;
import news.timeline.importer.gazetteer.Gazetteer;
import news.timeline.importer.text.PartsOfSpeech;
import news.timeline.importer.text.SentenceSplitter;
import news.timeline.importer.time.TimeTagger;

/**
 * Turns articles into candidate milestones an editor can accept: what happened (the kind), who, where,
 * when at the precision the text gives, whether it happened or is only planned, and the sentence that says
 * so, with its offsets. Mentions of one event in one article or several become one candidate with several
 * sources.
 *
 * <pre>{@code
 * List<Candidate> found = ArticleImporter.english().extract(Article.of(text, LocalDate.of(2025, 2, 12)));
 * }</pre>
 *
 * Rules, lexicons and the gazetteer are data (see docs/extraction.md), read once per process. An importer
 * is immutable and safe to share between threads. Bad text (empty, binary, huge) gives an empty or partial
 * result, never an exception.
 */
public final class ArticleImporter {

    private static final ArticleImporter ENGLISH = new ArticleImporter(Rules.load("en"), Ranker.load("en"));

    private final Extractor extractor;
    private final Rules rules;
    /** Judges the events the rules found; null keeps them all. */
    private final Ranker ranker;

    private ArticleImporter(Rules rules, Ranker ranker) {
        this(rules, TimeTagger.english()::tag, ranker);
    }

    /** An importer whose times come from {@code times}: for tests of what a failing part costs. */
    ArticleImporter(Rules rules, Extractor.Times times) {
        this(rules, times, Ranker.load("en"));
    }

    private ArticleImporter(Rules rules, Extractor.Times times, Ranker ranker) {
        this.rules = rules;
        this.ranker = ranker;
        this.extractor = new Extractor(rules, Gazetteer.english(), SentenceSplitter.english(), times,
                PartsOfSpeech.english());
    }

    private ArticleImporter(ArticleImporter rulesOf, Ranker ranker) {
        this.rules = rulesOf.rules;
        this.extractor = rulesOf.extractor;
        this.ranker = ranker;
    }

    /** The importer for English news. */
    public static ArticleImporter english() {
        return ENGLISH;
    }

    /**
     * This importer with every event its rules find, each with the rules' own confidence and the features a
     * ranker judges it by: what a ranker is trained on ({@link #ranked}).
     */
    public ArticleImporter unranked() {
        return new ArticleImporter(this, null);
    }

    /** This importer with another ranker: for training and measuring one. */
    public ArticleImporter rankedBy(Ranker other) {
        return new ArticleImporter(this, other);
    }

    /** The candidate milestones of one article, most confident first. */
    public List<Candidate> extract(Article article) {
        return extractAll(List.of(article));
    }

    /** The candidate milestones of several articles, the same event told in several merged into one. */
    public List<Candidate> extractAll(List<Article> articles) {
        return run(articles).candidates();
    }

    /**
     * The candidate milestones of several articles, and what of their text the rules could not read (also
     * logged, with the cause, as warnings of {@code news.timeline.importer.event.Extractor}).
     */
    public Extraction run(List<Article> articles) {
        List<String> problems = new ArrayList<>();
        List<Ranked> ranked = ranked(articles, problems, ranker != null);
        List<Candidate> candidates = new ArrayList<>();
        for (Ranked one : ranked) {
            Candidate candidate = one.candidate();
            if (ranker == null) {
                candidates.add(candidate);
                continue;
            }
            double probability = ranker.probability(one.features());
            if (probability >= ranker.threshold()) {
                candidates.add(new Candidate(candidate.milestone(), Math.round(probability * 100) / 100.0,
                        candidate.datedBy(), candidate.flags(), candidate.highlights()));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        return new Extraction(candidates, problems);
    }

    /**
     * Every candidate the rules find in the articles, before a ranker judges them, with the features it would
     * judge each by (see {@link Ranker#features}).
     */
    public List<Ranked> ranked(List<Article> articles) {
        return ranked(articles, new ArrayList<>(), true);
    }

    private List<Ranked> ranked(List<Article> articles, List<String> problems, boolean features) {
        List<Event> mentions = new ArrayList<>();
        Map<Event, Integer> articleOf = new IdentityHashMap<>();
        for (Article article : articles) {
            if (article.publishedOn() == null) {
                throw new IllegalArgumentException("publication date is required"
                        + (article.title() == null ? "" : " for '" + article.title() + "'")
                        + ": relative dates and the day's news are dated by it");
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            for (Event mention : extractor.extract(articles.get(a), problems)) {
                mentions.add(mention);
                articleOf.put(mention, a);
            }
        }
        List<Event> events = new ArrayList<>();
        for (Event event : Merger.merge(mentions)) {
            if (!event.anaphoric) {
                events.add(event);
            }
        }
        foldUntold(events, articleOf);
        List<Ranked> candidates = new ArrayList<>();
        Map<String, Integer> bySentence = new java.util.HashMap<>();
        for (Event event : events) {
            Candidate candidate = candidate(event, candidates.size());
            if (candidate != null) {
                Article article = articles.get(articleOf.get(event));
                // events come most confident first: the rank among those told by the same sentence
                candidates.add(new Ranked(candidate, features ? Ranker.features(event, article,
                        bySentence.merge(articleOf.get(event) + ":" + event.sources.get(0).quoteStart(), 1, Integer::sum))
                        : List.of()));
            }
        }
        candidates.sort(Comparator.comparingDouble((Ranked r) -> r.candidate().confidence()).reversed());
        return candidates;
    }

    /**
     * Folds each event that names no doer of its own (its headline would be the kind and the clause: "Election:
     * before the November 2 federal general election") into an event of the same kind and date in the same
     * article: an article that tells of one election on 2 November mentions it again, it does not hold a second.
     * Events of the kind "other" and undated ones are left apart: they share nothing but the lack of a kind or
     * date. {@code events} are most confident first; the fold goes to a told event, else to the first.
     */
    private void foldUntold(List<Event> events, Map<Event, Integer> articleOf) {
        Set<Event> untold = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event event : events) {
            if (untold(event)) {
                untold.add(event);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!untold.contains(event) || event.kind == MilestoneKind.OTHER || event.date == null) {
                continue;
            }
            Event into = null;
            for (int j = 0; j < events.size() && into == null; j++) {
                Event other = events.get(j);
                if (j != i && other.kind == event.kind && event.date.equals(other.date)
                        && articleOf.get(other).equals(articleOf.get(event)) && (!untold.contains(other) || j < i)) {
                    into = other;
                }
            }
            if (into != null) {
                Merger.absorb(into, event);
                events.remove(i--);
            }
        }
    }

    /** True if the event's headline would be its kind and clause, for want of a doer or a clause of its own. */
    private boolean untold(Event event) {
        return !fromClause(event) && rules.headlines.templated(event.trigger, event.kind, event.status, event.parts) == null;
    }

    /** True if the event's headline is made from its clause rather than from the templates. */
    private static boolean fromClause(Event event) {
        return event.clauseHeadline != null && event.trigger.headlines().isEmpty();
    }

    private String headline(Event event) {
        return fromClause(event) ? Headlines.shorten(event.clauseHeadline, Milestone.MAX_HEADLINE)
                : rules.headlines.write(event.trigger, event.kind, event.status, event.parts, event.fallbackHeadline);
    }

    private Candidate candidate(Event event, int index) {
        String headline = headline(event);
        String slug;
        try {
            slug = Slugs.of(headline);
        } catch (IllegalArgumentException e) {
            slug = event.kind.slug() + "-" + (index + 1);
        }
        try {
            Milestone milestone = Milestone.builder(headline)
                    .slug(slug)
                    .summary(event.summary)
                    .date(event.date)
                    .status(event.status)
                    .kind(event.kind)
                    .actors(event.actors.values().stream().map(Entry::toActor).toList())
                    .places(event.places.values().stream().map(Entry::toPlace).toList())
                    .sources(event.sources)
                    .importance(event.confidence >= 0.9 ? 1 : 2)
                    .build();
            return new Candidate(milestone, Math.round(event.confidence * 100) / 100.0, event.datedBy,
                    List.copyOf(event.flags), event.highlights);
        } catch (IllegalArgumentException e) {
            // A mention the core types refuse (an odd name in the gazetteer's place) is left out, not fatal.
            return null;
        }
    }
}
