package news.timeline.importer.event;

import java.util.List;
import java.util.Locale;

/** One rule of {@code rules/en/events/status.txt}; the file's header documents every field. */
record Cue(String name, Status status, List<Phrase> phrases, int before, int after, List<Example> examples) {

    /** What a cue says about an event. */
    enum Status { PLANNED, EXPECTED, CANCELLED, PAST }

    static Cue of(RuleFile.Block block, RuleFile file) {
        String where = block.where(file.path);
        if (block.one("status") == null || block.one("match") == null) {
            throw new IllegalStateException(where + ": a cue needs 'status' and 'match'");
        }
        List<Example> examples = block.all("example").stream()
                .map(line -> Example.parse(where, line, file.examplesDct, null)).toList();
        if (examples.isEmpty()) {
            throw new IllegalStateException(where + ": every cue needs at least one example");
        }
        return new Cue(block.name(), Status.valueOf(block.one("status").toUpperCase(Locale.ROOT)),
                Phrase.list(block.one("match")), number(block.one("before")), number(block.one("after")), examples);
    }

    private static int number(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }
}
