package news.timeline.importer.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One gold document of a MEANTIME-style time-expression corpus: its text, publication date and the
 * annotated time expressions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(String id, String dct, String text, List<GoldTimex> timex) {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** A gold time expression; {@code function} is {@code CREATION_TIME} for the dateline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldTimex(int begin, int end, String text, String type, String value, String function) {

        public boolean isCreationTime() {
            return "CREATION_TIME".equals(function);
        }
    }

    /**
     * The publication date, or {@code null} when the document has none. ISO dates are read, and also
     * day-first dates ({@code 03-02-2009}), which the corpus has in a few documents.
     */
    public LocalDate publicationDate() {
        if (dct == null || dct.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dct.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(dct.strip(), DAY_FIRST);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    public List<GoldTimex> timex() {
        return timex == null ? List.of() : timex;
    }
}
