package news.timeline.importer.event;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;

/** One rule of {@code rules/en/events/triggers.txt}; the file's header documents every field. */
record Trigger(
        String name,
        int index,
        MilestoneKind kind,
        List<Phrase> phrases,
        List<Phrase> notAfter,
        List<Phrase> notBefore,
        boolean nextName,
        boolean needsPlace,
        boolean needsAmount,
        boolean needsKnownSpeaker,
        boolean needsTwoSides,
        boolean undatedDrop,
        boolean cueForInfinitive,
        boolean actorsOptional,
        double confidence,
        java.util.Set<String> ignoredCues,
        Map<MilestoneStatus, String> headlines,
        List<Example> examples) {

    /** What a rule's {@code needs} may ask for. */
    private static final List<String> NEEDS = List.of("place", "amount", "known-speaker", "two-sides");

    static Trigger of(RuleFile.Block block, int index, RuleFile file) {
        String where = block.where(file.path);
        String kindText = block.one("kind");
        String match = block.one("match");
        if (kindText == null || match == null) {
            throw new IllegalStateException(where + ": a trigger needs 'kind' and 'match'");
        }
        MilestoneKind kind = MilestoneKind.fromSlug(kindText);
        List<String> needs = block.all("needs");
        for (String need : needs) {
            if (!NEEDS.contains(need)) {
                throw new IllegalStateException(where + ": 'needs' is one of " + String.join(", ", NEEDS) + ", not '" + need + "'");
            }
        }
        String undated = block.one("undated");
        if (undated != null && !undated.equals("today") && !undated.equals("drop")) {
            throw new IllegalStateException(where + ": 'undated' is 'today' or 'drop', not '" + undated + "'");
        }
        Map<MilestoneStatus, String> headlines = new EnumMap<>(MilestoneStatus.class);
        for (String line : block.all("headline")) {
            int space = line.indexOf(' ');
            headlines.put(MilestoneStatus.fromSlug(line.substring(0, space)), line.substring(space + 1).strip());
        }
        List<Example> examples = block.all("example").stream()
                .map(line -> Example.parse(where, line, file.examplesDct, kind)).toList();
        if (examples.isEmpty()) {
            throw new IllegalStateException(where + ": every trigger needs at least one example");
        }
        return new Trigger(block.name(), index, kind, Phrase.list(match), phrases(block.one("not-after")),
                phrases(block.one("not-before")), block.has("next-name"), needs.contains("place"),
                needs.contains("amount"), needs.contains("known-speaker"), needs.contains("two-sides"), "drop".equals(undated), block.has("cue-for-infinitive"),
                "optional".equals(block.one("actors")),
                block.one("confidence") == null ? 0.6 : Double.parseDouble(block.one("confidence")),
                java.util.Set.copyOf(block.one("ignore-cue") == null ? List.of()
                        : List.of(block.one("ignore-cue").split("\\s*\\|\\s*"))), headlines,
                examples);
    }

    private static List<Phrase> phrases(String field) {
        return field == null ? List.of() : Phrase.list(field);
    }
}
