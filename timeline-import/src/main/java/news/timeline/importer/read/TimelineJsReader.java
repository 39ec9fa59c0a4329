package news.timeline.importer.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads TimelineJS timelines: the TimelineJS3 JSON format and the TimelineJS Google Sheets template saved
 * as CSV. Both become one {@link TimelineJsDocument}; a bad event, era or row is a problem naming it and
 * its field, and the rest is imported. See {@link SlideExtras} for where what the core cannot hold goes.
 */
public final class TimelineJsReader {

    /** The columns of the TimelineJS spreadsheet template, in its order. */
    public static final List<String> CSV_COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2})(\\.\\d+)?)?\\s*(?i:([ap])\\.?m\\.?)?");

    private final ObjectMapper json = new ObjectMapper();

    // ------------------------------------------------------------------------------------------ JSON

    /** Reads a TimelineJS3 JSON file ({@code title}, {@code events}, {@code eras}, {@code scale}). */
    public ReadResult<TimelineJsDocument> readJson(String file, String content) throws UnreadableFileException {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadableFileException(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new UnreadableFileException(file, "not a TimelineJS timeline: expected a JSON object with an "
                    + "'events' array (and optionally 'title', 'eras' and 'scale')");
        }
        List<ReadProblem> problems = new ArrayList<>();
        Slide title = root.path("title").isObject() ? jsonSlide(root.path("title"), "title slide") : null;
        List<Slide> events = new ArrayList<>();
        int index = 0;
        for (JsonNode event : root.path("events")) {
            index++;
            if (event.isObject()) {
                events.add(jsonSlide(event, "event " + index));
            } else {
                problems.add(ReadProblem.error(file, "event " + index, null, "an event must be a JSON object"));
            }
        }
        List<Slide> eras = new ArrayList<>();
        index = 0;
        for (JsonNode era : root.path("eras")) {
            index++;
            if (era.isObject()) {
                eras.add(jsonSlide(era, "era " + index));
            } else {
                problems.add(ReadProblem.error(file, "era " + index, null, "an era must be a JSON object"));
            }
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("title", "events", "eras", "scale").contains(name)) {
                problems.add(ReadProblem.warning(file, null, name, "unknown top-level field, not imported"));
            }
        }
        String scale = root.path("scale").isValueNode() ? Article.blankToNull(root.path("scale").asText()) : null;
        TimelineJsDocument document = new TimelineJsMapper(file, problems).map(title, events, eras, scale);
        return new ReadResult<>(List.of(document), problems);
    }

    private static Slide jsonSlide(JsonNode slide, String location) {
        Set<String> used = new HashSet<>();
        Slide.DateFields start = jsonDate(slide, "start_date", used);
        Slide.DateFields end = jsonDate(slide, "end_date", used);
        Slide.Media media = new Slide.Media(take(slide, "media.url", used), take(slide, "media.credit", used),
                take(slide, "media.caption", used), take(slide, "media.thumbnail", used));
        String background = take(slide, "background.url", used);
        if (background == null) {
            background = take(slide, "background.color", used);
        }
        String headline = take(slide, "text.headline", used);
        String text = take(slide, "text.text", used);
        String group = take(slide, "group", used);
        String displayDate = take(slide, "display_date", used);
        String uniqueId = take(slide, "unique_id", used);
        // Whatever was not taken above is kept by its path, so nothing in the file is lost.
        Map<String, String> other = new LinkedHashMap<>();
        leaves(slide, "", other);
        used.forEach(other::remove);
        return new Slide(location, start, end, headline, text, media, null, group, background, displayDate,
                uniqueId, other, false);
    }

    private static Slide.DateFields jsonDate(JsonNode slide, String name, Set<String> used) {
        String p = name + ".";
        return new Slide.DateFields(
                new Slide.Field(p + "year", take(slide, p + "year", used)),
                new Slide.Field(p + "month", take(slide, p + "month", used)),
                new Slide.Field(p + "day", take(slide, p + "day", used)),
                new Slide.Field(p + "hour", take(slide, p + "hour", used)),
                new Slide.Field(p + "minute", take(slide, p + "minute", used)),
                new Slide.Field(p + "second", take(slide, p + "second", used)),
                // Milliseconds are not taken: the core keeps time to the second, so they stay in the extras.
                new Slide.Field(p + "millisecond", null));
    }

    /** The text at a dotted path, marked as used; null if absent, empty or not a plain value. */
    private static String take(JsonNode slide, String path, Set<String> used) {
        JsonNode node = slide;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        if (!node.isValueNode() || node.isNull()) {
            return null;
        }
        used.add(path);
        return Article.blankToNull(node.asText());
    }

    private static void leaves(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> leaves(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", out);
            }
        } else if (!node.isNull() && !node.asText().isBlank()) {
            out.put(path, node.asText());
        }
    }

    // ------------------------------------------------------------------------------------------- CSV

    /**
     * Reads the TimelineJS spreadsheet template saved as CSV. Rows are numbered as the spreadsheet numbers
     * them: the header is row 1. Type {@code title} marks the title slide, {@code era} an era; any other
     * row is an event. Columns beyond the template's are kept in the extras by their header.
     */
    public ReadResult<TimelineJsDocument> readCsv(String file, String content) throws UnreadableFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        List<ReadProblem> problems = new ArrayList<>();
        Slide title = null;
        List<Slide> events = new ArrayList<>();
        List<Slide> eras = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableFileException(file, "the file is empty. " + expectedColumns());
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = header(file, header);
            int row = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(ReadProblem.error(file, "row " + (row + 1), null, "the CSV is broken here ("
                            + rootMessage(e) + "): this row and the rest of the file were not read"));
                    break;
                }
                row = (int) record.getRecordNumber();
                String location = "row " + row;
                if (record.size() > header.size()) {
                    problems.add(ReadProblem.error(file, location, null, "the row has " + record.size()
                            + " cells but the header has " + header.size()
                            + " columns: is a comma in a cell missing its quotes?"));
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                try {
                    Slide slide = csvSlide(record, columns, location);
                    String type = slide.type() == null ? "" : slide.type().toLowerCase(Locale.ROOT);
                    if (type.equals("title") && title == null) {
                        title = slide;
                    } else if (type.equals("era")) {
                        eras.add(slide);
                    } else {
                        if (type.equals("title")) {
                            problems.add(ReadProblem.warning(file, location, "Type",
                                    "a second title row: imported as an event"));
                        }
                        events.add(slide);
                    }
                } catch (Slide.Invalid e) {
                    problems.add(ReadProblem.error(file, location, "column " + e.field, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(file, "the CSV cannot be read: " + rootMessage(e), e);
        }
        TimelineJsDocument document = new TimelineJsMapper(file, problems).map(title, events, eras, null);
        return new ReadResult<>(List.of(document), problemsWithColumns(problems));
    }

    /** The mapper names fields by column name; in a CSV they read better as "column Month". */
    private static List<ReadProblem> problemsWithColumns(List<ReadProblem> problems) {
        return problems.stream().map(p -> p.field() == null || p.field().startsWith("column ")
                        || p.location() == null || !p.location().startsWith("row ") ? p
                : new ReadProblem(p.file(), p.location(), "column " + p.field(), p.level(), p.message()))
                // Rows are checked in two passes (cells, then dates); an editor fixes them top to bottom.
                .sorted(java.util.Comparator.comparingInt(TimelineJsReader::rowOf))
                .toList();
    }

    private static int rowOf(ReadProblem problem) {
        String location = problem.location();
        return location != null && location.matches("row \\d+") ? Integer.parseInt(location.substring(4)) : 0;
    }

    private static Map<String, Integer> header(String file, CSVRecord header) throws UnreadableFileException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> byLowerCase = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = Prose.collapse(header.get(i).replace("\uFEFF", ""));
            if (name.isEmpty()) {
                continue;
            }
            String canonical = CSV_COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(name);
            if (byLowerCase.put(canonical.toLowerCase(Locale.ROOT), canonical) != null) {
                duplicates.add(canonical);
            }
            columns.put(canonical, i);
        }
        List<String> missing = CSV_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty() || !duplicates.isEmpty()) {
            String what;
            if (missing.size() == CSV_COLUMNS.size()) {
                what = "its header is " + String.join(", ", header.toList());
            } else if (!missing.isEmpty()) {
                what = "missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
            } else {
                what = "the column " + String.join(", ", duplicates) + " appears twice";
            }
            throw new UnreadableFileException(file, "not the TimelineJS spreadsheet template: " + what + ". "
                    + expectedColumns());
        }
        return columns;
    }

    private static String expectedColumns() {
        return "Expected a header row with the columns " + String.join(", ", CSV_COLUMNS);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Slide csvSlide(CSVRecord record, Map<String, Integer> columns, String location)
            throws Slide.Invalid {
        Map<String, String> other = new LinkedHashMap<>();
        columns.forEach((name, index) -> {
            if (!CSV_COLUMNS.contains(name) && index < record.size() && !record.get(index).isBlank()) {
                other.put(name, record.get(index));
            }
        });
        Slide.DateFields start = csvDate(record, columns, "Year", "Month", "Day", "Time", other);
        Slide.DateFields end = csvDate(record, columns, "End Year", "End Month", "End Day", "End Time", other);
        Slide.Media media = new Slide.Media(cell(record, columns, "Media"), cell(record, columns, "Media Credit"),
                cell(record, columns, "Media Caption"), cell(record, columns, "Media Thumbnail"));
        return new Slide(location, start, end, cell(record, columns, "Headline"), cell(record, columns, "Text"),
                media, cell(record, columns, "Type"), cell(record, columns, "Group"),
                cell(record, columns, "Background"), cell(record, columns, "Display Date"), null, other, true);
    }

    private static Slide.DateFields csvDate(CSVRecord record, Map<String, Integer> columns, String year,
                                            String month, String day, String time, Map<String, String> other)
            throws Slide.Invalid {
        String hour = null;
        String minute = null;
        String second = null;
        String given = cell(record, columns, time);
        if (given != null) {
            Matcher m = TIME.matcher(given);
            if (!m.matches()) {
                throw new Slide.Invalid(time, "'" + given + "' is not a time of day: expected 13:45, 13:45:30 or 1:45 PM");
            }
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 23 || min > 59 || sec > 59) {
                throw new Slide.Invalid(time, "'" + given + "' is not a time of day: expected 00:00 to 23:59");
            }
            if (m.group(5) != null) {
                if (h < 1 || h > 12) {
                    throw new Slide.Invalid(time, "'" + given + "' is not a time of day: with AM or PM the hour "
                            + "is 1 to 12");
                }
                h = h % 12 + (m.group(5).equalsIgnoreCase("p") ? 12 : 0);
            }
            hour = Integer.toString(h);
            minute = m.group(2);
            second = m.group(3);
            if (m.group(4) != null) {
                // The core keeps time to the second: the exact time as written stays in the extras.
                other.put(time, given);
            }
        }
        return new Slide.DateFields(new Slide.Field(year, cell(record, columns, year)),
                new Slide.Field(month, cell(record, columns, month)), new Slide.Field(day, cell(record, columns, day)),
                new Slide.Field(time, hour), new Slide.Field(time, minute), new Slide.Field(time, second),
                new Slide.Field(time, null));
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        // Exporters drop trailing empty cells, so a short row is read as if they were there.
        return index < record.size() ? Article.blankToNull(SpreadsheetCells.unguard(record.get(index))) : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
