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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.TimelineState;

/**
 * Audited: every saved change is kept with who made it and when (see Revision).
 *
 * <p>The named queries are checked when the application starts. A reader's filter and an editor's list are
 * each one query whose absent parts are bound as null, so no query text is put together at run time; the
 * position of a milestone, for the page that holds it, is the count of milestones the page's order puts
 * before it.
 */
@Entity
@Table(name = "milestone")
@org.hibernate.envers.Audited
@jakarta.persistence.EntityListeners(MilestoneCounting.class)
// The counts kept ahead (TimelineCounts): a table without an entity of its own, read by the reader's queries.
@jakarta.persistence.NamedNativeQuery(name = TimelineCounts.COUNTERS, query = "select item, n from timeline_count"
        + " where timeline_id = ?1 and dimension = ?2 and n > 0 order by item")
// The case keeps the cast off the other dimensions' items, whatever order the database tests in.
@jakarta.persistence.NamedNativeQuery(name = TimelineCounts.MONTHS_BEFORE, query = "select coalesce(sum(n), 0) from timeline_count"
        + " where timeline_id = ?1 and dimension = 'month' and case when dimension = 'month' then cast(item as integer) end < ?2")
@jakarta.persistence.NamedNativeQuery(name = TimelineCounts.ACTORS, query = "select a.slug, a.name, c.n from timeline_count c"
        + " join actor a on c.item = cast(a.id as varchar(40)) where c.timeline_id = ?1 and c.dimension = 'actor' and c.n > 0"
        + " order by a.name")
@NamedQuery(name = MilestoneEntity.READER_PAGE, query = "from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and " + MilestoneEntity.ANY_KEY + " order by " + MilestoneEntity.TIMELINE_ORDER)
@NamedQuery(name = MilestoneEntity.READER_YEARS, query = "select " + MilestoneEntity.START_YEAR + ", count(m)"
        + " from MilestoneEntity m" + MilestoneEntity.READER_MATCH + " group by " + MilestoneEntity.START_YEAR)
@NamedQuery(name = MilestoneEntity.READER_KEY, query = "select m.orderKey, m.headline, m.slug"
        + " from MilestoneEntity m" + MilestoneEntity.READER_MATCH + " and m.slug = :slug")
@NamedQuery(name = MilestoneEntity.READER_BEFORE, query = "select count(m) from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and " + MilestoneEntity.READER_BEFORE_KEY)
@NamedQuery(name = MilestoneEntity.READER_BEFORE_FROM, query = "select count(m) from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and m.orderKey >= :fromKey and " + MilestoneEntity.READER_BEFORE_KEY)
@NamedQuery(name = MilestoneEntity.READER_PAGE_FROM_ORDER, query = "from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and m.orderKey >= :fromKey order by " + MilestoneEntity.TIMELINE_ORDER)
@NamedQuery(name = MilestoneEntity.READER_PAGE_BEFORE, query = "from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and " + MilestoneEntity.READER_BEFORE_KEY + " order by " + MilestoneEntity.TIMELINE_ORDER_DESC)
@NamedQuery(name = MilestoneEntity.READER_PAGE_AFTER, query = "from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and " + MilestoneEntity.READER_AFTER_KEY + " order by " + MilestoneEntity.TIMELINE_ORDER)
@NamedQuery(name = MilestoneEntity.READER_PAGE_FROM, query = "from MilestoneEntity m" + MilestoneEntity.READER_MATCH
        + " and " + MilestoneEntity.READER_FROM_KEY + " order by " + MilestoneEntity.TIMELINE_ORDER)
@NamedQuery(name = MilestoneEntity.EDITOR_ROWS, query = "select m.slug, m.headline, m.dateValue, m.status, m.published,"
        + " m.deletedAt from MilestoneEntity m" + MilestoneEntity.EDITOR_MATCH + " order by " + MilestoneEntity.EDITOR_ORDER)
@NamedQuery(name = MilestoneEntity.EDITOR_COUNT, query = "select count(m) from MilestoneEntity m" + MilestoneEntity.EDITOR_MATCH)
@NamedQuery(name = MilestoneEntity.EDITOR_POSITION, query = MilestoneEntity.ROW_NUMBER + MilestoneEntity.EDITOR_ORDER
        + ") as position from MilestoneEntity m" + MilestoneEntity.EDITOR_MATCH + ") r where r.slug = :slug")
