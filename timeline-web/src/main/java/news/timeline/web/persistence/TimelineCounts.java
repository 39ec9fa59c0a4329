package news.timeline.web.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many milestones readers see in each timeline, counted ahead: per year and per month of the first day (the
 * undated apart), per kind and per actor, in the table {@code timeline_count} (V24). A reader's unfiltered page reads these few
 * rows instead of counting every milestone of the timeline; a filtered page or a preview still counts.
 *
 * <p>Readers see a milestone that is published and not deleted ({@link MilestoneEntity#VISIBLE}; whether its
 * timeline is a draft is the page's own check, {@code ReaderQueries.head}). Every write of a milestone through the
 * entity moves the counts in its own transaction ({@link MilestoneCounting}); a write that goes around the entity
 * (a restored site archive, a script) calls {@link #recount}.
 *
 * <p>Concurrent writers add to a counter with one atomic statement each, never read-modify-write, and every
 * transaction changes its counters once, just before it commits, in one order ({@link Counter}'s): two
 * transactions may wait for each other's counter, never for each other in a circle.
 */
public final class TimelineCounts {

    /** The named queries that read the counters ({@link MilestoneEntity}'s): one dimension's, the months before one, the actors'. */
    static final String COUNTERS = "TimelineCount.counters";
    static final String MONTHS_BEFORE = "TimelineCount.monthsBefore";
    static final String ACTORS = "TimelineCount.actors";

    static final String YEAR = "year";
    static final String KIND = "kind";
    static final String ACTOR = "actor";
    /** Per month of the first day, numbered {@link #month}: what a deep link sums before its milestone's month. */
    static final String MONTH = "month";
    /** The item of the year dimension that counts the undated milestones. */
    static final String UNDATED = "undated";

    private TimelineCounts() {
    }

    /** One counter: a timeline's count of one item (a year, a kind, an actor's id) of one dimension. */
    record Counter(long timelineId, String dimension, String item) implements Comparable<Counter> {

        @Override
        public int compareTo(Counter o) {
            int c = Long.compare(timelineId, o.timelineId);
            if (c == 0) {
                c = dimension.compareTo(o.dimension);
            }
            return c != 0 ? c : item.compareTo(o.item);
        }
    }

    /** The counters one milestone adds 1 to: none unless readers see it. */
    static Map<Counter, Long> of(Long timelineId, boolean seen, Long startDay, String kind, Collection<Long> actorIds) {
        Map<Counter, Long> counts = new TreeMap<>();
        if (!seen || timelineId == null) {
            return counts;
        }
        counts.put(new Counter(timelineId, YEAR, startDay == null ? UNDATED : Integer.toString(year(startDay))), 1L);
        if (startDay != null) {
            counts.put(new Counter(timelineId, MONTH, Integer.toString(month(startDay))), 1L);
        }
        counts.put(new Counter(timelineId, KIND, kind), 1L);
        // An actor linked twice counts twice, as the facet's join of milestones and links did.
        for (Long actor : actorIds) {
            counts.merge(new Counter(timelineId, ACTOR, Long.toString(actor)), 1L, Long::sum);
        }
        return counts;
    }

    /** The month of an epoch day as one number, 12 × its ISO year + its month − 1: months compare as numbers do. */
    static int month(long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The first day of a month numbered as {@link #month} numbers it. */
    static long firstDay(int month) {
        return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1).toEpochDay();
    }

    /** The ISO year of an epoch day, the year the reader's per-year summary puts it in. */
    static int year(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).getYear();
    }

    /**
     * Adds {@code deltas} to the counters, in their order, creating those not there yet. A counter that falls to 0
     * stays, at 0: deleting it would let two writers race to create it again.
     */
    static void add(Connection connection, Map<Counter, Long> deltas) throws SQLException {
        boolean postgres = postgres(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "update timeline_count set n = n + ? where timeline_id = ? and dimension = ? and item = ?");
             PreparedStatement insert = connection.prepareStatement(postgres
                     ? "insert into timeline_count (timeline_id, dimension, item, n) values (?, ?, ?, ?)"
                     + " on conflict (timeline_id, dimension, item) do update set n = timeline_count.n + excluded.n"
                     : "insert into timeline_count (timeline_id, dimension, item, n) values (?, ?, ?, ?)")) {
            for (Map.Entry<Counter, Long> delta : new TreeMap<>(deltas).entrySet()) {
                if (delta.getValue() != 0) {
                    add(update, insert, postgres, delta.getKey(), delta.getValue());
                }
            }
        }
    }

    private static void add(PreparedStatement update, PreparedStatement insert, boolean postgres, Counter counter, long delta)
            throws SQLException {
        if (postgres) {
            // One statement that inserts or adds, atomic under concurrent writers and instances.
            bind(insert, counter, delta).executeUpdate();
            return;
        }
        // H2 has no "on conflict": add; if there is no counter yet, create it; if another transaction created it
        // meanwhile (a duplicate key, which H2 reports without undoing the transaction), add to theirs.
        for (int attempt = 0; ; attempt++) {
            update.setLong(1, delta);
            update.setLong(2, counter.timelineId());
            update.setString(3, counter.dimension());
            update.setString(4, counter.item());
            if (update.executeUpdate() > 0) {
                return;
            }
            try {
                bind(insert, counter, delta).executeUpdate();
                return;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState()) || attempt > 3) {
                    throw e;
                }
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement insert, Counter counter, long delta) throws SQLException {
        insert.setLong(1, counter.timelineId());
        insert.setString(2, counter.dimension());
        insert.setString(3, counter.item());
        insert.setLong(4, delta);
        return insert;
    }

    static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Counts the milestones of the timeline {@code timelineId} (of every timeline when null) afresh from its rows and
     * replaces its counters: after a write that went around the entity, and to fill the table the first time (V24).
     * Reads every milestone it counts; the counters of a timeline are written once, in their order.
     */
    public static void recount(Connection connection, Long timelineId) throws SQLException {
        String only = timelineId == null ? "" : " and m.timeline_id = " + timelineId;
        Map<Counter, Long> counts = new TreeMap<>();
        String seen = " where m.published = true and m.deleted_at is null" + only;
        try (PreparedStatement days = connection.prepareStatement("select m.timeline_id, m.start_day, count(*) from milestone m"
                + seen + " group by m.timeline_id, m.start_day");
             ResultSet rows = days.executeQuery()) {
            while (rows.next()) {
                long day = rows.getLong(2);
                boolean undated = rows.wasNull();
                String year = undated ? UNDATED : Integer.toString(year(day));
                counts.merge(new Counter(rows.getLong(1), YEAR, year), rows.getLong(3), Long::sum);
                if (!undated) {
                    counts.merge(new Counter(rows.getLong(1), MONTH, Integer.toString(month(day))), rows.getLong(3), Long::sum);
                }
            }
        }
        collect(connection, "select m.timeline_id, m.kind, count(*) from milestone m" + seen + " group by m.timeline_id, m.kind",
                KIND, counts);
        collect(connection, "select m.timeline_id, cast(a.actor_id as varchar(40)), count(*) from milestone m"
                + " join milestone_actor a on a.milestone_id = m.id" + seen + " group by m.timeline_id, a.actor_id", ACTOR, counts);
        try (PreparedStatement delete = connection.prepareStatement("delete from timeline_count"
                + (timelineId == null ? "" : " where timeline_id = " + timelineId))) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into timeline_count (timeline_id, dimension, item, n) values (?, ?, ?, ?)")) {
            for (Map.Entry<Counter, Long> count : counts.entrySet()) {
                bind(insert, count.getKey(), count.getValue()).addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void collect(Connection connection, String sql, String dimension, Map<Counter, Long> counts) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.merge(new Counter(rows.getLong(1), dimension, rows.getString(2)), rows.getLong(3), Long::sum);
            }
        }
    }
}
