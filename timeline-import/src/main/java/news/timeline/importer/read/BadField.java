package news.timeline.importer.read;

import java.util.List;
import java.util.function.Supplier;
import news.timeline.core.milestone.Milestone;

/** One field of one record is wrong: the readers of our own exports report it with the record's place. */
final class BadField extends Exception {

    final String field;

    BadField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The value {@code read} makes, or the core's {@link IllegalArgumentException} as a problem of {@code field}. */
    static <T> T guard(String field, Supplier<T> read) throws BadField {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new BadField(field, e.getMessage());
        }
    }

    /** An importance: 1 (shown at every zoom) to 3 (shown only zoomed in). */
    static int importance(String field, String text) throws BadField {
        try {
            int importance = Integer.parseInt(text.strip());
            if (importance >= 1 && importance <= 3) {
                return importance;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadField(field, "'" + text + "' is not an importance: use 1 (shown at every zoom), 2 or 3 (zoomed in)");
    }

    /** Reads one record into a milestone. */
    interface Reading {
        Milestone read() throws BadField;
    }

    /**
     * Adds the milestone one record reads into, unless it is bad or an earlier record had its slug: then
     * the record is a problem at {@code location}, and the reading goes on.
     */
    static void collect(List<Milestone> milestones, Reading record, String file, String location, String slugField,
                        List<ReadProblem> problems) {
        try {
            Milestone milestone = record.read();
            if (milestones.stream().anyMatch(m -> m.slug().equals(milestone.slug()))) {
                problems.add(ReadProblem.error(file, location, slugField, "a second record for the milestone '"
                        + milestone.slug() + "'"));
            } else {
                milestones.add(milestone);
            }
        } catch (BadField e) {
            problems.add(ReadProblem.error(file, location, e.field, e.getMessage()));
        }
    }
}
