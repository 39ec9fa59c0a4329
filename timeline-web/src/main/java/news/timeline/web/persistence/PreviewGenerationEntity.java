package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A timeline's preview link generation: links signed with another generation have been withdrawn. A timeline
 * without a row is at generation 0.
 */
@Entity
@Table(name = "preview_generation")
public class PreviewGenerationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "timeline_id")
    public Long timelineId;

    @Column(nullable = false)
    public int generation;
}
