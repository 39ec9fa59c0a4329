package news.timeline.web.persistence.migration;

import java.sql.Statement;
import java.util.Locale;
import news.timeline.web.persistence.MarkListener;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, every write of a timeline's row (its content marker moved on, its settings or state changed,
 * the row inserted or deleted), by whichever path, the application's or an archive's or a script's, notifies
 * the channel {@value MarkListener#CHANNEL} with the timeline's id. PostgreSQL delivers a notice sent inside a
 * transaction when that transaction commits, and never when it rolls back: each instance's
 * {@link MarkListener} then forgets the marker it kept. H2 serves one instance, which learns of its own
 * changes after each commit; nothing to do there. A Java migration because only one of the two databases has it.
 */
public class V29__TimelineChangeNotices extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            String notify = "perform pg_notify('" + MarkListener.CHANNEL + "', cast(%s.id as text));";
            statement.execute("create function timeline_changed() returns trigger language plpgsql as $$ begin"
                    + " if tg_op = 'DELETE' then " + notify.formatted("old") + " else " + notify.formatted("new") + " end if;"
                    + " return null; end $$");
            statement.execute("create trigger timeline_changed after insert or update or delete on timeline"
                    + " for each row execute function timeline_changed()");
        }
    }
}
