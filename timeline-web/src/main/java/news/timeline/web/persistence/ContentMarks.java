package news.timeline.web.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Consumer;
import news.timeline.web.config.TimelineConfig;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.jboss.logging.Logger;

/**
 * How far a readable timeline has changed: what a reader's ETag and the site's cache of rendered pages are
 * checked against on every request, before the page and, when the reader has it or the site kept it, instead
 * of it. Kept in memory ({@link MarkMemory}) and read from the database, one indexed row by the slug, only when
 * a change was committed since (here, or on another instance: {@link MarkListener}), or after
 * {@code timeline.reader.marker-ttl}.
 *
 * <p>The marker is the timeline's row: it moves with every write of that row, whether an entity's flush (its
 * settings, its state, its eras through its version) or {@link TimelineEntity#touch(long)} (every change of
 * its milestones and notes). Each of them tells this memory once its transaction has committed, never before:
 * a reader who could have seen the commit reads the new marker, and no reader keeps one read from a transaction
 * that was rolled back. On PostgreSQL the database itself tells the other instances of every write of the row
 * (V29).
 */
@ApplicationScoped
public class ContentMarks {

    private static final Logger LOG = Logger.getLogger(ContentMarks.class);

    /**
     * A readable timeline's marker: its id, the version of its own settings, the count of every change its
     * readers see ({@link TimelineEntity#touch(long)}), and the second of the last one since the epoch.
     */
    public record Mark(long id, long version, long contentVersion, long changedSecond) {
    }

    private final EntityManager entities;
    private final MarkMemory memory;

    public ContentMarks(EntityManager entities, TimelineConfig config) {
        this.entities = entities;
        // One instance on H2 hears every change itself; on PostgreSQL, the others' only once the listener listens.
        this.memory = new MarkMemory(config.reader().markerTtl().toNanos(), System::nanoTime, !MarkListener.needed());
    }

    /** The marker of the published or archived timeline with this slug; empty for a draft or none. */
    public Optional<Mark> of(String slug) {
        return memory.of(slug, this::read);
    }

    /**
     * The marker of this slug's timeline kept in memory while it is current, else empty; never reads the
     * database, so it may be called on an event loop.
     */
    public Optional<Mark> kept(String slug) {
        return memory.kept(slug);
    }

    /**
     * The marker as the database has it, in a transaction of its own, so that the connection goes back to the
     * pool at once: a request that then waits for another's rendering, or answers from memory, holds none
     * meanwhile.
     */
    private Optional<Mark> read(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNamedQuery("Timeline.mark", Object[].class)
                .setParameter(1, slug).getResultStream().findFirst()
                .map(row -> new Mark(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
    }

    /** The memory, for the listener and tests. */
    MarkMemory memory() {
        return memory;
    }

    /** After the current transaction commits, if it does: the timeline with this id changed. */
    static void changedOnCommit(long id) {
        onCommit(memory -> memory.changed(id));
    }

    /** After the current transaction commits, if it does: the timeline with this slug, if any, changed. */
    static void changedOnCommit(String slug) {
        onCommit(memory -> memory.changed(slug));
    }

    /**
     * After the current transaction commits, if it does: any timeline may have changed. For writes around the
     * entities, such as an archive's rows, which may also have taken something away from readers.
     */
    public static void allChangedOnCommit() {
        onCommit(MarkMemory::changedAll);
        removedOnCommit(Removed.ALL);
    }

    /**
     * Told once the removal of something readers saw has committed (a milestone deleted or unpublished, a
     * timeline made a draft or deleted): pages kept for this instance's readers that may show it are checked on
     * their next request rather than sent as they are for the rest of {@code timeline.reader.render-every}.
     *
     * @param timelineId the timeline it belonged to, or {@link #ALL}
     */
    public record Removed(long timelineId) {
        /** Any timeline. */
        public static final long ALL = -1;
    }

    /** The key of a transaction's removed timelines in the transaction's own resources. */
    private static final Object REMOVED = Removed.class;

    /**
     * After the current transaction commits, if it does: something readers of this timeline saw is gone. Told once
     * per timeline and transaction, however many of its milestones went (a timeline deleted with all of them), and
     * only after this instance's memory has forgotten the timeline's marker, so that the request that checks a
     * kept page next reads the marker the commit wrote.
     */
    @SuppressWarnings("unchecked")
    static void removedOnCommit(long timelineId) {
        var transaction = Arc.container().instance(jakarta.transaction.TransactionSynchronizationRegistry.class).get();
        java.util.Set<Long> removed = (java.util.Set<Long>) transaction.getResource(REMOVED);
        if (removed == null) {
            removed = new java.util.LinkedHashSet<>();
            transaction.putResource(REMOVED, removed);
            java.util.Set<Long> these = removed;
            onCommit(memory -> {
                var event = Arc.container().beanManager().getEvent().select(Removed.class);
                for (long id : these) {
                    if (id == Removed.ALL) {
                        memory.changedAll();
                    } else {
                        memory.changed(id);
                    }
                    event.fire(new Removed(id));
                }
            });
        }
        removed.add(timelineId);
    }

    /**
     * Tells the memory after the commit of the current transaction, through its session: Hibernate's own
     * callbacks, which may be registered while a flush runs, even the last one just before the commit.
     */
    private static void onCommit(Consumer<MarkMemory> change) {
        TimelineEntity.getEntityManager().unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (committed, session) -> {
                    if (committed) {
                        try {
                            change.accept(Arc.container().instance(ContentMarks.class).get().memory());
                        } catch (RuntimeException e) {
                            LOG.error("A timeline's change was committed but its kept marker not forgotten", e);
                        }
                    }
                });
    }
}
