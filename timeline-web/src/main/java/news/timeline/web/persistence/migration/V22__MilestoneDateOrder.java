package news.timeline.web.persistence.migration;

import news.timeline.core.date.HistoricalDate;
import news.timeline.web.persistence.DomainMapping;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills in the reader's date order ({@link DomainMapping#dateOrder}) of the milestones stored before the
 * column existed (V12). It is computed from the stored date by the same code that writes it on every save,
 * which no SQL of both databases could repeat. Until this version it was {@code V13} in the package of the
 * entities, where Flyway never looked: no database ran it, and milestones stored before V12 kept no date order.
 */
public class V22__MilestoneDateOrder extends ColumnFill {

    @Override
    public void migrate(Context context) throws Exception {
        ColumnFill.fill(context.getConnection(),
                "select id, date_value from milestone where date_value is not null and date_order is null",
                "update milestone set date_order = ? where id = ?", value -> DomainMapping.dateOrder(HistoricalDate.parse(value)));
    }
}
