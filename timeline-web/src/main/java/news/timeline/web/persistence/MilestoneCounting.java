package news.timeline.web.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Moves a timeline's {@link TimelineCounts} with every milestone the entity writes: inserted, changed (published,
 * unpublished, deleted, restored, redated, another kind, other actors) or removed, by whichever path — the editor's
 * forms, the token API, the review queue, undo, the demo.
 *
 * <p>A transaction's change to the counts is what its milestones count as they are stored when it commits less what
 * they counted before it first wrote them, both read from their rows. The first is read just before the
 * transaction's first write of each milestone: Hibernate calls {@code @PreUpdate} and {@code @PreRemove}, and
 * {@link ActorLinks} for a change of the actors alone (which an enhanced entity's dirty check, comparing a list's
 * size, does not always see), before a flush writes anything — sometimes for a flush it then finds it need not run,
 * which is why nothing is counted then. The second is read once the last flush has run, just before the commit, and
 * the counters are written then, in their order.
 */
public class MilestoneCounting {

    /** The key of a transaction's pending changes in the transaction's own resources. */
    private static final Object PENDING = MilestoneCounting.class;

    @PostPersist
    void inserted(MilestoneEntity m) {
        pending().before.putIfAbsent(m.id, Map.of());
    }

    @PreUpdate
    void updating(MilestoneEntity m) {
        boolean seenBefore = touched(m);
        if (seenBefore && (!m.published || m.deletedAt != null) && m.timeline != null) {
            ContentMarks.removedOnCommit(m.timeline.id);
        }
    }

    @PreRemove
    void removing(MilestoneEntity m) {
        if (touched(m) && m.timeline != null) {
            ContentMarks.removedOnCommit(m.timeline.id);
        }
    }

    /**
     * The milestone {@code m} is about to be written: what it counts as stored, unless known already. True if
     * readers saw it before this transaction first wrote it.
     */
    static boolean touched(MilestoneEntity m) {
        if (m.id == null) {
            return false;
        }
        Pending pending = pending();
        return !pending.before.computeIfAbsent(m.id, id -> pending.session.doReturningWork(c -> stored(c, id))).isEmpty();
    }

    /** What the milestone {@code id} counts as stored: nothing when it is not. */
    private static Map<TimelineCounts.Counter, Long> stored(Connection connection, long id) throws SQLException {
        List<Long> actors = new ArrayList<>();
        try (PreparedStatement links = connection.prepareStatement("select actor_id from milestone_actor where milestone_id = ?")) {
            links.setLong(1, id);
            try (ResultSet rows = links.executeQuery()) {
                while (rows.next()) {
                    actors.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement row = connection.prepareStatement(
                "select timeline_id, published, deleted_at, start_day, kind from milestone where id = ?")) {
            row.setLong(1, id);
            try (ResultSet rows = row.executeQuery()) {
                if (!rows.next()) {
                    return Map.of();
                }
                long timeline = rows.getLong(1);
                boolean seen = rows.getBoolean(2) && rows.getObject(3) == null;
                Long startDay = rows.getObject(4) == null ? null : rows.getLong(4);
                return TimelineCounts.of(timeline, seen, startDay, rows.getString(5), actors);
            }
        }
    }

    /** This transaction's pending changes, registered to be written before it commits the first time they are asked for. */
    private static Pending pending() {
        TransactionSynchronizationRegistry transaction = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        Pending pending = (Pending) transaction.getResource(PENDING);
        if (pending == null) {
            SharedSessionContractImplementor session = MilestoneEntity.getEntityManager().unwrap(SharedSessionContractImplementor.class);
            pending = new Pending(session);
            transaction.putResource(PENDING, pending);
            Pending registered = pending;
            session.getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) s -> s.doWork(registered::write));
        }
        return pending;
    }

    /** The milestones a transaction writes, with what each counted before. */
    private static final class Pending {

        final SharedSessionContractImplementor session;
        final Map<Long, Map<TimelineCounts.Counter, Long>> before = new HashMap<>();

        Pending(SharedSessionContractImplementor session) {
            this.session = session;
        }

        /** Adds to the counters what the milestones count now less what they counted before. */
        void write(Connection connection) throws SQLException {
            Map<TimelineCounts.Counter, Long> deltas = new TreeMap<>();
            for (Map.Entry<Long, Map<TimelineCounts.Counter, Long>> milestone : before.entrySet()) {
                milestone.getValue().forEach((counter, n) -> deltas.merge(counter, -n, Long::sum));
                stored(connection, milestone.getKey()).forEach((counter, n) -> deltas.merge(counter, n, Long::sum));
            }
            before.clear();
            TimelineCounts.add(connection, deltas);
        }
    }
}
