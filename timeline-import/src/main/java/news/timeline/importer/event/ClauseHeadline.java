package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.importer.text.Words;
import news.timeline.importer.time.TimeExpression;

/**
 * A headline made from the event's own clause, as newsrooms write them: its doers, the verb in the present
 * ("Russia annexes Crimea"), the participle for a passive ("Manafort sentenced to 73 months in prison"),
 * "to" and the verb for a plan ("Trump to meet Putin"), then what the clause says after the verb, without
 * articles or dates. Events of the open lexicon and of kind other get such a headline; the trigger rules
 * keep their templates.
 */
final class ClauseHeadline {

    /** The most words kept after the verb. */
    private static final int MAX_OBJECT_WORDS = 9;
    /** The most words of a subject phrase standing in for named doers. */
    private static final int MAX_SUBJECT_WORDS = 8;
    private static final Set<String> PREPOSITIONS = EventWords.get("headline-prepositions");
    private static final Set<String> LEADING = EventWords.get("headline-leading");
    private static final Set<String> ARTICLES = EventWords.get("headline-articles");
    private static final Set<String> BE = EventWords.get("headline-auxiliaries");
    /** Words that end what a headline takes of a clause: the next clause or a reported source. */
    private static final Set<String> STOPS = EventWords.get("headline-stops");
    /** Verbs of saying: what a speaker did before "that" ("the department announced that it..."). */
    private static final Set<String> REPORTING = EventWords.get("reporting");
    /** Pronouns that, alone, name no one in a headline. */
    private static final Set<String> PRONOUNS = EventWords.get("headline-pronouns");

    private ClauseHeadline() {
    }

