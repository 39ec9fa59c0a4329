package news.timeline.web.persistence.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import news.timeline.core.date.HistoricalDate;
import news.timeline.web.persistence.DomainMapping;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills in the reader's date order ({@link DomainMapping#dateOrder}) of the milestones stored before the
 * column existed (V12). It is computed from the stored date by the same code that writes it on every save,
 * which no SQL of both databases could repeat. Until this version it was {@code V13} in the package of the
 * entities, where Flyway never looked: no database ran it, and milestones stored before V12 kept no date order.
 */
public class V22__MilestoneDateOrder extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement dated = context.getConnection().createStatement();
             PreparedStatement update = context.getConnection().prepareStatement("update milestone set date_order = ? where id = ?")) {
            dated.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = dated.executeQuery("select id, date_value from milestone where date_value is not null and date_order is null")) {
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
