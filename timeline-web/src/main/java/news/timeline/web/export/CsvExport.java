package news.timeline.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.MilestonesCsvReader;
import news.timeline.importer.read.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A timeline as a spreadsheet: one row per milestone and source, every field of ours, for newsrooms that
 * work in spreadsheets. Lists are joined with "; ". Text that a spreadsheet would run as a formula is
 * guarded (SpreadsheetCells). {@link MilestonesCsvReader} reads it back.
 */
public final class CsvExport {

    /** The columns, which {@link MilestonesCsvReader} reads back. */
    public static final List<String> COLUMNS = MilestonesCsvReader.COLUMNS;

    private CsvExport() {
    }

    public static String write(Timeline timeline) {
        return csv(COLUMNS, timeline.milestones().stream().flatMap(m -> (m.sources().isEmpty()
                ? java.util.Collections.<Source>singletonList(null) : m.sources()).stream().map(s -> guarded(m.slug(),
                        m.date() == null ? "" : m.date().toString(),
                        m.date() == null ? "" : m.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                        m.date() != null && m.date().approximate(),
                        m.status().slug(), m.kind().slug(), m.headline(),
                        m.summary().text(),
                        m.actors().stream().map(Actor::name).collect(Collectors.joining(MilestonesCsvReader.LIST_SEPARATOR)),
                        m.places().stream().map(Place::name).collect(Collectors.joining(MilestonesCsvReader.LIST_SEPARATOR)),
                        String.join(MilestonesCsvReader.LIST_SEPARATOR, m.tags()), m.importance(),
                        s == null || s.title() == null ? "" : s.title(),
                        s == null || s.outlet() == null ? "" : s.outlet(),
                        s == null || s.url() == null ? "" : s.url(),
                        s == null || s.publishedOn() == null ? "" : s.publishedOn().toString(),
                        s == null || s.quote() == null ? "" : s.quote()))));
    }

    /** A spreadsheet: the {@code columns}, then each row, every line ending in CRLF as RFC 4180 has it. */
    static String csv(List<String> columns, Stream<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(columns);
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> guarded(Object... cells) {
        return java.util.Arrays.stream(cells).map(cell -> cell instanceof String text ? SpreadsheetCells.guard(text) : cell).toList();
    }
}
