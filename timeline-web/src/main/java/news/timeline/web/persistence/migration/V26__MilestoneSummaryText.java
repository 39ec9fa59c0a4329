package news.timeline.web.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import news.timeline.web.persistence.DomainMapping;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the words of each milestone's summary without its markup ({@code summary_text}), which the reader's
 * search reads instead of the HTML, and fills it for the milestones stored so far by the same code that
 * writes it on every save ({@link DomainMapping#summaryText}),
 * which no SQL of both databases could repeat: character references read, tags dropped.
 */
public class V26__MilestoneSummaryText extends ColumnFill {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement alter = context.getConnection().createStatement()) {
            alter.execute("alter table milestone add column summary_text varchar(4000)");
        }
        fill(context.getConnection());
    }

    /** Writes the words of every stored summary whose words are not written yet. */
    public static void fill(Connection connection) throws SQLException {
        ColumnFill.fill(connection, "select id, summary from milestone where summary is not null and summary_text is null",
                "update milestone set summary_text = ? where id = ?", DomainMapping::summaryText);
    }
}
