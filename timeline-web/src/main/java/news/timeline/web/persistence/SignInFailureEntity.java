package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * One failed sign-in under one key of the throttle: an account or a client address. Kept in the database so
 * that every instance of the site counts the same failures.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailureEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    public Long id;

    /**
     * Named as its column, not "key": Hibernate's temporary tables for bulk statements name their columns after
     * the attributes, and H2 refuses a column named with its reserved word.
     */
    @Column(name = "throttle_key", length = 320, nullable = false)
    public String throttleKey;

    @Column(name = "failed_at", nullable = false)
    public OffsetDateTime failedAt;

    /** Records a failure under each key at {@code at}. */
    public static void record(Collection<String> keys, OffsetDateTime at) {
        for (String key : keys) {
            SignInFailureEntity failure = new SignInFailureEntity();
            failure.throttleKey = key;
            failure.failedAt = at;
            failure.persist();
        }
    }

    /** How many failures the key has had since {@code since}. */
    public static long since(String key, OffsetDateTime since) {
        return count("throttleKey = ?1 and failedAt >= ?2", key, since);
    }

    /** Forgets the key's failures. */
    public static void forget(String key) {
        delete("throttleKey", key);
    }

    /** Deletes the failures older than {@code before}: they no longer count against anyone. */
    public static void deleteBefore(OffsetDateTime before) {
        delete("failedAt < ?1", before);
    }
}