@NamedQuery(name = "Milestone.bySlug", query = "from MilestoneEntity m where m.timeline.slug = ?1 and m.slug = ?2")
@NamedQuery(name = "Milestone.undeleted", query = "from MilestoneEntity m where m.timeline.slug = ?1 and m.deletedAt is null")
@NamedQuery(name = "Milestone.readable", query = "from MilestoneEntity m where m.timeline.id = ?1 and m.slug = ?2"
        + " and m.published = true and m.deletedAt is null")
@NamedQuery(name = "Milestone.previewable", query = "from MilestoneEntity m where m.timeline.id = ?1 and m.slug = ?2"
        + " and m.deletedAt is null")
@NamedQuery(name = "Milestone.draftHeadlines", query = "select m.slug, m.headline from MilestoneEntity m where m.timeline.id = ?1"
        + " and m.published = false and m.deletedAt is null order by " + MilestoneEntity.TIMELINE_ORDER)
@NamedQuery(name = "Milestone.draftCount", query = "select count(m) from MilestoneEntity m where m.timeline.id = ?1"
        + " and m.published = false and m.deletedAt is null")
@NamedQuery(name = "Milestone.stillPublic", query = "select m.id from MilestoneEntity m where m.id in ?1 and m.published = true"
        + " and m.deletedAt is null")
@NamedQuery(name = "Milestone.actorFacets", query = "select a.slug, a.name, count(m) from MilestoneEntity m join m.actors a"
        + " where m.timeline.id = ?1 and " + MilestoneEntity.SEEN_POSITIONAL + " group by a.slug, a.name order by a.name")
@NamedQuery(name = "Milestone.kindFacets", query = "select m.kind, count(m) from MilestoneEntity m where m.timeline.id = ?1 and "
        + MilestoneEntity.SEEN_POSITIONAL + " group by m.kind order by m.kind")
@NamedQuery(name = "Milestone.paths", query = "select m.timeline.slug, m.slug from MilestoneEntity m where " + MilestoneEntity.VISIBLE
        + " order by m.timeline.slug, m.slug")
@NamedQuery(name = "Milestone.pathCount", query = "select count(m) from MilestoneEntity m where " + MilestoneEntity.VISIBLE)
@NamedQuery(name = "Milestone.actorSlugs", query = "select distinct a.slug from MilestoneEntity m join m.actors a where "
        + MilestoneEntity.VISIBLE + " order by a.slug")
@NamedQuery(name = "Milestone.placeSlugs", query = "select distinct p.slug from MilestoneEntity m join m.places p where "
        + MilestoneEntity.VISIBLE + " order by p.slug")
@NamedQuery(name = "Milestone.tags", query = "select distinct t from MilestoneEntity m join m.tags t where " + MilestoneEntity.VISIBLE
        + " order by t")
@NamedQuery(name = MilestoneEntity.FOUND, query = "from MilestoneEntity m join fetch m.timeline where " + MilestoneEntity.VISIBLE
        + MilestoneEntity.HAS_TEXT + MilestoneEntity.HAS_ACTOR + " and (:tag is null or :tag member of m.tags)"
        + " and (:place is null or exists (select 1 from m.places p where p.slug = :place)) order by " + MilestoneEntity.READER_ORDER)
public class MilestoneEntity extends PanacheEntityBase {

    /** Readers see published milestones that are not deleted, of timelines that are not drafts. */
    static final String VISIBLE = "m.published = true and m.deletedAt is null"
            + " and m.timeline.state <> news.timeline.core.timeline.TimelineState.DRAFT";
    /**
     * What a page shows: what readers see, or, in a preview ({@code :drafts} true), every milestone that is not
     * deleted, drafts and milestones of a draft timeline included.
     */
    static final String SEEN = "(" + VISIBLE + " or :drafts = true and m.deletedAt is null)";
    /** {@link #SEEN} in the queries that number their parameters, with {@code ?2} for {@code :drafts}. */
    static final String SEEN_POSITIONAL = "(" + VISIBLE + " or ?2 = true and m.deletedAt is null)";
    static final String HAS_TEXT = " and (:text is null or lower(m.headline) like :text escape '\\'"
            + " or lower(coalesce(m.summaryText, '')) like :text escape '\\')";
    static final String HAS_ACTOR = " and (:actor is null or exists (select 1 from m.actors a where a.slug = :actor))";

