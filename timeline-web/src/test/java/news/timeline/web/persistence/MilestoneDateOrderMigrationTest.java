package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.Timeline;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** V13 gives milestones stored before the date-order key the key a save gives them. */
@QuarkusTest
class MilestoneDateOrderMigrationTest {

    private static final String SLUG = "stored-before-the-key";

    @Inject
    TimelineStore store;

    @Inject
    DataSource dataSource;

    @Test
    void everyDatedMilestoneGetsTheKeyASaveWouldGiveIt() throws Exception {
        List<Milestone> milestones = new ArrayList<>();
        for (String date : DomainMappingTest.TRICKY_DATES) {
            milestones.add(Milestone.builder("On " + date).slug("on-" + milestones.size()).date(HistoricalDate.parse(date)).build());
        }
        milestones.add(Milestone.builder("Undated").slug("undated").status(MilestoneStatus.PLANNED).build());
        long id = store.save(new Timeline(SLUG, "Stored before the key", null, List.of(), milestones));
        Map<String, String> saved = keys(id);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("update milestone set date_order = null where timeline_id = ?")) {
            forget.setLong(1, id);
            forget.executeUpdate();
            assertThat(keys(id).values()).containsOnlyNulls();
            new V13__MilestoneDateOrder().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(keys(id)).isEqualTo(saved).hasSize(milestones.size()).containsEntry("undated", null);
        assertThat(saved.get("on-0")).isEqualTo(DomainMapping.dateOrder(HistoricalDate.parse(DomainMappingTest.TRICKY_DATES.get(0))));
    }

    private Map<String, String> keys(long timelineId) throws Exception {
        Map<String, String> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select slug, date_order from milestone where timeline_id = ?")) {
            select.setLong(1, timelineId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return keys;
    }
}
