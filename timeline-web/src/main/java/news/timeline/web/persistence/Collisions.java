package news.timeline.web.persistence;

import java.util.Set;
import java.util.function.Predicate;

/**
 * How a transaction learns it lost a race to another one: the row it updates has a newer version (someone
 * saved it since it was read), the row it inserts has a key another transaction inserted first (two editors
 * naming the same new actor, two instances creating the first administrator), or the database chose it as
 * the one to fail (a deadlock, a lock it waited for too long). None is a mistake of the request: run again,
 * it reads what the other transaction committed.
 */
public final class Collisions {

    /**
     * SQLSTATEs of a lost race, in PostgreSQL and H2: unique violation, serialization failure (H2's deadlock
     * too), PostgreSQL's deadlock and lock not available, H2's lock timeout and concurrent update.
     */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");

    private Collisions() {
    }

    /** True for a write that found its row's version moved on, however the transaction wrapped it. */
    public static boolean isVersionClash(Throwable e) {
        return anyCause(e, cause -> cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.StaleStateException);
    }

    /** True for any lost race: a version clash, or a key, a lock or a deadlock the database refused for another transaction. */
    public static boolean isCollision(Throwable e) {
        return isVersionClash(e) || anyCause(e, cause -> cause instanceof org.hibernate.JDBCException jdbc
                && jdbc.getSQLState() != null && STATES.contains(jdbc.getSQLState()));
    }

    /** The innermost message, for a log line. */
    static String describe(Throwable e) {
        Throwable last = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            last = cause;
        }
        return last.getClass().getSimpleName() + ": " + last.getMessage();
    }

    /** Whether {@code e} or a cause of it passes {@code test}; a commit's failure can carry the flush's as a suppressed one. */
    public static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause) || java.util.Arrays.stream(cause.getSuppressed()).anyMatch(s -> anyCause(s, test))) {
                return true;
            }
        }
        return false;
    }
}
