package news.timeline.web.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import news.timeline.web.archive.ArchiveTables.IdSpace;
import news.timeline.web.archive.ArchiveTables.Table;

/**
 * Reads an archive and checks all of it before anything is written: the manifest's format and version,
 * that every file it lists is there with as many records as it says, and every record's columns, values
 * and references. Every problem is collected, each with its file and line.
 */
final class ArchiveReader {

    /** The most an archive may unpack to, so that a zip bomb cannot exhaust memory. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    /** Problems listed before the reader stops looking: enough to see a pattern. */
    static final int MAX_PROBLEMS = 100;
    /** A site archive has a manifest and one file per table, some thirty in all. */
    static final int MAX_ENTRIES = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record, with the line it was on and its values by column. */
    record Row(long line, Map<String, Object> values) {
    }

    /** A checked archive: each table's rows in file order. */
    record Contents(Map<Table, List<Row>> rows) {
    }

    private final List<ArchiveProblem> problems = new ArrayList<>();

    private ArchiveReader() {
    }

    /** @throws ArchiveRejected with every problem found, if there is any */
    static Contents read(InputStream archive, Connection connection) throws SQLException {
        return new ArchiveReader().readAll(archive, connection);
    }

    private Contents readAll(InputStream archive, Connection connection) throws SQLException {
        Map<String, byte[]> files = unzip(archive);
        byte[] manifestBytes = files.remove(ArchiveWriter.MANIFEST);
        if (manifestBytes == null) {
            throw new ArchiveRejected(new ArchiveProblem(ArchiveWriter.MANIFEST, 0,
                    "missing: this is not a site archive (it has no " + ArchiveWriter.MANIFEST + ")"));
        }
        Map<String, Long> listed = manifest(manifestBytes);
        for (String name : files.keySet()) {
            if (!listed.containsKey(name)) {
                problems.add(new ArchiveProblem(name, 0, "the manifest does not list this file"));
            }
        }
        Map<Table, List<Row>> rows = new LinkedHashMap<>();
        for (Table table : ArchiveTables.TABLES) {
            Long records = listed.get(table.file());
            byte[] content = files.get(table.file());
            if (records == null) {
                rows.put(table, List.of());
                continue;
            }
            if (content == null) {
                problems.add(new ArchiveProblem(table.file(), 0, "missing, though the manifest lists it"));
                continue;
            }
            List<Row> read = rows(table, new String(content, StandardCharsets.UTF_8), Columns.of(connection, table.name()));
            if (read.size() != records) {
                problems.add(new ArchiveProblem(table.file(), 0, "has " + read.size() + " records, the manifest says "
                        + records + ": the archive is incomplete"));
            }
            rows.put(table, read);
        }
        checkReferences(rows);
        if (!problems.isEmpty()) {
            throw new ArchiveRejected(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Contents(rows);
    }

    private static Map<String, byte[]> unzip(InputStream archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new ArchiveRejected(new ArchiveProblem(entry.getName(), 0, "the archive has more than "
                            + MAX_ENTRIES + " files; a site archive has one per table"));
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new ArchiveRejected(new ArchiveProblem(entry.getName(), 0, "the archive unpacks to more than "
                                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB"));
                    }
                    content.write(buffer, 0, n);
                }
                if (files.put(entry.getName(), content.toByteArray()) != null) {
                    throw new ArchiveRejected(new ArchiveProblem(entry.getName(), 0, "is in the archive twice"));
                }
            }
        } catch (ZipException e) {
            throw new ArchiveRejected(new ArchiveProblem("archive", 0, "not a readable zip file (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new ArchiveRejected(new ArchiveProblem("archive", 0, "could not be read (" + e.getMessage() + ")"));
        }
        if (files.isEmpty()) {
            throw new ArchiveRejected(new ArchiveProblem("archive", 0, "not a zip file, or an empty one"));
        }
        return files;
    }

    /** The files the manifest lists, with their record counts; rejects a foreign format or another version. */
    private Map<String, Long> manifest(byte[] content) {
        String file = ArchiveWriter.MANIFEST;
        JsonNode manifest;
        try {
            manifest = JSON.readTree(content);
        } catch (IOException e) {
            throw new ArchiveRejected(new ArchiveProblem(file, 0, "not JSON (" + firstLine(e) + ")"));
        }
        if (manifest == null || !manifest.isObject()) {
            throw new ArchiveRejected(new ArchiveProblem(file, 0, "not a JSON object"));
        }
        if (!ArchiveWriter.FORMAT.equals(manifest.path("format").asText(null))) {
            throw new ArchiveRejected(new ArchiveProblem(file, 0, "format is '" + manifest.path("format").asText("")
                    + "', not '" + ArchiveWriter.FORMAT + "': this is not a site archive"));
        }
        JsonNode version = manifest.path("version");
        if (!version.isInt() || version.intValue() != ArchiveWriter.VERSION) {
            throw new ArchiveRejected(new ArchiveProblem(file, 0, "the archive is version " + version
                    + "; this site reads version " + ArchiveWriter.VERSION + " only"));
        }
        Map<String, Long> listed = new LinkedHashMap<>();
        for (JsonNode entry : manifest.path("files")) {
            String name = entry.path("file").asText("");
            if (ArchiveTables.TABLES.stream().noneMatch(t -> t.file().equals(name))) {
                problems.add(new ArchiveProblem(file, 0, "lists '" + name + "', which this site does not know"));
            } else if (!entry.path("records").canConvertToLong() || !entry.path("records").isIntegralNumber()) {
                problems.add(new ArchiveProblem(file, 0, "gives no record count for '" + name + "'"));
            } else {
                listed.put(name, entry.path("records").longValue());
            }
        }
        if (listed.isEmpty()) {
            throw new ArchiveRejected(new ArchiveProblem(file, 0, "lists no files"));
        }
        return listed;
    }

    private List<Row> rows(Table table, String content, Map<String, Columns.Column> columns) {
        columns.keySet().removeAll(table.leftOut());
        List<Row> rows = new ArrayList<>();
        Set<Long> keys = new HashSet<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            long number = i + 1L;
            if (line.isEmpty()) {
                continue;
            }
            Row row = row(table, columns, line, number);
            if (row == null) {
                continue;
            }
            if (table.key() != null && row.values().get(table.key()) != null
                    && !keys.add((Long) row.values().get(table.key()))) {
                add(table.file(), number, table.key() + " " + row.values().get(table.key()) + " is used by an earlier record");
            }
            rows.add(row);
        }
        return rows;
    }

    private Row row(Table table, Map<String, Columns.Column> columns, String line, long number) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            add(table.file(), number, "not a JSON record (" + firstLine(e) + ")");
            return null;
        }
        if (record == null || !record.isObject()) {
            add(table.file(), number, "not a JSON object");
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!columns.containsKey(name)) {
                add(table.file(), number, "unknown column '" + name + "'");
                ok = false;
            }
        }
        for (Columns.Column column : columns.values()) {
            JsonNode node = record.get(column.name());
            if (node == null && (column.nullable() || column.hasDefault())) {
                continue;
            }
            try {
                Object value = column.read(node);
                Consumer<String> check = ArchiveTables.CHECKS.get(table.name() + "." + column.name());
                if (check != null && value != null) {
                    check.accept((String) value);
                }
                var clean = ArchiveTables.CLEANED.get(table.name() + "." + column.name());
                if (clean != null && value != null) {
                    value = clean.apply((String) value);
                }
                values.put(column.name(), value);
            } catch (Columns.BadValue e) {
                add(table.file(), number, column.name() + " " + e.getMessage());
                ok = false;
            } catch (IllegalArgumentException e) {
                add(table.file(), number, column.name() + " '" + node.asText() + "' is not valid here"
                        + (e.getMessage() == null || e.getMessage().startsWith("No enum") ? "" : ": " + e.getMessage()));
                ok = false;
            }
        }
        return ok ? new Row(number, values) : null;
    }

    /** Records must point at records the archive holds; history may name what has since been purged. */
    private void checkReferences(Map<Table, List<Row>> rows) {
        Map<IdSpace, Set<Long>> present = new EnumMap<>(IdSpace.class);
        rows.forEach((table, list) -> {
            if (table.keySpace() != null) {
                Set<Long> keys = present.computeIfAbsent(table.keySpace(), s -> new HashSet<>());
                list.forEach(row -> keys.add((Long) row.values().get(table.key())));
            }
        });
        rows.forEach((table, list) -> {
            for (Map.Entry<String, IdSpace> reference : table.references().entrySet()) {
                boolean required = !table.history() || reference.getValue() == IdSpace.REVISION;
                if (reference.getKey().equals(table.key()) || !required) {
                    continue;
                }
                Set<Long> keys = present.getOrDefault(reference.getValue(), Set.of());
                for (Row row : list) {
                    Object id = row.values().get(reference.getKey());
                    if (id != null && !keys.contains(id)) {
                        add(table.file(), row.line(), reference.getKey() + " " + id + " names no record in the archive");
                    }
                }
            }
        });
    }

    private void add(String file, long line, String message) {
        if (problems.size() <= MAX_PROBLEMS) {
            problems.add(new ArchiveProblem(file, line, message));
        }
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
