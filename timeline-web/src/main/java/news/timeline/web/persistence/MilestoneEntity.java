package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;

/** Audited: every saved change is kept with who made it and when (see Revision). */
@Entity
@Table(name = "milestone")
@org.hibernate.envers.Audited
public class MilestoneEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false, length = 120)
    public String headline;

    @Column(length = 4000)
    public String summary;

    /** The date as {@code HistoricalDate#toString()} writes it; null for an undated milestone. */
    @Column(name = "date_value", length = 60)
    public String dateValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 12)
    public Precision datePrecision;

    @Column(name = "date_approximate", nullable = false)
    public boolean dateApproximate;

    /** First day covered, as an epoch day; null when undated. */
    @Column(name = "start_day")
    public Long startDay;

    /** Day after the last day covered, as an epoch day; null when undated. */
    @Column(name = "end_day")
    public Long endDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public MilestoneStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MilestoneKind kind;

    @Column(nullable = false)
    public short importance;

    /** False while the milestone is a draft that readers do not see. */
    @Column(nullable = false)
    public boolean published = true;

    /** When an editor deleted it; null while it exists. Deleted milestones can be restored. */
    @Column(name = "deleted_at")
    public java.time.OffsetDateTime deletedAt;

    @Version
    public long version;

    @ManyToMany
    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "milestone_actor", joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    public List<ActorEntity> actors = new ArrayList<>();

    @ManyToMany
    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "milestone_place", joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    public List<PlaceEntity> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "milestone_tag", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 80)
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "milestone_source", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    public List<SourceValue> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "milestone_media", joinColumns = @JoinColumn(name = "milestone_id"))
    @OrderColumn(name = "position")
    public List<MediaValue> media = new ArrayList<>();
}