    /** The milestones of timeline {@code :timeline} a reader's {@link MilestoneFilter} picks (see its {@code bind}). */
    static final String READER_MATCH = " where m.timeline.id = :timeline and " + SEEN + HAS_TEXT + HAS_ACTOR
            + " and (:kind is null or m.kind = :kind) and (:status is null or m.status = :status)"
            + " and (:tag is null or :tag member of m.tags)"
            + " and (:fromDay is null or m.endDay > :fromDay) and (:toDay is null or m.startDay < :toDay)";

    /**
     * {@code Milestone.CHRONOLOGICAL}: by date as {@code HistoricalDate} orders dates (the first day, then
     * {@link #dateOrder}), undated last, then importance — the three folded into {@link #orderKey} — then headline
     * and slug, which is unique in a timeline and settles every tie. Headlines compare as the database's collation
     * does: as Java does on H2 and on a PostgreSQL database in the C collation. The index {@code milestone_order_key}
     * (V23) is in this order after the timeline, so H2 and PostgreSQL read a page from it without sorting.
     */
    static final String READER_ORDER = "m.orderKey asc, m.headline asc, m.slug asc";

    /**
     * {@link #READER_ORDER} within one timeline, as the reader's queries write it: the timeline first, one value there,
     * so that the order starts with the index's columns. H2 reads an index in order instead of sorting only when the
     * {@code order by} begins with the index's first column; otherwise it took the foreign key's index on
     * {@code timeline_id} and sorted every milestone of the timeline.
     */
    static final String TIMELINE_ORDER = "m.timeline.id asc, " + READER_ORDER;

    /**
     * True of every milestone (every key starts with 0 or 1), and there for H2: bounding the index's second column
     * makes {@code milestone_order_key} the cheapest of the indexes that start with {@code timeline_id} (the foreign
     * key's, the slug's, the dates'), which H2 otherwise weighs the same and takes the first of, sorting the rest.
     */
    static final String ANY_KEY = "m.orderKey >= '0'";

    /** {@link #TIMELINE_ORDER} backwards: the milestones before a key, nearest first; both databases read the index backwards. */
    static final String TIMELINE_ORDER_DESC = "m.timeline.id desc, m.orderKey desc, m.headline desc, m.slug desc";

    /**
     * The milestones {@link #READER_ORDER} puts before the one whose key is {@code :orderKey}, {@code :headline},
     * {@code :slugKey}: counted, they are its position. The first part alone bounds the index range the database
     * reads; the second settles the ties within the last key.
     */
    static final String READER_BEFORE_KEY = "m.orderKey <= :orderKey and (m.orderKey < :orderKey or m.headline < :headline"
            + " or m.headline = :headline and m.slug < :slugKey)";

    /** The milestones {@link #READER_ORDER} puts after the one whose key is {@code :orderKey}, {@code :headline}, {@code :slugKey}. */
    static final String READER_AFTER_KEY = "m.orderKey >= :orderKey and (m.orderKey > :orderKey or m.headline > :headline"
            + " or m.headline = :headline and m.slug > :slugKey)";

    /** The milestone whose key is {@code :orderKey}, {@code :headline}, {@code :slugKey}, and those after it. */
    static final String READER_FROM_KEY = "m.orderKey >= :orderKey and (m.orderKey > :orderKey or m.headline > :headline"
            + " or m.headline = :headline and m.slug >= :slugKey)";

    /**
     * The ISO year of the first day, {@link #START_YEAR_SHIFT} years ahead; null when undated. The day is moved 10,000
     * Gregorian years (25 cycles of 146,097 days) so no database sees a year before 1: H2 counts a year 0, PostgreSQL not.
     */
    static final String START_YEAR = "extract(year from date 1970-01-01 + (m.startDay + 3652425) day)";
    static final int START_YEAR_SHIFT = 10_000;

