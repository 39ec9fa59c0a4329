package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The one row that the setup page locks while it makes the site's first administrator, so that two setups
 * at once cannot both find no account and both make one; afterwards it names whom the setup made.
 */
@Entity
@Table(name = "first_run")
public class FirstRunEntity extends PanacheEntityBase {

    private static final int ONLY = 1;

    @Id
    public Integer id;

    /** The username the setup page made, or null while none has been. */
    @Column(length = 80)
    public String administrator;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The row, locked until the current transaction ends: a second caller waits here for the first. */
    public static FirstRunEntity lock() {
        return findById(ONLY, LockModeType.PESSIMISTIC_WRITE);
    }
}
