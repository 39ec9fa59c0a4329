package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.importer.text.DataFiles;
import news.timeline.importer.text.Words;

/**
 * The event lexicon ({@code lexicon.txt}, whose header documents it) with the inflected forms WordNet
 * gives its words ({@code forms.txt}): which verbs and nouns name an event, of which kind, and on what
 * conditions.
 */
final class Lexicon {

    /** Part of speech of a lexicon word. */
    enum Pos { VERB, NOUN }

    /** One block of the lexicon: a kind (or the light verbs, or the verbs that are no events) with its words' conditions. */
    record Block(String name, int line, MilestoneKind kind, boolean light, boolean none, List<Phrase> needs,
            java.util.Set<String> specials, List<Phrase> unless, List<Reclass> reclasses, List<Phrase> notBefore,
            List<Phrase> notAfter, boolean objectOnly,
            boolean subject, boolean passive,
            Boolean undatedDrop, double confidence, List<Example> examples) {

        /** What an event of this block gets without a date: {@code true} for nothing. */
        boolean drops(Pos pos) {
            return undatedDrop != null ? undatedDrop : pos == Pos.NOUN;
        }
    }

    /** An {@code if WORDS => KIND} line. */
    record Reclass(List<Phrase> words, MilestoneKind kind) {
    }

    /**
     * A form of a lexicon word, found by its first word: the block, the lemma, the part of speech, and the
     * words that must follow the first one ("down" in "stepped down", "- fires" in "cease-fires").
     */
    record Word(Block block, String lemma, Pos pos, String[] rest) {
    }

    /** A word of the lexicon found in a text: words {@code first} to {@code end}. */
    record Match(Word word, int first, int end) {
    }

    static final String NUMBER = "#number";
    static final String PERSON = "#person";
    static final String ORGANISATION = "#org";

    final List<Block> blocks;
    private final Map<String, List<Word>> byForm;
    /** Each verb's third person singular present, by lemma ("arrest" → "arrests", "step down" → "steps down"). */
    private final Map<String, String> thirdPerson;
    /** Forms of words that name events of a kind: a sentence without one (or a date) needs no tagging. */
    private final java.util.Set<String> eventForms;

    private Lexicon(List<Block> blocks, Map<String, List<Word>> byForm, Map<String, String> thirdPerson) {
        this.blocks = blocks;
        this.byForm = byForm;
        this.thirdPerson = thirdPerson;
        this.eventForms = new java.util.HashSet<>();
        byForm.forEach((form, words) -> {
            if (words.stream().anyMatch(word -> word.block().kind() != null)) {
                eventForms.add(form);
            }
        });
    }

    static Lexicon load(String folder) {
        RuleFile file = RuleFile.readBlocks(folder + "lexicon.txt", List.of("kind", "light", "none"));
        Map<String, Block> byKey = new LinkedHashMap<>();
        Map<String, List<Block>> blocksByLemma = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (RuleFile.Block raw : file.blocks) {
            Block block = block(raw, file);
            blocks.add(block);
            for (String pos : List.of("verbs", "nouns")) {
                String field = raw.one(pos);
                if (field == null) {
                    continue;
                }
                for (String lemma : field.split("\\|")) {
                    if (!lemma.isBlank()) {
                        String key = (pos.equals("verbs") ? "v " : "n ") + norm(lemma);
                        blocksByLemma.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
                        byKey.putIfAbsent(key, block);
                    }
                }
            }
        }
        Map<String, List<Word>> byForm = new HashMap<>();
        Map<String, Boolean> formed = new HashMap<>();
        Map<String, String> thirdPerson = new HashMap<>();
        for (String line : DataFiles.lines(folder + "forms.txt")) {
            // v | step down | step_down steps_down stepped_down stepping_down
            String[] fields = line.split("\\s*\\|\\s*");
            if (fields.length != 3) {
                throw new IllegalStateException(folder + "forms.txt: expected 'v|n | LEMMA | FORMS', got '" + line + "'");
            }
            String key = fields[0] + " " + fields[1];
            List<Block> owners = blocksByLemma.get(key);
            if (owners == null) {
                continue;
            }
            formed.put(key, true);
            Pos pos = fields[0].equals("v") ? Pos.VERB : Pos.NOUN;
            if (pos == Pos.VERB) {
                // The builder writes the third person singular right after the lemma ("flee flees fled...").
                String[] forms = fields[2].split("\\s+");
                if (forms.length > 1 && forms[1].split("_")[0].endsWith("s")) {
                    thirdPerson.put(fields[1], forms[1].replace('_', ' '));
                }
            }
            for (String form : fields[2].split("\\s+")) {
                String[] formWords = form.split("_");
                String[] rest = java.util.Arrays.copyOfRange(formWords, 1, formWords.length);
                for (Block owner : owners) {
                    byForm.computeIfAbsent(formWords[0], k -> new ArrayList<>()).add(new Word(owner, fields[1], pos, rest));
                }
            }
        }
        for (String key : blocksByLemma.keySet()) {
            if (!formed.containsKey(key)) {
                throw new IllegalStateException(folder + "forms.txt has no forms of '" + key.substring(2)
                        + "'; run LexiconBuilder (see the header of lexicon.txt)");
            }
        }
        // Longer words first, so "step down" wins over a bare "step".
        byForm.values().forEach(list -> list.sort((a, b) -> b.rest().length - a.rest().length));
        return new Lexicon(List.copyOf(blocks), byForm, thirdPerson);
    }

