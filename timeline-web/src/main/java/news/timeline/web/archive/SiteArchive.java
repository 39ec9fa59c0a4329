package news.timeline.web.archive;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.web.archive.ArchiveTables.IdSpace;
import news.timeline.web.archive.ArchiveTables.Table;
import news.timeline.web.persistence.ContentMarks;
import news.timeline.web.persistence.TimelineCounts;

/**
 * Exports the whole site to an archive and imports one into an empty site, in one transaction: a problem
 * anywhere leaves the site as it was. Rows go in as they are, history included, so Envers reads the
 * imported revisions (their authors and times) as its own.
 *
 * <p>The archive is the one place that uses JDBC (ArchitectureTest): it copies every table whole, with the
 * columns the database declares (Columns), Envers' tables and the join tables too, which no entity maps, so
 * a column a migration adds travels without a change here. Its statements are made of ArchiveTables' names
 * and those columns alone, never of what an archive holds.
 */
@ApplicationScoped
public class SiteArchive {

    /** The tables that make a site non-empty (accounts do not: an administrator must exist to import). */
    static final List<String> CONTENT = List.of("timeline", "actor", "place", "revinfo");

    /** What an import brought in. */
    public record Imported(Map<String, Integer> records, List<String> accountsCreated, List<String> accountsKept) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Writes the site to {@code out} from one consistent snapshot of the database. */
    public void export(OutputStream out, String site) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                ArchiveWriter.write(connection, out, Instant.now(), site);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the site for its archive: " + e.getMessage(), e);
        }
    }

    /**
     * Imports an archive into this site, which must hold no timelines, actors, places or history.
     *
     * @throws ArchiveRejected naming every problem; the site is unchanged
     */
    @Transactional
    public Imported importArchive(InputStream archive) {
        try (Connection connection = dataSource.getConnection()) {
            ArchiveReader.Contents contents = ArchiveReader.read(archive, connection);
            refuseUnlessEmpty(connection);
            Imported imported = write(connection, contents);
            // The rows went in around the entities, which keep the reader's counts on every other write.
            TimelineCounts.recount(connection, null);
            // Their markers too: timelines a reader asked for before the site was emptied come back with new ids.
            ContentMarks.allChangedOnCommit();
            return imported;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot import the archive: " + e.getMessage(), e);
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String table : CONTENT) {
            long count = count(connection, table);
            if (count > 0) {
                found.add(count + " " + (table.equals("revinfo") ? "revision" : table) + (count == 1 ? "" : "s"));
            }
        }
        if (!found.isEmpty()) {
            throw new ArchiveRejected(new ArchiveProblem("site", 0, "this site is not empty (it has "
                    + String.join(", ", found) + "). An archive is imported into an empty site only: start a new "
                    + "site with TIMELINE_DEMO_ENABLED=false and import it there."));
        }
    }

    private static Imported write(Connection connection, ArchiveReader.Contents contents) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        Map<IdSpace, Long> offsets = new EnumMap<>(IdSpace.class);
        Map<IdSpace, Long> highest = new EnumMap<>(IdSpace.class);
        for (IdSpace space : IdSpace.values()) {
            // Past every id the sequence has handed out, including blocks Hibernate holds in memory.
            offsets.put(space, nextValue(connection, space.sequence, postgres));
            highest.put(space, 0L);
        }
        Map<String, Integer> records = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<Table, List<ArchiveReader.Row>> entry : contents.rows().entrySet()) {
            Table table = entry.getKey();
            records.put(table.name(), entry.getValue().size());
            Map<String, PreparedStatement> inserts = new HashMap<>();
            Map<String, Columns.Column> columns = Columns.of(connection, table.name());
            try {
                for (ArchiveReader.Row row : entry.getValue()) {
                    Map<String, Object> values = new LinkedHashMap<>(row.values());
                    if (table.keptBy() != null && exists(connection, table, (String) values.get(table.keptBy()))) {
                        if (table.name().equals(ArchiveTables.ACCOUNTS)) {
                            kept.add((String) values.get("username"));
                        }
                        continue;
                    }
                    if (table.name().equals(ArchiveTables.ACCOUNTS)) {
                        String username = (String) values.get("username");
                        values.put("id", nextValue(connection, IdSpace.ACCOUNT.sequence, postgres));
                        values.put("password_hash", unusablePassword());
                        values.put("version", 0L);
                        values.put("enabled", false);
                        created.add(username);
                    }
                    table.references().forEach((column, space) -> {
                        Object id = values.get(column);
                        if (id != null) {
                            highest.merge(space, (Long) id, Math::max);
                            values.put(column, (Long) id + offsets.get(space));
                        }
                    });
                    insert(connection, table, columns, values, inserts, row.line());
                }
            } finally {
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
            }
        }
        for (IdSpace space : IdSpace.values()) {
            if (space != IdSpace.ACCOUNT) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter sequence " + space.sequence + " restart with "
                            + (offsets.get(space) + highest.get(space) + 100));
                }
            }
        }
        return new Imported(records, created, kept);
    }

    private static void insert(Connection connection, Table table, Map<String, Columns.Column> columns,
                               Map<String, Object> values, Map<String, PreparedStatement> inserts, long line)
            throws SQLException {
        String names = String.join(", ", values.keySet());
        PreparedStatement insert = inserts.get(names);
        if (insert == null) {
            insert = connection.prepareStatement("insert into " + table.name() + " (" + names + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
            inserts.put(names, insert);
        }
        int index = 1;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            columns.get(value.getKey()).bind(insert, index++, value.getValue());
        }
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ArchiveRejected(new ArchiveProblem(table.file(), line, "the database refused this record: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** True if the site already has a row of {@code table} whose {@link Table#keptBy()} column holds {@code value}. */
    private static boolean exists(Connection connection, Table table, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from " + table.name() + " where " + table.keptBy() + " = ?")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** Nobody knows this password: an imported account signs in once an administrator gives it a new one. */
    private static String unusablePassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(secret));
    }

    private static long nextValue(Connection connection, String sequence, boolean postgres) throws SQLException {
        return number(connection, postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence);
    }

    static long count(Connection connection, String table) throws SQLException {
        return number(connection, "select count(*) from " + table);
    }

    /** The one number a query answers. */
    private static long number(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
