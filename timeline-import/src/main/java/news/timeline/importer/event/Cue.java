package news.timeline.importer.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * One rule of {@code rules/en/events/status.txt}; the file's header documents every field. The phrases'
 * first and last words let the extractor skip positions where no phrase can start or end.
 */
record Cue(String name, Status status, List<Phrase> phrases, int before, int after, List<Example> examples,
        Set<String> lastWords, Set<String> firstWords) {

    /** What a cue says about an event. */
    enum Status { NONE, PLANNED, EXPECTED, CANCELLED, PAST, TODAY }

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
        List<Phrase> phrases = Phrase.list(block.one("match"));
        Set<String> last = new HashSet<>();
        Set<String> first = new HashSet<>();
        for (Phrase phrase : phrases) {
            last.add(phrase.words()[phrase.words().length - 1]);
            first.add(phrase.first());
        }
        return new Cue(block.name(), Status.valueOf(block.one("status").toUpperCase(Locale.ROOT)), phrases,
                number(block.one("before")), number(block.one("after")), examples, last, first);
    }

    private static int number(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }
}
