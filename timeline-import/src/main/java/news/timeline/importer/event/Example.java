package news.timeline.importer.event;

import java.time.LocalDate;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;

/**
 * One {@code example SENTENCE => KIND STATUS DATE} line of a rule file: extracting the sentence with
 * publication date {@code dct} must give a milestone of that kind, status and date ({@code null} date:
 * undated); or, with {@code kind == null}, no milestone of {@code forbidden}'s kind.
 */
public record Example(String where, String sentence, LocalDate dct, MilestoneKind kind, MilestoneStatus status,
        String date, MilestoneKind forbidden) {

    static Example parse(String where, String line, LocalDate dct, MilestoneKind ruleKind) {
        int arrow = line.lastIndexOf("=>");
        if (arrow < 0) {
            throw new IllegalStateException(where + ": example needs '=> KIND STATUS DATE' or '=> none': " + line);
        }
        String sentence = line.substring(0, arrow).strip();
        String[] expected = line.substring(arrow + 2).strip().split("\\s+");
        if (expected.length == 1 && expected[0].equals("none")) {
            return new Example(where, sentence, dct, null, null, null, ruleKind);
        }
        if (expected.length != 3) {
            throw new IllegalStateException(where + ": expected '=> KIND STATUS DATE' in example: " + line);
        }
        String date = expected[2].equals("undated") ? null : expected[2];
        return new Example(where, sentence, dct, MilestoneKind.fromSlug(expected[0]),
                MilestoneStatus.fromSlug(expected[1]), date, null);
    }
}
