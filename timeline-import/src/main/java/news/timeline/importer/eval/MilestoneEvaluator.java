package news.timeline.importer.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.core.actor.Actor;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;

/**
 * Scores milestone extraction against gold files. A candidate matches a gold milestone when the kind is the
 * same, the date value is the same (or both are undated) and they share at least one actor (a gold
 * milestone without actors, such as a price move, needs none). Each gold milestone matches at most one
 * candidate, required ones first. Precision counts candidates that match any gold milestone, required or
 * optional; recall counts the required ones found (and, separately, all of them).
 */
public final class MilestoneEvaluator {

    /**
     * Why a required gold milestone was missed, judged by the nearest candidate: one that differs from it in
     * the kind alone, the date alone or the actors alone, else one drawn from the sentence of its evidence,
     * else none at all. The first that applies, in this order.
     */
    public enum Miss {
        KIND("a candidate of another kind, same date and actor"),
        DATE("a candidate of another date, same kind and actor"),
        ACTORS("a candidate with other actors, same kind and date"),
        SENTENCE("a candidate from its sentence, two or more things wrong"),
        NOTHING("no candidate near it");

        private final String label;

        Miss(String label) {
            this.label = label;
        }

        /** How the reason is named in reports. */
        public String label() {
            return label;
        }
    }