    /**
     * The headline, or null when the clause names no doer or the verb's forms are unknown.
     *
     * @param doers the short names of who did it, in order
     * @param verb the word that carries the event (a verb, or the light verb before an event noun), or -1
     * @param present the verb's present forms: {base, third person singular}, or null to keep it as written
     */
    static String of(Words words, List<String> doers, int clauseStart, int verb, int end, int clauseEnd,
            String[] present, MilestoneStatus status, List<TimeExpression> times) {
        if (verb < 0 || status == MilestoneStatus.CANCELLED) {
            return null;
        }
        String subject = doers.isEmpty() ? subjectPhrase(words, clauseStart, prefixed(words, verb) ? verb - 2 : verb, times)
                : Headlines.join(doers);
        if (subject == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(subject).append(' ');
        boolean passive = passive(words, verb, present);
        // "was re-elected": the prefix the hyphen joins to the verb stays with it.
        String prefix = prefixed(words, verb) ? words.lower(verb - 2) + "-" : "";
        boolean plural = doers.size() > 1 || doers.isEmpty() && pluralNoun(subject);
        // A lemma's present form holds all its words ("take effect"): the text's words after the verb are in it.
        boolean whole = false;
        if (status == MilestoneStatus.PLANNED || status == MilestoneStatus.EXPECTED) {
            if (present == null) {
                return null;
            }
            out.append(status == MilestoneStatus.EXPECTED ? "expected to " : "to ").append(passive ? "be "
                    + prefix + words.lower(verb) : prefix + present[0]);
            whole = !passive;
        } else if (passive || present == null || words.lower(verb).endsWith("ing")) {
            // A passive keeps its participle; "began deploying" and a verb without known forms stay as written.
            out.append(prefix).append(words.lower(verb));
        } else {
            out.append(prefix).append(plural ? present[0] : present[1]);
            whole = true;
        }
        if (!whole || !present[0].contains(" ")) {
            for (int k = verb + 1; k < end; k++) {
                out.append(' ').append(words.lower(k));
            }
        }
        // The verb's own particle stays ("sworn in"); a preposition left hanging by the object is cut below.
        int verbEnd = out.length();
        int kept = 0;
        for (int k = end; k < clauseEnd && kept < MAX_OBJECT_WORDS; k++) {
            String word = words.lower(k);
            if (STOPS.contains(word) || words.kind(k) == Words.PUNCT && !word.equals("-") && !word.equals("'s")
                    && !word.equals("%") && !word.equals("$")) {
                break;
            }
            if (inTime(words, k, times)) {
                // "collapsed on Monday in Magnitogorsk": the date goes, and the preposition that led to it.
                int cut = out.lastIndexOf(" ");
                if (cut > 0 && PREPOSITIONS.contains(out.substring(cut + 1).toLowerCase(java.util.Locale.ROOT))) {
                    out.setLength(cut);
                    kept--;
                }
                continue;
            }
            if (ARTICLES.contains(word)) {
                continue;
            }
            out.append(word.equals("'s") || word.equals("-") || word.equals("%") ? "" : " ").append(words.word(k));
            kept++;
        }
        String object = out.substring(Math.min(verbEnd, out.length())).replaceAll("\\s+(by|on|in|at|of|to|for|from|with)$", "");
        String headline = (out.substring(0, Math.min(verbEnd, out.length())) + object).replaceAll("\\s+", " ").strip();
        return Headlines.capitalise(headline);
    }

    /**
     * The words before the verb when no doer is named, as a headline's subject: "A former advisor for U.S.
     * President Donald Trump" becomes "Former advisor for U.S. President Donald Trump"; null when there are
     * none or too many.
     */
    private static String subjectPhrase(Words words, int clauseStart, int verb, List<TimeExpression> times) {
        List<String> kept = new ArrayList<>();
        List<String> speaker = List.of();
        for (int k = clauseStart; k < verb; k++) {
            String word = words.lower(k);
            if (BE.contains(word) || inTime(words, k, times) || words.kind(k) == Words.PUNCT
                    || PREPOSITIONS.contains(word) && k + 1 < verb && inTime(words, k + 1, times)) {
                continue;
            }
            if (word.equals("that") && !kept.isEmpty()) {
                // "adding that rescuers ended": the subject is what the reported clause begins with; a
                // pronoun there is the speaker ("the department announced that it has reached").
                speaker = new ArrayList<>(kept);
                while (!speaker.isEmpty() && REPORTING.contains(speaker.get(speaker.size() - 1).toLowerCase(
                        java.util.Locale.ROOT))) {
                    speaker.remove(speaker.size() - 1);
                }
                kept.clear();
                continue;
            }
            if (kept.isEmpty() && (ARTICLES.contains(word) || LEADING.contains(word))) {
                continue;
            }
            kept.add(words.word(k));
        }
        if (kept.size() == 1 && PRONOUNS.contains(kept.get(0).toLowerCase(java.util.Locale.ROOT)) && !speaker.isEmpty()) {
            kept = speaker;
        }
        return kept.isEmpty() || kept.size() > MAX_SUBJECT_WORDS ? null : String.join(" ", kept);
    }

    /** Common nouns that are plural without an -s: "Police detain", not "Police detains". */
    private static final Set<String> PLURALS = Set.of("police", "people", "men", "women", "children");

    /** True if a subject phrase ends in a plural common noun: "rescuers", "two police officers", "police". */
    private static boolean pluralNoun(String subject) {
        String last = subject.substring(subject.lastIndexOf(' ') + 1);
        if (PLURALS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return last.length() > 3 && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss")
                && !last.endsWith("us") && !last.endsWith("is");
    }

    /**
     * True if a form of "be" (or "have been") stands right before the verb ("was sentenced"), or if the verb
     * is a past form in the article's headline, which tells what happened in the present and keeps its past
     * forms for the passive ("Navalny sentenced to nine years").
     */
    private static boolean passive(Words words, int verb, String[] present) {
        String form = words.lower(verb);
        if (form.endsWith("ing")) {
            return false;
        }
        if (present != null && !form.equals(present[0]) && !form.equals(present[1]) && !present[0].contains(" ")
                && words.end(verb) <= Headlines.titleEnd(words.text())) {
            return true;
        }
        // An adverb may stand between: "was fatally stabbed" is as passive as "was stabbed"; and a prefix: "was re-elected".
        int auxiliary = prefixed(words, verb) ? verb - 3 : verb - 1;
        if (auxiliary < 0) {
            return false;
        }
        while (auxiliary > 0 && adverb(words.lower(auxiliary))) {
            auxiliary--;
        }
        if (verb == 0 || !BE.contains(words.lower(auxiliary))) {
            return false;
        }
        String before = words.lower(auxiliary);
        return !before.equals("has") && !before.equals("have") && !before.equals("had") && !before.equals("will")
                && !before.equals("would");
    }

    /** True if a word and a hyphen are joined to the verb before it: "re-elected", "co-signed". */
    private static boolean prefixed(Words words, int verb) {
        return verb >= 2 && words.lower(verb - 1).equals("-") && words.end(verb - 1) == words.begin(verb)
                && words.end(verb - 2) == words.begin(verb - 1) && words.lower(verb - 2).chars().allMatch(Character::isLetter);
    }

    /** An adverb of manner or report: a word of letters in -ly ("fatally", "reportedly"). */
    private static boolean adverb(String word) {
        return word.length() > 4 && word.endsWith("ly") && word.chars().allMatch(Character::isLetter);
    }

    /** True if word {@code k} is part of a date or a time, which the milestone's date says; durations stay. */
    private static boolean inTime(Words words, int k, List<TimeExpression> times) {
        for (TimeExpression time : times) {
            if ((time.type() == news.timeline.importer.time.TimexType.DATE || time.type() == news.timeline.importer.time.TimexType.TIME)
                    && words.begin(k) >= time.begin() && words.end(k) <= time.end()) {
                return true;
            }
        }
        return false;
    }
}
