package news.timeline.importer.read;

import java.util.function.Supplier;

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
}
