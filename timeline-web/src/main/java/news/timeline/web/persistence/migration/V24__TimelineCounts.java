package news.timeline.web.persistence.migration;

import java.sql.Statement;
import news.timeline.web.persistence.TimelineCounts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The counts a reader's page shows — milestones per year, per kind, per actor — kept per timeline
 * ({@link TimelineCounts}), so the page reads a few rows instead of counting every milestone; filled from the
 * milestones already stored. A Java migration because the year of a first day is computed as the application
 * computes it (an ISO year, BCE ones too), which H2 and PostgreSQL do not spell alike.
 */
public class V24__TimelineCounts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create table timeline_count ("
                    + " timeline_id bigint not null references timeline (id) on delete cascade,"
                    + " dimension varchar(8) not null,"
                    + " item varchar(40) not null,"
                    + " n bigint not null,"
                    + " primary key (timeline_id, dimension, item))");
        }
        TimelineCounts.recount(context.getConnection(), null);
    }
}
