package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.importer.text.DataFiles;

/**
 * The event rules of one language, read and compiled once: triggers indexed by their first word, the event
 * lexicon, status cues, clause openers and headline templates, all from {@code rules/<language>/events/}.
 */
final class Rules {

    final List<Trigger> triggers;
    final List<Cue> cues;
    final Set<String> clauseOpeners;
    final Headlines headlines;
    /** Offsets of clauses opened by "a day after", "one year since" and the like, by phrase. */
    final Map<Phrase, java.time.Period> offsets;
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("(.+?)\\s*=\\s*(-?\\d+)(y)?\\s*");
    /** The open layer: verbs and nouns that name events, by form. */
    final Lexicon lexicon;
    /** One phrase of a trigger rule. */
    record TriggerPhrase(Trigger trigger, Phrase phrase) {
    }

    /** Trigger phrases by their first word. */
    final Map<String, List<TriggerPhrase>> byFirstWord;
    /** Phrases whose first word is a prefix ("invad*"). */
    final List<TriggerPhrase> byPrefix;

    private Rules(List<Trigger> triggers, List<Cue> cues, Set<String> clauseOpeners, Headlines headlines,
            Map<Phrase, java.time.Period> offsets, Lexicon lexicon) {
        this.offsets = offsets;
        this.lexicon = lexicon;
        this.triggers = triggers;
        this.cues = cues;
        this.clauseOpeners = clauseOpeners;
        this.headlines = headlines;
        this.byFirstWord = new HashMap<>();
        this.byPrefix = new ArrayList<>();
        for (Trigger trigger : triggers) {
            for (Phrase phrase : trigger.phrases()) {
                TriggerPhrase entry = new TriggerPhrase(trigger, phrase);
                if (phrase.prefix()[0]) {
                    byPrefix.add(entry);
                } else {
                    byFirstWord.computeIfAbsent(phrase.first(), k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    static Rules load(String language) {
        String folder = "/rules/" + language + "/events/";
        RuleFile triggerFile = RuleFile.read(folder + "triggers.txt", "rule");
        List<Trigger> triggers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RuleFile.Block block : triggerFile.blocks) {
            if (!names.add(block.name())) {
                throw new IllegalStateException(block.where(triggerFile.path) + ": rule name used twice");
            }
            triggers.add(Trigger.of(block, triggers.size(), triggerFile));
        }
        RuleFile cueFile = RuleFile.read(folder + "status.txt", "cue");
        List<Cue> cues = cueFile.blocks.stream().map(block -> Cue.of(block, cueFile)).toList();
        Set<String> openers = new HashSet<>(DataFiles.lines(folder + "clauses.txt"));
        Map<Phrase, java.time.Period> offsets = new HashMap<>();
        for (String line : DataFiles.lines(folder + "offsets.txt")) {
            java.util.regex.Matcher m = OFFSET.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(folder + "offsets.txt: expected 'PHRASE = DAYS' or 'PHRASE = YEARSy', got '"
                        + line + "'");
            }
            int n = Integer.parseInt(m.group(2));
            offsets.put(Phrase.of(m.group(1).strip()), m.group(3) == null ? java.time.Period.ofDays(n) : java.time.Period.ofYears(n));
        }
        return new Rules(List.copyOf(triggers), cues, openers, Headlines.load(folder + "headlines.txt"), offsets,
                Lexicon.load(folder));
    }
}
