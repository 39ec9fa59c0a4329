package news.timeline.web.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.flywaydb.core.api.migration.BaseJavaMigration;

/** A migration that fills a column of the rows it finds from another of their columns, by Java code, in batches. */
abstract class ColumnFill extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    /**
     * For each row of {@code select} (its id, then the value to read), runs {@code update} with the computed
     * value and the id.
     */
    static void fill(Connection connection, String select, String update, Function<String, String> value) throws SQLException {
        try (Statement rows = connection.createStatement(); PreparedStatement write = connection.prepareStatement(update)) {
            rows.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet found = rows.executeQuery(select)) {
                while (found.next()) {
                    write.setString(1, value.apply(found.getString(2)));
                    write.setLong(2, found.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
