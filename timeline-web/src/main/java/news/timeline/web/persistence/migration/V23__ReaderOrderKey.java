package news.timeline.web.persistence.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The reader's order as one key the database keeps itself ({@code MilestoneEntity.orderKey}), and one index in
 * that order, so a page, a window or the count before a milestone walks the index instead of sorting every
 * milestone of the timeline. H2 did not match {@code start_day nulls last} to an index (it keeps nulls first),
 * and sorted every row, beyond 40,000 on disk.
 *
 * <p>The key is a generated column: the database computes it from the date's first day, the date's order and
 * the importance on every insert and update, whoever writes the row (the application, an archive being
 * restored, a script), and for the rows stored before this migration. A Java migration because H2 and
 * PostgreSQL spell a generated column differently ({@code STORED} is PostgreSQL's only kind and H2 does not
 * accept the word); the expression is the same.
 */
public class V23__ReaderOrderKey extends BaseJavaMigration {

    /**
     * Dated: {@code 0}, the first day as 8 digits (10,000,000 days later, so year -9999 stays positive), the
     * date's order ({@link DomainMapping#dateOrder}, 9 or 26 digits) padded with zeros to 26 — its shorter form
     * differs from the longer at its 9th digit, so the padding keeps its order — and the importance. Undated:
     * {@code 1} and the importance, after every dated key. Digits only, so every collation compares it as Java does.
     */
    public static final String EXPRESSION = "case when start_day is null then '1'"
            + " else '0' || lpad(cast(start_day + 10000000 as varchar(12)), 8, '0') || rpad(coalesce(date_order, ''), 26, '0')"
            + " end || cast(importance as varchar(2))";

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table milestone add column order_key varchar(36) generated always as (" + EXPRESSION + ")"
                    + (postgres ? " stored" : ""));
            // The order's last ties, headline and slug, stay columns: joined into the key, a headline that begins
            // another would compare by its slug against the longer headline's next letters.
            statement.execute("create index milestone_order_key on milestone (timeline_id, order_key, headline, slug)");
            // V12's index followed the old order, which nothing sorts by any more (the editor's list reads one
            // timeline's milestones by its slug); one index less to write on every save.
            statement.execute("drop index milestone_reader_order");
        }
    }
}
