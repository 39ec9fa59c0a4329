package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;

@Entity
@Table(name = "timeline")
@org.hibernate.envers.Audited
@NamedQuery(name = "Timeline.editorRows", query = """
        select t.slug, t.title, t.state,
               sum(case when m.id is not null and m.deletedAt is null then 1 else 0 end),
               sum(case when m.id is not null and m.deletedAt is null and m.published = false then 1 else 0 end),
               sum(case when m.deletedAt is not null then 1 else 0 end)
        from TimelineEntity t left join t.milestones m
        group by t.id, t.slug, t.title, t.state order by t.title""")
@NamedQuery(name = "Timeline.summaries", query = """
        select t.slug, t.title, t.description, count(m), min(m.startDay), max(m.endDay)
        from TimelineEntity t left join t.milestones m on m.published = true and m.deletedAt is null
        where t.state = news.timeline.core.timeline.TimelineState.PUBLISHED
        group by t.id, t.slug, t.title, t.description
        order by t.title""")
@NamedQuery(name = "Timeline.mark", query = "select t.id, t.version, t.contentVersion, t.contentChanged from TimelineEntity t"
        + " where t.slug = ?1 and t.state <> news.timeline.core.timeline.TimelineState.DRAFT")
// Native: the content marker is written by no flush of the entity (see contentVersion), only here.
@jakarta.persistence.NamedNativeQuery(name = "Timeline.touchById", query = "update timeline set updated_at = ?1,"
        + " content_version = content_version + 1, content_changed = case when content_changed >= ?2 then content_changed + 1"
        + " else ?2 end where id = ?3")
@jakarta.persistence.NamedNativeQuery(name = "Timeline.touchBySlug", query = "update timeline set updated_at = ?1,"
        + " content_version = content_version + 1, content_changed = case when content_changed >= ?2 then content_changed + 1"
        + " else ?2 end where slug = ?3")
public class TimelineEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_seq")
    @SequenceGenerator(name = "timeline_seq", sequenceName = "timeline_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    /** Space-separated CSP sources allowed to frame the embed widget; null for any. */
    @Column(name = "embed_origins", length = 2000)
    public String embedOrigins;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 12)
    public TimelineState state = TimelineState.PUBLISHED;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "default_zoom", nullable = false, length = 8)
    public TimelineZoom defaultZoom = TimelineZoom.SPAN;

    /** What a reader sees first at the timeline's address: the list or story mode. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "default_view", nullable = false, length = 8)
    public news.timeline.core.timeline.ReaderView defaultView = news.timeline.core.timeline.ReaderView.LIST;

    /** An absolute http(s) URL of the cover image; null for none. */
    @Column(name = "cover_url", length = 2000)
    public String coverUrl;

    /** The cover image's text alternative, required with an image. */
    @Column(name = "cover_alt", length = 500)
    public String coverAlt;

    @Column(name = "cover_credit", length = 500)
    public String coverCredit;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /**
     * How many writes its readers would see the timeline has had (V15): moved on by {@link #touch(long)} alone,
     * in the writing transaction, and never written back from a loaded entity, which may hold an old count.
     */
    @Column(name = "content_version", insertable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    public long contentVersion;

    /** The second of the last such write since the epoch, one later than the one before at least. */
    @Column(name = "content_changed", insertable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    public long contentChanged;

    @OneToMany(mappedBy = "timeline", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.envers.NotAudited
    @OrderBy("startDay")
    public List<EraEntity> eras = new ArrayList<>();

    /**
     * Each milestone keeps its own history; the timeline's history is its own fields. Nor is a milestone added
     * or removed a change of the timeline's version, which guards its settings: editors adding milestones to
     * one timeline at once would otherwise collide on this row.
     */
    @OneToMany(mappedBy = "timeline", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public List<MilestoneEntity> milestones = new ArrayList<>();

    public static Optional<TimelineEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * The timeline, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}): writers that check
     * something of the whole timeline before they add to it (the import queue's bounds, an article queued
     * before) take turns, so two at once cannot both pass a check that only one of them may pass.
     */
    public static Optional<TimelineEntity> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Marks the timeline changed now (its feed's "updated") because something its readers see changed: one
     * UPDATE that leaves the version, which guards the timeline's own settings, and writes no history. It also
     * moves on the timeline's content marker ({@link ContentMarks}), which the pages' ETags and the site's
     * cache of rendered pages follow, in the same transaction as the change, and which every instance's memory of
     * markers forgets once it is committed. Call it last in the transaction, since the row stays locked until the commit.
     */
    public static void touch(long id) {
        changed("Timeline.touchById", id);
    }

    /** {@link #touch(long)} for the timeline with this slug; nothing when there is none. */
    public static void touch(String slug) {
        changed("Timeline.touchBySlug", slug);
    }

    private static void changed(String query, Object key) {
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        getEntityManager().createNamedQuery(query).setParameter(1, now).setParameter(2, now.toEpochSecond())
                .setParameter(3, key).executeUpdate();
        if (key instanceof Long id) {
            ContentMarks.changedOnCommit(id);
        } else {
            ContentMarks.changedOnCommit((String) key);
        }
    }

    /**
     * The row written by a flush (its settings, state or slug; its eras, through the version): its marker changed
     * with it, which the site's memory of markers learns once the transaction commits. A draft's readers saw
     * nothing, so a write that leaves it a draft is a removal for the pages kept from before ({@link
     * ContentMarks#removedOnCommit}), told once per transaction.
     */
    @jakarta.persistence.PostUpdate
    void written() {
        ContentMarks.changedOnCommit(id);
        if (state == TimelineState.DRAFT) {
            ContentMarks.removedOnCommit(id);
        }
    }

    /** The row removed: its marker is gone, and so is everything its readers saw. */
    @jakarta.persistence.PostRemove
    void removed() {
        ContentMarks.changedOnCommit(id);
        ContentMarks.removedOnCommit(id);
    }

    /** Every timeline's slug, title and state, with its counts of milestones, drafts and deleted ones, by title. */
    public static List<Object[]> editorRows() {
        return getEntityManager().createNamedQuery("Timeline.editorRows", Object[].class).getResultList();
    }
}
