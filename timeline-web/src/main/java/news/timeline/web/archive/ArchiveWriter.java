package news.timeline.web.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import news.timeline.web.archive.ArchiveTables.IdSpace;
import news.timeline.web.archive.ArchiveTables.Table;

/**
 * Writes the whole site as a zip: one JSON Lines file per table, one row a line, streamed as it is read,
 * and last {@code manifest.json} with the format, its version and each file's record count. Ids are renumbered 1, 2, 3… per kind in the order of the old ids, so two sites with the same
 * content and history write the same files whatever ids their databases gave out.
 */
final class ArchiveWriter {

    static final String FORMAT = "newsroom-timelines-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory LINES = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ArchiveWriter() {
    }

    /** Writes the site that {@code connection} sees to {@code out}, which is finished but not closed. */
    static void write(Connection connection, OutputStream out, Instant exportedAt, String site) throws SQLException, IOException {
        Map<IdSpace, Map<Long, Long>> ids = renumbering(connection);
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Listed> listed = new ArrayList<>();
        for (Table table : ArchiveTables.TABLES) {
            open(zip, table.file(), exportedAt);
            listed.add(new Listed(table.file(), table.name(), writeRows(connection, table, ids, zip)));
            zip.closeEntry();
        }
        open(zip, MANIFEST, exportedAt);
        zip.write(JSON.writeValueAsBytes(new Manifest(FORMAT, VERSION, exportedAt.toString(), site, listed)));
        zip.closeEntry();
        zip.finish();
    }

    /** One file as the manifest lists it. */
    record Listed(String file, String table, long records) {
    }

    /** The manifest: the format and its version, when and from which site, and each file's record count. */
    record Manifest(String format, int version, String exportedAt, String site, List<Listed> files) {
    }

    /** Starts the next file, dated when the archive was written. */
    private static void open(ZipOutputStream zip, String name, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(at));
        zip.putNextEntry(entry);
    }

    private static long writeRows(Connection connection, Table table, Map<IdSpace, Map<Long, Long>> ids,
                                  OutputStream out) throws SQLException, IOException {
        List<Columns.Column> columns = Columns.of(connection, table.name()).values().stream()
                .filter(c -> !table.leftOut().contains(c.name())).toList();
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from " + table.name() + " order by "
                     + String.join(", ", table.orderBy()))) {
            while (rows.next()) {
                JsonGenerator json = LINES.createGenerator(out, JsonEncoding.UTF8);
                json.writeStartObject();
                for (Columns.Column column : columns) {
                    IdSpace space = table.references().get(column.name());
                    Long mapped = null;
                    if (space != null) {
                        long old = rows.getLong(column.name());
                        mapped = rows.wasNull() ? null : ids.get(space).get(old);
                    }
                    column.write(rows, json, mapped);
                }
                json.writeEndObject();
                json.close();
                out.write('\n');
                count++;
            }
        }
        return count;
    }

    /** For each kind of id, every id any table holds, numbered from 1 in their order. */
    private static Map<IdSpace, Map<Long, Long>> renumbering(Connection connection) throws SQLException {
        Map<IdSpace, TreeSet<Long>> seen = new EnumMap<>(IdSpace.class);
        for (IdSpace space : IdSpace.values()) {
            seen.put(space, new TreeSet<>());
        }
        for (Table table : ArchiveTables.TABLES) {
            for (Map.Entry<String, IdSpace> reference : table.references().entrySet()) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select distinct " + reference.getKey() + " from "
                             + table.name() + " where " + reference.getKey() + " is not null")) {
                    while (rows.next()) {
                        seen.get(reference.getValue()).add(rows.getLong(1));
                    }
                }
            }
        }
        Map<IdSpace, Map<Long, Long>> ids = new EnumMap<>(IdSpace.class);
        seen.forEach((space, values) -> {
            Map<Long, Long> numbers = new HashMap<>();
            long next = 1;
            for (long value : values) {
                numbers.put(value, next++);
            }
            ids.put(space, numbers);
        });
        return ids;
    }
}