    /**
     * The milestones of timeline {@code :timeline} (a slug) in the editor's list: {@code :deleted} 1 for deleted
     * ones, 0 for the others, null for both; {@code :published} likewise; {@code :find} a like pattern or null.
     */
    static final String EDITOR_MATCH = " where m.timeline.slug = :timeline"
            + " and (:deleted is null or case when m.deletedAt is null then 0 else 1 end = :deleted)"
            + " and (:published is null or m.published = :published) and (:find is null or lower(m.headline) like :find escape '\\')";

    /** Chronological with the deleted ones last. */
    static final String EDITOR_ORDER = "case when m.deletedAt is null then 0 else 1 end,"
            + " m.startDay asc nulls last, m.dateOrder asc, m.headline asc, m.slug asc";

    /** A milestone's place in an order, from 1: the same order as the page, so they cannot disagree. */
    static final String ROW_NUMBER = "select r.position from (select m.slug as slug, row_number() over (order by ";

    static final String FOUND = "Milestone.found";
    static final String READER_PAGE = "Milestone.readerPage";
    static final String READER_YEARS = "Milestone.readerYears";
    static final String READER_KEY = "Milestone.readerKey";
    static final String READER_BEFORE = "Milestone.readerBefore";
    static final String READER_BEFORE_FROM = "Milestone.readerBeforeFrom";
    static final String READER_PAGE_BEFORE = "Milestone.readerPageBefore";
    static final String READER_PAGE_AFTER = "Milestone.readerPageAfter";
    static final String READER_PAGE_FROM = "Milestone.readerPageFrom";
    static final String READER_PAGE_FROM_ORDER = "Milestone.readerPageFromOrder";
    public static final String EDITOR_ROWS = "Milestone.editorRows";
    public static final String EDITOR_COUNT = "Milestone.editorCount";
    public static final String EDITOR_POSITION = "Milestone.editorPosition";

    /** A timeline's milestone, deleted or not. */
    public static Optional<MilestoneEntity> findBySlug(String timelineSlug, String slug) {
        return find("#Milestone.bySlug", timelineSlug, slug).firstResultOptional();
    }

    /** A timeline's milestones but the deleted ones, drafts included. */
    public static List<MilestoneEntity> undeleted(String timelineSlug) {
        return list("#Milestone.undeleted", timelineSlug);
    }

    /**
     * One of the editor's list queries (EDITOR_ROWS, EDITOR_COUNT, EDITOR_POSITION) on a timeline's milestones:
     * deleted ones or the others, published ones or drafts, with {@code find} in the headline; null for either.
     */
    public static <T> TypedQuery<T> editorList(String query, Class<T> type, String timelineSlug, Boolean deleted,
                                               Boolean published, String find) {
        return getEntityManager().createNamedQuery(query, type).setParameter("timeline", timelineSlug)
                .setParameter("deleted", deleted == null ? null : deleted ? 1 : 0).setParameter("published", published)
                .setParameter("find", find == null ? null : MilestoneFilter.containing(find));
    }

    /** Where the milestone a position query numbers stands, counting from 0; empty when the query does not hold it. */
    public static OptionalInt position(TypedQuery<Long> position) {
        return position.getResultList().stream().mapToInt(n -> (int) (n - 1)).findFirst();
    }

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

    /**
     * The summary's words alone, what the reader's search reads: searching the markup found "strong" in
     * every bold summary and "amp" in every ampersand. Written with {@link #summary} on every save (V26).
     */
    @Column(name = "summary_text", length = 4000)
    @org.hibernate.envers.NotAudited
    public String summaryText;

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

    /** What orders dates that start on the same day ({@link DomainMapping#dateOrder}); null when undated. */
    @Column(name = "date_order", length = 26)
    public String dateOrder;

    /**
     * The reader's order but for headline and slug ({@link #READER_ORDER}): the first day, {@link #dateOrder} and the
     * importance as one key of digits, undated last. The database computes it (V23); read only.
     */
    @Column(name = "order_key", length = 36, insertable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    public String orderKey;

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
