package news.timeline.importer.eval;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.importer.read.Article;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;
import news.timeline.importer.time.TimexType;

/**
 * Scores cross-document timelines with the measure of {@code shared/eval/semeval2015-timeline-trial/README.md}:
 * for each target entity, the set of (document, sentence, date) of its gold events whose date is known,
 * against the same set built from the milestones a system proposes whose actors include the entity or whose
 * quoted sentence names it (every word of the entity's name of three letters or more). Dates compare at the
 * gold's precision ({@code 2008-XX-XX} is 2008). Micro precision, recall and F1 over all entities.
 */
public final class TimelineEvaluator {

    /** One dated claim: this entity took part in an event told in this sentence, on this date. */
    public record Tuple(String entity, String document, int sentence, String date) {
    }

    /** The counts: gold tuples and those found, system tuples and those that match. */
    public record Result(int gold, int goldFound, int system, int systemMatched) {

        public double precision() {
            return system == 0 ? 0 : (double) systemMatched / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A dated sentence a system proposes: the character offset where its quote starts, and its date. */
    public record Proposal(int offset, HistoricalDate date, List<String> actors) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The gold tuples of a corpus: events whose date is known, at the precision the gold gives. */
    public static Set<Tuple> gold(TimelineCorpus corpus) {
        Set<Tuple> gold = new LinkedHashSet<>();
        for (TimelineCorpus.Timeline timeline : corpus.timelines()) {
            for (TimelineCorpus.Event event : timeline.events()) {
                String date = known(event.date());
                if (date != null) {
                    gold.add(new Tuple(timeline.entity(), event.document(), event.sentence(), date));
                }
            }
        }
        return gold;
    }

    /** "2008-06-09" as is, "2008-03-XX" as "2008-03", "2008-XX-XX" as "2008", "XXXX-XX-XX" as null. */
    static String known(String date) {
        String[] parts = date.split("-");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty() || part.contains("X")) {
                break;
            }
            out.append(out.length() == 0 ? "" : "-").append(part);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The tuples of the milestones the importer proposes for each document. */
    public static Set<Tuple> extracted(TimelineCorpus corpus, ArticleImporter importer) {
        return tuples(corpus, document -> {
            List<Candidate> found = importer.extract(Article.of(document.text(), document.published()));
            return found.stream().filter(c -> c.milestone().date() != null).flatMap(c -> proposals(c.milestone()).stream()).toList();
        });
    }

    private static List<Proposal> proposals(Milestone milestone) {
        List<String> actors = milestone.actors().stream().map(Actor::name).toList();
        return milestone.sources().stream().filter(s -> s.quoteStart() >= 0)
                .map(s -> new Proposal(s.quoteStart(), milestone.date(), actors)).toList();
    }

    /**
     * The naive baseline: every sentence that names the entity and holds a date, dated with the tagger's
     * first calendar date in it.
     */
    public static Set<Tuple> baseline(TimelineCorpus corpus, TimeTagger tagger) {
        return tuples(corpus, document -> {
            List<TimeExpression> times = tagger.tag(document.text(), document.published());
            java.util.List<Proposal> proposals = new java.util.ArrayList<>();
            Set<Integer> dated = new HashSet<>();
            for (TimeExpression time : times) {
                int sentence = document.sentenceAt(time.begin());
                if (time.date() != null && (time.type() == TimexType.DATE || time.type() == TimexType.TIME)
                        && dated.add(sentence)) {
                    int start = document.sentenceStarts().get(document.sentenceIds().indexOf(sentence));
                    proposals.add(new Proposal(start, time.date(), List.of()));
                }
            }
            return proposals;
        });
    }

    private static Set<Tuple> tuples(TimelineCorpus corpus, Function<TimelineCorpus.Document, List<Proposal>> system) {
        Set<Tuple> tuples = new LinkedHashSet<>();
        for (TimelineCorpus.Document document : corpus.documents()) {
            List<Proposal> proposals = system.apply(document);
            for (Proposal proposal : proposals) {
                int sentence = document.sentenceAt(proposal.offset());
                String text = sentenceText(document, sentence);
                for (TimelineCorpus.Timeline timeline : corpus.timelines()) {
                    if (proposal.actors().stream().anyMatch(a -> a.equalsIgnoreCase(timeline.entity()))
                            || names(text, timeline.entity())) {
                        tuples.add(new Tuple(timeline.entity(), document.id(), sentence, proposal.date().value()));
                    }
                }
            }
        }
        return tuples;
    }

    private static String sentenceText(TimelineCorpus.Document document, int sentence) {
        int k = document.sentenceIds().indexOf(sentence);
        int start = document.sentenceStarts().get(k);
        int end = k + 1 < document.sentenceStarts().size() ? document.sentenceStarts().get(k + 1) : document.text().length();
        return document.text().substring(start, end);
    }

    /** True if the sentence holds every word of the entity's name of three letters or more. */
    static boolean names(String sentence, String entity) {
        Set<String> words = new HashSet<>();
        WORD.matcher(sentence.toLowerCase(Locale.ROOT)).results().forEach(m -> words.add(m.group()));
        boolean any = false;
        for (String part : WORD.matcher(entity.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList()) {
            if (part.length() >= 3) {
                any = true;
                if (!words.contains(part)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** One line per missed gold tuple and per wrong proposal, each with its sentence: the tool for rule work. */
    public static List<String> errors(TimelineCorpus corpus, Set<Tuple> gold, Set<Tuple> system) {
        List<String> lines = new java.util.ArrayList<>();
        for (Tuple want : gold) {
            if (system.stream().noneMatch(p -> matches(p, want))) {
                lines.add("missed   " + describe(corpus, want));
            }
        }
        for (Tuple proposed : system) {
            if (gold.stream().noneMatch(w -> matches(proposed, w))) {
                lines.add("wrong    " + describe(corpus, proposed));
            }
        }
        return lines;
    }

    private static String describe(TimelineCorpus corpus, Tuple tuple) {
        TimelineCorpus.Document document = corpus.documents().stream().filter(d -> d.id().equals(tuple.document()))
                .findFirst().orElse(null);
        String text = document == null ? "?" : sentenceText(document, tuple.sentence()).strip();
        return tuple.entity() + " | " + tuple.document() + "-" + tuple.sentence() + " | " + tuple.date() + " | " + text;
    }

    private static boolean matches(Tuple proposed, Tuple want) {
        return want.entity().equals(proposed.entity()) && want.document().equals(proposed.document())
                && want.sentence() == proposed.sentence() && atGoldPrecision(proposed.date(), want.date());
    }

    /**
     * True if the proposed date, read at the gold's precision (a year, a month or a day), is the gold date: a
     * day or month within it, or a week or season that starts in it and is no longer than it ("2006-W13"
     * is March 2006). A proposal less precise than the gold ("2006" for "2006-03") does not match.
     */
    static boolean atGoldPrecision(String proposed, String gold) {
        if (proposed.startsWith(gold)) {
            return true;
        }
        try {
            HistoricalDate date = HistoricalDate.parse(proposed.replace("~", ""));
            long days = java.time.temporal.ChronoUnit.DAYS.between(date.startDay(), date.lastDay()) + 1;
            long longest = switch (gold.length()) {
                case 4 -> 366;
                case 7 -> 31;
                default -> 1;
            };
            return days <= longest && date.startDay().toString().startsWith(gold);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Scores system tuples against gold tuples: a system date matches when it is the gold date at its precision. */
    public static Result score(Set<Tuple> gold, Set<Tuple> system) {
        Set<Tuple> found = new HashSet<>();
        int matched = 0;
        for (Tuple proposed : system) {
            boolean hit = false;
            for (Tuple want : gold) {
                if (matches(proposed, want)) {
                    found.add(want);
                    hit = true;
                }
            }
            matched += hit ? 1 : 0;
        }
        return new Result(gold.size(), found.size(), system.size(), matched);
    }
}
