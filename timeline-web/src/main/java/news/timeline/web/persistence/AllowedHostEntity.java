package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A host an administrator allows articles to be fetched from although it has an internal address. */
@Entity
@Table(name = "import_allowed_host")
public class AllowedHostEntity extends PanacheEntityBase {

    /** The host name or IP address as it appears in URLs, lower case. */
    @Id
    @Column(length = 253)
    public String host;

    @Column(name = "added_by", nullable = false, length = 100)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
}