    /** The lexicon words whose first word is the text's word {@code i} and which fit before {@code limit}. */
    List<Match> at(Words words, int i, int limit) {
        List<Word> candidates = byForm.get(words.lower(i));
        if (candidates == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Word word : candidates) {
            int end = i + 1;
            boolean fits = true;
            for (String next : word.rest()) {
                if (end >= limit || !words.lower(end).equals(next)) {
                    fits = false;
                    break;
                }
                end++;
            }
            if (fits) {
                matches.add(new Match(word, i, end));
            }
        }
        return matches;
    }

    /** A verb's present forms {base, third person singular}, or null for a word the lexicon does not inflect. */
    String[] present(String lemma) {
        String third = thirdPerson.get(lemma);
        return third == null ? null : new String[] {lemma, third};
    }

    /** True if a word of an event kind has this form: a cheap test whether a sentence needs tagging. */
    boolean knows(String lowerForm) {
        return eventForms.contains(lowerForm);
    }

    private static Block block(RuleFile.Block raw, RuleFile file) {
        String where = raw.where(file.path);
        boolean light = raw.opener().equals("light");
        boolean none = raw.opener().equals("none");
        MilestoneKind kind = light || none ? null : MilestoneKind.fromSlug(raw.name());
        if (raw.one("verbs") == null && raw.one("nouns") == null) {
            throw new IllegalStateException(where + ": a block needs 'verbs' or 'nouns'");
        }
        List<Reclass> reclasses = new ArrayList<>();
        for (String line : raw.all("if")) {
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalStateException(where + ": expected 'if WORDS => KIND', got 'if " + line + "'");
            }
            reclasses.add(new Reclass(Phrase.list(line.substring(0, arrow)),
                    MilestoneKind.fromSlug(line.substring(arrow + 2).strip())));
        }
        String undated = raw.one("undated");
        if (undated != null && !undated.equals("today") && !undated.equals("drop")) {
            throw new IllegalStateException(where + ": 'undated' is 'today' or 'drop', not '" + undated + "'");
        }
        List<Example> examples = raw.all("example").stream()
                .map(line -> Example.parse(where, line, file.examplesDct, kind)).toList();
        if (examples.isEmpty()) {
            throw new IllegalStateException(where + ": every block needs at least one example");
        }
        List<Phrase> needs = new ArrayList<>();
        java.util.Set<String> specials = new java.util.HashSet<>();
        for (String need : raw.one("needs") == null ? new String[0] : raw.one("needs").split("\\|")) {
            String word = need.strip();
            if (word.startsWith("#")) {
                if (!List.of(NUMBER, PERSON, ORGANISATION).contains(word)) {
                    throw new IllegalStateException(where + ": unknown '" + word + "' in needs; expected "
                            + NUMBER + ", " + PERSON + " or " + ORGANISATION);
                }
                specials.add(word);
            } else if (!word.isEmpty()) {
                needs.add(Phrase.of(word));
            }
        }
        return new Block(light || none ? raw.opener() : raw.name(), raw.line(), kind, light, none, needs, java.util.Set.copyOf(specials),
                phrases(raw.one("unless")), reclasses, phrases(raw.one("not-before")), phrases(raw.one("not-after")), raw.has("object-only"),
                raw.has("subject"), raw.has("passive"),
                undated == null ? null : undated.equals("drop"),
                raw.one("confidence") == null ? 0.6 : Double.parseDouble(raw.one("confidence")), examples);
    }

    private static List<Phrase> phrases(String field) {
        return field == null ? List.of() : Phrase.list(field);
    }

    /** A lemma as the forms file writes it: lower case, words split as texts are, one space between. */
    static String norm(String lemma) {
        return String.join(" ", split(lemma.strip().toLowerCase(Locale.ROOT)));
    }

    static String[] split(String text) {
        Words words = Words.of(text);
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.lower(i);
        }
        return out;
    }

}
