package news.timeline.web.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Empties the site as a fresh installation without the demo would be, keeping the accounts: an archive imports only into that. */
public final class EmptySite {

    private EmptySite() {
    }

    public static void wipe(DataSource dataSource) throws SQLException {
        List<ArchiveTables.Table> tables = new ArrayList<>(ArchiveTables.TABLES);
        Collections.reverse(tables);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (ArchiveTables.Table table : tables) {
                if (!table.name().equals(ArchiveTables.ACCOUNTS)) {
                    statement.executeUpdate("delete from " + table.name());
                }
            }
        }
    }
}
