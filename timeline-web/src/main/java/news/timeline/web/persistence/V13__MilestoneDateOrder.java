package news.timeline.web.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import news.timeline.core.date.HistoricalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills in the reader's date order ({@link DomainMapping#dateOrder}) of the milestones stored before the
 * column existed (V12). It is computed from the stored date by the same code that writes it on every save,
 * which no SQL of both databases could repeat. Flyway finds this class by its name, as it finds the scripts.
 */
public class V13__MilestoneDateOrder extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement dated = context.getConnection().createStatement();
             PreparedStatement update = context.getConnection().prepareStatement("update milestone set date_order = ? where id = ?")) {
            dated.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = dated.executeQuery("select id, date_value from milestone where date_value is not null")) {
                while (rows.next()) {
                    update.setString(1, DomainMapping.dateOrder(HistoricalDate.parse(rows.getString(2))));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
