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

/** V22 gives milestones stored before the date-order key the key a save gives them. */
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
            new news.timeline.web.persistence.migration.V22__MilestoneDateOrder().migrate(new Context() {
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

    /** The Java migrations run: V13 once sat where Flyway did not look, and no database ever ran it. */
    @Test
    void flywayRunsTheJavaMigrations() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select \"version\", \"type\", \"success\" from \"flyway_schema_history\" where \"version\" in ('22', '23') order by \"installed_rank\"");
             ResultSet rows = select.executeQuery()) {
            List<String> ran = new ArrayList<>();
            while (rows.next()) {
                ran.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
            }
            assertThat(ran).containsExactly("22 JDBC true", "23 JDBC true");
        }
    }

    /** The reader's order key is the database's own: a row written by plain SQL, as a script or an archive writes it, has it. */
    @Test
    void theOrderKeyIsComputedForRowsWrittenByPlainSql() throws Exception {
        long id = store.save(new Timeline(SLUG + "-sql", "Written by SQL", null, List.of(),
                List.of(Milestone.builder("Dated").slug("dated").date(HistoricalDate.ofDay(1941, 12, 7)).importance(3).build(),
                        Milestone.builder("Undated").slug("undated").status(MilestoneStatus.PLANNED).importance(1).build())));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update milestone set importance = 2 where timeline_id = ?");
             PreparedStatement select = connection.prepareStatement(
                     "select slug, order_key, start_day, date_order from milestone where timeline_id = ? order by order_key")) {
            update.setLong(1, id);
            update.executeUpdate();
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("dated");
                assertThat(rows.getString(2)).isEqualTo("0" + "%08d".formatted(rows.getLong(3) + 10_000_000)
                        + (rows.getString(4) + "0".repeat(26)).substring(0, 26) + "2");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("undated");
                assertThat(rows.getString(2)).isEqualTo("12");
            }
        }
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
