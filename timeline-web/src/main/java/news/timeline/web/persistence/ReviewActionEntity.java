package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An editor's last bulk decision on an import queue, kept so that it can be undone: one per editor, replaced
 * by their next decision and removed by its undo. Accepted candidates keep the milestone they became and that
 * milestone's version then, so that undo removes only milestones nobody has edited since.
 */
@Entity
@Table(name = "import_review_action")
@NamedQuery(name = "ReviewAction.made", query = "from MilestoneEntity m where m.id in ?1 and m.deletedAt is null order by m.slug")
public class ReviewActionEntity extends PanacheEntityBase {

    /** What the decision made of its candidates. */
    public enum Verdict {
        /** Accepted as draft milestones. */
        ACCEPT,
        /** Accepted as published milestones. */
        PUBLISH,
        REJECT
    }

    /** One candidate the decision took, and the milestone it became (null for a rejected one). */
    @Embeddable
    public static class Item {
        @Column(name = "candidate_id", nullable = false)
        public long candidateId;

        @Column(name = "milestone_id")
        public Long milestoneId;

        @Column(name = "milestone_version")
        public Long milestoneVersion;
    }

    /** The account's username. */
    @Id
    @Column(length = 100)
    public String editor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Verdict verdict;

    @Column(name = "made_at", nullable = false)
    public OffsetDateTime madeAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_review_item", joinColumns = @JoinColumn(name = "editor"))
    public List<Item> items = new ArrayList<>();

    /** The milestones the decision made that are still there, undeleted, by address. */
    public List<MilestoneEntity> made() {
        List<Long> ids = items.stream().map(i -> i.milestoneId).filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? List.of() : getEntityManager().createNamedQuery("ReviewAction.made", MilestoneEntity.class)
                .setParameter(1, ids).getResultList();
    }

    /** The editor's last decision, locked until the transaction ends, so that two undos of it cannot both run. */
    public static ReviewActionEntity locked(String editor) {
        return findById(editor, LockModeType.PESSIMISTIC_WRITE);
    }
}
