package news.timeline.web.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import news.timeline.web.persistence.ContentMarks.Mark;

/**
 * The content markers of readable timelines kept in memory, by slug, so that a reader's request reads none
 * from the database while its timeline has not changed. Plain Java: {@link ContentMarks} reads the database
 * and tells this memory of changes.
 *
 * <p>A marker kept here is used only while nothing has said that its timeline changed since its read began:
 * every change is numbered as it is told (after its commit), and a marker read from the database is stamped
 * with the number current before the read. A read that began before a change's commit may have seen the row
 * as it was, so once that change is told, its marker is no longer used, even when it is stored after that. A
 * marker is also read again once it is older than the time to live, so that a change this instance was never
 * told of (a notice from another instance lost) shows after that long at most. While changes on other
 * instances may go unheard ({@link #deaf()}), nothing is kept and every request reads the database.
 */
final class MarkMemory {

    /** A marker as read, the number of the last change told before its read began, and when it was read. */
    private record Kept(Mark mark, long since, long readNanos) {
    }

    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Counts the changes told; each is numbered by it. */
    private final AtomicLong changes = new AtomicLong();
    /** The number of the last change told of each timeline by its id, and by its slug. */
    private final Map<Long, Long> changedIds = new ConcurrentHashMap<>();
    private final Map<String, Long> changedSlugs = new ConcurrentHashMap<>();
    private volatile long changedAll;
    private volatile boolean hearing;

    /**
     * @param ttlNanos how long a kept marker is used at most; 0 or less keeps none
     * @param clock    {@link System#nanoTime()}, or a test's own
     * @param hearing  whether every change is told from the start (one instance); else nothing is kept until
     *                 {@link #hearing()}
     */
    MarkMemory(long ttlNanos, LongSupplier clock, boolean hearing) {
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.hearing = hearing;
    }

    /**
     * The marker of the timeline with this slug: the one kept, when it may be used, else the database's,
     * which is kept when it is a marker and may be.
     */
    Optional<Mark> of(String slug, Function<String, Optional<Mark>> database) {
        if (ttlNanos <= 0 || !hearing) {
            return database.apply(slug);
        }
        Kept found = kept.get(slug);
        if (found != null && current(slug, found)) {
            return Optional.of(found.mark());
        }
        long since = changes.get();
        long readNanos = clock.getAsLong();
        Optional<Mark> read = database.apply(slug);
        if (read.isPresent() && hearing) {
            kept.put(slug, new Kept(read.get(), since, readNanos));
        } else {
            // A draft, or no timeline: asked for rarely, and never kept, so that creating or publishing it
            // needs no notice.
            kept.remove(slug, found);
        }
        return read;
    }

    /**
     * The marker kept for this slug while it may be used, without reading the database: empty when none is
     * kept, it is too old, a change was told since its read, or changes may go unheard. For a caller that must
     * not wait for the database, and does the read elsewhere when this is empty.
     */
    Optional<Mark> kept(String slug) {
        if (ttlNanos <= 0 || !hearing) {
            return Optional.empty();
        }
        Kept found = kept.get(slug);
        return found != null && current(slug, found) ? Optional.of(found.mark()) : Optional.empty();
    }

    private boolean current(String slug, Kept found) {
        long since = found.since();
        return clock.getAsLong() - found.readNanos() < ttlNanos && since >= changedAll
                && since >= changedIds.getOrDefault(found.mark().id(), 0L) && since >= changedSlugs.getOrDefault(slug, 0L);
    }

    /** The timeline with this id changed, and the change is committed. */
    void changed(long id) {
        changedIds.put(id, changes.incrementAndGet());
    }

    /** The timeline with this slug, if any, changed, and the change is committed. */
    void changed(String slug) {
        changedSlugs.put(slug, changes.incrementAndGet());
    }

    /** Any timeline may have changed (many were written at once, or changes may have gone unheard). */
    void changedAll() {
        changedAll = changes.incrementAndGet();
        kept.clear();
    }

    /**
     * Every change on other instances is told from now on: what was kept before may have missed some, and is
     * read again.
     */
    void hearing() {
        changedAll();
        hearing = true;
    }

    /** Changes on other instances may go unheard from now on: every request reads the database until {@link #hearing()}. */
    void deaf() {
        hearing = false;
        changedAll();
    }

    /** True while every change is told: markers are kept. */
    boolean hears() {
        return hearing;
    }

    /** How many markers are kept, for tests. */
    int size() {
        return kept.size();
    }
}
