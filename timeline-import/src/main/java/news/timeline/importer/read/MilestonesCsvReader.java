package news.timeline.importer.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads our own milestones spreadsheet ({@code /timelines/{slug}/milestones.csv}) back into milestones:
 * one row per milestone and source, rows of the same milestone one after the other, lists joined with
 * "; ". A bad row is a problem naming its row and column; the other rows are read. Actors and places
 * are names only there, so they come back as people and sites, as the editor's form makes them.
 */
public final class MilestonesCsvReader {

    /** The columns, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of("slug", "date", "precision", "approximate", "status", "kind",
            "headline", "summary", "actors", "places", "tags", "importance", "source_title", "source_outlet",
            "source_url", "source_published", "quote");

    /** What separates the items of a list cell. */
    public static final String LIST_SEPARATOR = "; ";

    /** True if {@code head}, a file's first line, is this spreadsheet's header. */
    static boolean isHeader(String head) {
        return head.replace("\"", "").toLowerCase(Locale.ROOT).startsWith("slug,date,precision");
    }

    public ReadResult<TimelineDocument> read(String file, String content) throws UnreadableFileException {
        List<ReadProblem> problems = new ArrayList<>();
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).get())) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableFileException(file, "the file is empty; expected the columns " + String.join(",", COLUMNS));
            }
            Map<String, Integer> columns = header(file, records.next());
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(ReadProblem.error(file, null, null, "the CSV is broken after the last good row ("
                            + e.getMessage() + "): the rest of the file was not read"));
                    break;
                }
                String location = "row " + record.getRecordNumber();
                if (record.size() > columns.size()) {
                    problems.add(ReadProblem.error(file, location, null, "the row has " + record.size()
                            + " cells but the header has " + columns.size() + " columns: is a comma in a cell missing its quotes?"));
                    continue;
                }
                try {
                    Milestone milestone = milestone(new Row(record, columns));
                    Milestone earlier = milestones.get(milestone.slug());
                    if (earlier == null) {
                        milestones.put(milestone.slug(), milestone);
                    } else if (sameExceptSources(earlier, milestone)) {
                        List<Source> sources = new ArrayList<>(earlier.sources());
                        sources.addAll(milestone.sources());
                        milestones.put(milestone.slug(), earlier.withSources(sources));
                    } else {
                        problems.add(ReadProblem.error(file, location, "column slug", "a second milestone '"
                                + milestone.slug() + "' that differs from the first in more than its source"));
                    }
                } catch (BadField e) {
                    problems.add(ReadProblem.error(file, location, "column " + e.field, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(file, "the CSV cannot be read: " + e.getMessage(), e);
        }
        String title = file.replaceFirst("\\.[^.]*$", "");
        Timeline timeline = new Timeline(null, title.isBlank() ? "Imported milestones" : title, null, List.of(),
                List.copyOf(milestones.values()));
        return new ReadResult<>(List.of(new TimelineDocument(file, timeline)), problems);
    }

    private static Map<String, Integer> header(String file, CSVRecord header) throws UnreadableFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String needed : List.of("headline", "date", "status")) {
            if (!columns.containsKey(needed)) {
                throw new UnreadableFileException(file, "no column '" + needed + "': expected the columns "
                        + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private static Milestone milestone(Row row) throws BadField {
        HistoricalDate date = null;
        if (!row.get("date").isEmpty()) {
            try {
                date = HistoricalDate.parse(row.get("date"));
            } catch (IllegalArgumentException e) {
                throw new BadField("date", e.getMessage());
            }
            String precision = row.get("precision");
            if (!precision.isEmpty() && !precision.equalsIgnoreCase(date.precision().name())) {
                throw new BadField("precision", "'" + precision + "' does not match the date " + date + ", which is a "
                        + date.precision().name().toLowerCase(Locale.ROOT));
            }
            String approximate = row.get("approximate");
            if (!approximate.isEmpty() && Boolean.parseBoolean(approximate) != date.approximate()) {
                throw new BadField("approximate", "'" + approximate + "' does not match the date " + date
                        + " (approximate dates end in ~)");
            }
        }
        Milestone.Builder builder = Milestone.builder(required(row, "headline"))
                .slug(row.get("slug").isEmpty() ? null : row.get("slug")).date(date);
        try {
            if (!row.get("summary").isEmpty()) {
                builder.summary(row.get("summary"));
            }
            builder.status(row.get("status").isEmpty() ? MilestoneStatus.OCCURRED : BadField.guard("status", () ->
                    MilestoneStatus.fromSlug(row.get("status"))));
            builder.kind(row.get("kind").isEmpty() ? MilestoneKind.OTHER : BadField.guard("kind", () ->
                    MilestoneKind.fromSlug(row.get("kind"))));
            builder.actors(BadField.guard("actors", () -> list(row.get("actors")).stream()
                    .map(name -> new Actor(null, name, ActorType.PERSON, List.of())).toList()));
            builder.places(BadField.guard("places", () -> list(row.get("places")).stream()
                    .map(name -> new Place(null, name, PlaceType.SITE, null, List.of())).toList()));
            builder.tags(list(row.get("tags")));
            if (!row.get("importance").isEmpty()) {
                builder.importance(BadField.importance("importance", row.get("importance")));
            }
            builder.sources(source(row));
            return builder.build();
        } catch (BadField e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadField(row.get("slug").isEmpty() ? "headline" : "slug", e.getMessage());
        }
    }

    private static List<Source> source(Row row) throws BadField {
        if (row.get("source_title").isEmpty() && row.get("source_url").isEmpty() && row.get("quote").isEmpty()) {
            return List.of();
        }
        LocalDate published = null;
        if (!row.get("source_published").isEmpty()) {
            try {
                published = LocalDate.parse(row.get("source_published"));
            } catch (DateTimeParseException e) {
                throw new BadField("source_published", "'" + row.get("source_published") + "' is not a date like 2025-02-12");
            }
        }
        LocalDate on = published;
        return List.of(BadField.guard("source_url", () -> Source.of(row.get("source_title"), row.get("source_outlet"),
                row.get("source_url"), on, row.get("quote"))));
    }

    private static String required(Row row, String column) throws BadField {
        if (row.get(column).isEmpty()) {
            throw new BadField(column, "is empty");
        }
        return row.get(column);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(";\\s*")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }



    private static boolean sameExceptSources(Milestone a, Milestone b) {
        return a.withSources(List.of()).equals(b.withSources(List.of()));
    }

    /** A record's cells by column name; a missing column reads as empty. */
    private record Row(CSVRecord record, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : SpreadsheetCells.unguard(record.get(index).strip());
        }
    }

}
