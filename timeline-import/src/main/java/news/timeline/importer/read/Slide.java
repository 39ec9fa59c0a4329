package news.timeline.importer.read;

import java.util.Map;

/**
 * One TimelineJS slide as written, before mapping: the common ground of the JSON and CSV forms. Values
 * are raw strings, {@code null} when absent; {@code other} collects fields with no place here.
 */
record Slide(
        String location,
        DateFields start,
        DateFields end,
        String headline,
        String text,
        Media media,
        String type,
        String group,
        String background,
        String displayDate,
        String uniqueId,
        Map<String, String> other,
        boolean fromCsv) {

    private static final Map<String, String> CSV_NAMES = Map.of("text.headline", "Headline", "text.text", "Text",
            "media.url", "Media", "media.credit", "Media Credit", "media.caption", "Media Caption",
            "media.thumbnail", "Media Thumbnail");

    /** The name a problem or an extra should use for a field given by its JSON path: the CSV column if read from CSV. */
    String fieldName(String jsonPath) {
        return fromCsv ? CSV_NAMES.getOrDefault(jsonPath, jsonPath) : jsonPath;
    }

    /** The parts of a TimelineJS date, each with the name of the field or column it came from. */
    record DateFields(Field year, Field month, Field day, Field hour, Field minute, Field second,
                      Field millisecond) {

        boolean isEmpty() {
            return year.value() == null && month.value() == null && day.value() == null && hour.value() == null;
        }
    }

    /** A raw value and where it came from ({@code start_date.month}, {@code End Month}). */
    record Field(String name, String value) {
        Field {
            value = value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The media fields as written. */
    record Media(String url, String credit, String caption, String thumbnail) {
    }

    /** A slide that cannot be imported, with the field to blame. */
    static final class Invalid extends Exception {
        final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
