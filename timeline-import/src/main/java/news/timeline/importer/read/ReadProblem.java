package news.timeline.importer.read;

import java.util.Objects;

/**
 * Something wrong with the input, said so that an editor can find and fix it: the file, where in it
 * ({@code "row 5"}, {@code "item 3"}, {@code "event 2"}, or {@code null} for the whole file), the field or
 * column if one is to blame, and what is wrong.
 *
 * <p>An {@link Level#ERROR} means that part was not imported; a {@link Level#WARNING} means it was
 * imported with the change the message describes.
 */
public record ReadProblem(String file, String location, String field, Level level, String message) {

    /** How bad a problem is. */
    public enum Level {
        /** The file, row or item was not imported. */
        ERROR,
        /** Imported, with a change or a gap the message describes. */
        WARNING
    }

    public ReadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    static ReadProblem error(String file, String location, String field, String message) {
        return new ReadProblem(file, location, field, Level.ERROR, message);
    }

    static ReadProblem warning(String file, String location, String field, String message) {
        return new ReadProblem(file, location, field, Level.WARNING, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** One line for a log or a terminal: {@code events.csv, row 5, column Month: error: ...}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (location != null) {
            out.append(", ").append(location);
        }
        if (field != null) {
            out.append(", ").append(field);
        }
        return out.append(": ").append(level.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                .append(message).toString();
    }
}