    /** The result over all gold files. */
    public record Result(int articles, int candidates, int matched, int required, int requiredFound, int gold,
            int goldFound, List<String> missed, List<String> spurious, List<Article> perArticle,
            Map<Miss, Integer> whyMissed, int spuriousFromGoldSentences, List<Scored> scored) {

        /**
         * What keeping only the candidates of at least {@code confidence} would give, each gold milestone kept
         * with the candidate it matched: precision, recall of the required and F1 at that cut.
         */
        public Scores cutAt(double confidence) {
            List<Scored> kept = scored.stream().filter(s -> s.confidence() >= confidence).toList();
            long hits = kept.stream().filter(Scored::matched).count();
            long requiredHits = kept.stream().filter(Scored::required).count();
            return new Scores(kept.size(), (int) hits, required, (int) requiredHits);
        }

        /** The mean of the articles' own F1: every article counts the same, however many milestones it has. */
        public double meanF1() {
            return perArticle.stream().mapToDouble(Article::f1).average().orElse(0);
        }

        /** The counts of every candidate, as a cut would give them. */
        public Scores all() {
            return new Scores(candidates, matched, required, requiredFound);
        }

        public double precision() {
            return all().precision();
        }

        public double recall() {
            return all().recall();
        }

        public double recallAll() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            return all().f1();
        }
    }

    /** One candidate as scored: its confidence, whether it matched a gold milestone, and a required one. */
    public record Scored(double confidence, boolean matched, boolean required) {
    }

    /** Counts at one confidence cut: candidates kept, those matching, required gold and required found. */
    public record Scores(int candidates, int matched, int required, int requiredFound) {

        public double precision() {
            return candidates == 0 ? 0 : (double) matched / candidates;
        }

        public double recall() {
            return required == 0 ? 0 : (double) requiredFound / required;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One article's counts: candidates, those matching a gold milestone, required ones and those found. */
    public record Article(String name, int candidates, int matched, int required, int requiredFound) {

        public double f1() {
            double p = candidates == 0 ? 0 : (double) matched / candidates;
            double r = required == 0 ? (candidates == 0 ? 1 : 0) : (double) requiredFound / required;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final ArticleImporter importer;

    public MilestoneEvaluator(ArticleImporter importer) {
        this.importer = importer;
    }

    /** Reads a gold file. @throws IllegalArgumentException naming the file and what is wrong with it */
    public static MilestoneGold read(Path file) {
        try {
            MilestoneGold gold = new ObjectMapper().readValue(file.toFile(), MilestoneGold.class);
            if (gold.article() == null || gold.published() == null) {
                throw new IllegalArgumentException(file + ": a gold file needs 'article' and 'published'");
            }
            return gold;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    public Result evaluate(List<Path> goldFiles) {
        int candidates = 0;
        int matched = 0;
        int required = 0;
        int requiredFound = 0;
        int gold = 0;
        int goldFound = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<Article> perArticle = new ArrayList<>();
        Map<Miss, Integer> whyMissed = new EnumMap<>(Miss.class);
        int spuriousFromGoldSentences = 0;
        List<Scored> scored = new ArrayList<>();
        for (Miss miss : Miss.values()) {
            whyMissed.put(miss, 0);
        }
        for (Path file : goldFiles) {
            int candidatesBefore = candidates;
            int matchedBefore = matched;
            int requiredBefore = required;
            int requiredFoundBefore = requiredFound;
            MilestoneGold expected = read(file);
            List<Candidate> found = importer.extract(article(file, expected));
            candidates += found.size();
            Set<Candidate> used = new HashSet<>();
            Set<Candidate> usedByRequired = new HashSet<>();
            for (Map.Entry<MilestoneGold.Expected, Candidate> pair : assign(found, expected.milestones()).entrySet()) {
                MilestoneGold.Expected want = pair.getKey();
                Candidate hit = pair.getValue();
                gold++;
                required += want.required() ? 1 : 0;
                if (hit == null) {
                    if (want.required()) {
                        Miss why = why(found, want);
                        whyMissed.merge(why, 1, Integer::sum);
                        missed.add(expected.article() + ": " + want.id() + " (" + want.kind() + ", "
                                + (want.date() == null ? "undated" : want.date()) + ") - " + why.label());
                    }
                    continue;
                }
                used.add(hit);
                if (want.required()) {
                    usedByRequired.add(hit);
                }
                matched++;
                goldFound++;
                requiredFound += want.required() ? 1 : 0;
            }
            for (Candidate candidate : found) {
                scored.add(new Scored(candidate.confidence(), used.contains(candidate), usedByRequired.contains(candidate)));
                if (!used.contains(candidate)) {
                    Milestone m = candidate.milestone();
                    boolean told = fromGoldSentence(candidate, expected.milestones());
                    spuriousFromGoldSentences += told ? 1 : 0;
                    spurious.add(expected.article() + ": " + m.kind().slug() + " "
                            + (m.date() == null ? "undated" : m.date().start()) + " " + m.headline()
                            + (told ? " - from a gold milestone's sentence" : ""));
                }
            }
            perArticle.add(new Article(expected.article(), candidates - candidatesBefore, matched - matchedBefore,
                    required - requiredBefore, requiredFound - requiredFoundBefore));
        }
        return new Result(goldFiles.size(), candidates, matched, required, requiredFound, gold, goldFound, missed,
                spurious, perArticle, whyMissed, spuriousFromGoldSentences, scored);
    }

    /** The article a gold file names, read from beside it, with the gold file's title and publication date. */
    public static news.timeline.importer.read.Article article(Path goldFile, MilestoneGold gold) {
        Path articleFile = goldFile.toAbsolutePath().getParent().resolve(gold.article());
        try {
            return news.timeline.importer.read.Article.of(Files.readString(articleFile, StandardCharsets.UTF_8),
                    LocalDate.parse(gold.published()), gold.title(), null, null);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the article " + articleFile + " of " + goldFile);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(goldFile + ": bad 'published' " + gold.published());
        }
    }

    /**
     * Pairs each gold milestone, required ones first, with the first candidate not yet taken that matches it,
     * or with null: each candidate matches at most one gold milestone.
     */
    public static Map<MilestoneGold.Expected, Candidate> assign(List<Candidate> found, List<MilestoneGold.Expected> gold) {
        List<MilestoneGold.Expected> ordered = new ArrayList<>(gold);
        ordered.sort((a, b) -> Boolean.compare(b.required(), a.required()));
        Map<MilestoneGold.Expected, Candidate> pairs = new java.util.LinkedHashMap<>();
        Set<Candidate> used = new HashSet<>();
        for (MilestoneGold.Expected want : ordered) {
            Candidate hit = found.stream().filter(c -> !used.contains(c) && matches(c.milestone(), want))
                    .findFirst().orElse(null);
            if (hit != null) {
                used.add(hit);
            }
            pairs.put(want, hit);
        }
        return pairs;
    }

    /** Why {@code want} matched none of {@code found}: see {@link Miss}. */
    static Miss why(List<Candidate> found, MilestoneGold.Expected want) {
        return found.stream().map(c -> near(c.milestone(), want)).min(Miss::compareTo).orElse(Miss.NOTHING);
    }

    /** Whether a spurious candidate was drawn from the sentence of a gold milestone's evidence. */
    static boolean fromGoldSentence(Candidate candidate, List<MilestoneGold.Expected> gold) {
        return gold.stream().anyMatch(want -> fromEvidence(candidate.milestone(), want));
    }

    private static Miss near(Milestone m, MilestoneGold.Expected want) {
        boolean kind = m.kind().slug().equals(want.kind());
        boolean date = sameDate(m, want);
        boolean actor = sharesActor(m, want);
        return !kind && date && actor ? Miss.KIND
                : kind && !date && actor ? Miss.DATE
                : kind && date && !actor ? Miss.ACTORS
                : fromEvidence(m, want) ? Miss.SENTENCE : Miss.NOTHING;
    }

    private static boolean fromEvidence(Milestone milestone, MilestoneGold.Expected want) {
        if (want.evidence() == null || want.evidence().isBlank()) {
            return false;
        }
        String evidence = want.evidence().strip();
        return milestone.sources().stream().map(Source::quote)
                .anyMatch(quote -> quote != null && (quote.contains(evidence) || evidence.contains(quote)));
    }

    /** The gold file's matching rule: same kind, same date value or both undated, a shared actor. */
    public static boolean matches(Milestone milestone, MilestoneGold.Expected want) {
        return milestone.kind().slug().equals(want.kind()) && sameDate(milestone, want) && sharesActor(milestone, want);
    }

    private static boolean sameDate(Milestone milestone, MilestoneGold.Expected want) {
        String date = milestone.date() == null ? null : milestone.date().start().toString();
        return date == null ? want.date() == null : date.equals(want.date());
    }

    private static boolean sharesActor(Milestone milestone, MilestoneGold.Expected want) {
        if (want.actors().isEmpty()) {
            return true;
        }
        for (Actor actor : milestone.actors()) {
            if (want.actors().contains(actor.name())) {
                return true;
            }
        }
        return false;
    }
}
