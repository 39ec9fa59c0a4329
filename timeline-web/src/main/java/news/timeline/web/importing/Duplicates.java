package news.timeline.web.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.timeline.core.actor.Actor;
import news.timeline.core.milestone.Milestone;

/**
 * Which existing milestones of a timeline may tell the same event as a candidate, most likely first: the
 * dates must be compatible ({@code HistoricalDate.isCompatibleWith}: 2025 and 12 February 2025 can be the
 * same event), and the more actors, kind and headline words they share, the higher they rank.
 */
final class Duplicates {

    /** Points for each thing shared; a suggestion needs shared actors or headline words, and this many points. */
    private static final int DATE = 2;
    private static final int KIND = 2;
    private static final int ACTOR = 2;
    private static final int WORD = 1;
    private static final int THRESHOLD = 4;
    private static final Set<String> COMMON = Set.of("with", "from", "into", "over", "after", "about", "says", "said",
            "their", "that", "this", "talks", "will", "have", "been");

    private Duplicates() {
    }

    static List<ImportQueue.Suggestion> rank(Milestone candidate, List<Milestone> existing, int limit) {
        List<ImportQueue.Suggestion> found = new ArrayList<>();
        Set<String> words = words(candidate.headline());
        Set<String> actors = names(candidate);
        for (Milestone m : existing) {
            List<String> reasons = new ArrayList<>();
            int score = 0;
            if (candidate.date() != null && m.date() != null) {
                if (!candidate.date().isCompatibleWith(m.date())) {
                    continue;
                }
                score += DATE;
                reasons.add("compatible date");
            }
            if (candidate.kind() == m.kind()) {
                score += KIND;
                reasons.add("same kind");
            }
            Set<String> sharedActors = new LinkedHashSet<>(names(m));
            sharedActors.retainAll(actors);
            if (!sharedActors.isEmpty()) {
                score += ACTOR * sharedActors.size();
                reasons.add("shared actors: " + String.join(", ", sharedActors));
            }
            Set<String> sharedWords = new LinkedHashSet<>(words(m.headline()));
            sharedWords.retainAll(words);
            if (!sharedWords.isEmpty()) {
                score += WORD * sharedWords.size();
                reasons.add("headline words: " + String.join(", ", sharedWords));
            }
            if (score >= THRESHOLD && (!sharedActors.isEmpty() || !sharedWords.isEmpty())) {
                found.add(new ImportQueue.Suggestion(m.slug(), m.headline(), m.date() == null ? "undated"
                        : m.date().toString(), String.join("; ", reasons), score));
            }
        }
        found.sort(Comparator.comparingInt(ImportQueue.Suggestion::score).reversed()
                .thenComparing(ImportQueue.Suggestion::headline));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static Set<String> names(Milestone m) {
        Set<String> names = new LinkedHashSet<>();
        m.actors().stream().map(Actor::name).forEach(names::add);
        return names;
    }

    /** A headline's telling words: four letters or more, lower case, common verbs and prepositions left out. */
    static Set<String> words(String headline) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
