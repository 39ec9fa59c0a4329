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
import java.util.List;
import java.util.Set;
import news.timeline.core.actor.Actor;
import news.timeline.core.milestone.Milestone;
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

    /** The result over all gold files. */
    public record Result(int articles, int candidates, int matched, int required, int requiredFound, int gold,
            int goldFound, List<String> missed, List<String> spurious, List<Article> perArticle) {

        /** The mean of the articles' own F1: every article counts the same, however many milestones it has. */
        public double meanF1() {
            return perArticle.stream().mapToDouble(Article::f1).average().orElse(0);
        }

        public double precision() {
            return candidates == 0 ? 0 : (double) matched / candidates;
        }

        public double recall() {
            return required == 0 ? 0 : (double) requiredFound / required;
        }

        public double recallAll() {
            return gold == 0 ? 0 : (double) goldFound / gold;
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
        for (Path file : goldFiles) {
            int candidatesBefore = candidates;
            int matchedBefore = matched;
            int requiredBefore = required;
            int requiredFoundBefore = requiredFound;
            MilestoneGold expected = read(file);
            Path articleFile = file.toAbsolutePath().getParent().resolve(expected.article());
            String text;
            LocalDate published;
            try {
                text = Files.readString(articleFile, StandardCharsets.UTF_8);
                published = LocalDate.parse(expected.published());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the article " + articleFile + " of " + file);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ": bad 'published' " + expected.published());
            }
            List<Candidate> found = importer.extract(new news.timeline.importer.event.Article(text, published,
                    expected.title(), null, null));
            candidates += found.size();
            Set<Candidate> used = new HashSet<>();
            List<MilestoneGold.Expected> ordered = new ArrayList<>(expected.milestones());
            ordered.sort((a, b) -> Boolean.compare(b.required(), a.required()));
            for (MilestoneGold.Expected want : ordered) {
                gold++;
                required += want.required() ? 1 : 0;
                Candidate hit = found.stream().filter(c -> !used.contains(c) && matches(c.milestone(), want))
                        .findFirst().orElse(null);
                if (hit == null) {
                    if (want.required()) {
                        missed.add(expected.article() + ": " + want.id() + " (" + want.kind() + ", "
                                + (want.date() == null ? "undated" : want.date()) + ")");
                    }
                    continue;
                }
                used.add(hit);
                matched++;
                goldFound++;
                requiredFound += want.required() ? 1 : 0;
            }
            for (Candidate candidate : found) {
                if (!used.contains(candidate)) {
                    Milestone m = candidate.milestone();
                    spurious.add(expected.article() + ": " + m.kind().slug() + " "
                            + (m.date() == null ? "undated" : m.date().start()) + " " + m.headline());
                }
            }
            perArticle.add(new Article(expected.article(), candidates - candidatesBefore, matched - matchedBefore,
                    required - requiredBefore, requiredFound - requiredFoundBefore));
        }
        return new Result(goldFiles.size(), candidates, matched, required, requiredFound, gold, goldFound, missed,
                spurious, perArticle);
    }

    /** The gold file's matching rule: same kind, same date value or both undated, a shared actor. */
    public static boolean matches(Milestone milestone, MilestoneGold.Expected want) {
        if (!milestone.kind().slug().equals(want.kind())) {
            return false;
        }
        String date = milestone.date() == null ? null : milestone.date().start().toString();
        if (date == null ? want.date() != null : !date.equals(want.date())) {
            return false;
        }
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
