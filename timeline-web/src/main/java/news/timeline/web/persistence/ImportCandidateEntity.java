package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A milestone the importer proposed for a timeline, in the editors' review queue. */
@Entity
@Table(name = "import_candidate")
@NamedQuery(name = "ImportCandidate.pending", query = "from ImportCandidateEntity c where c.timeline.slug = ?1 and c.state = ?2"
        + " order by c.createdAt, c.articleHash, c.confidence desc, c.position")
@NamedQuery(name = "ImportCandidate.perArticle", query = "select c.articleHash, count(c) from ImportCandidateEntity c"
        + " where c.timeline.slug = ?1 and c.state = ?2 and c.articleHash in ?3 group by c.articleHash")
@NamedQuery(name = "ImportCandidate.pendingCount", query = "select count(c) from ImportCandidateEntity c where c.timeline.slug = ?1"
        + " and c.state = ?2")
@NamedQuery(name = "ImportCandidate.waitingCount", query = "select count(c) from ImportCandidateEntity c where c.state = ?1")
@NamedQuery(name = "ImportCandidate.withHash", query = "select count(c) from ImportCandidateEntity c where c.timeline = ?1"
        + " and c.articleHash = ?2")
public class ImportCandidateEntity extends PanacheEntityBase {

    /** Where a candidate is in review. */
    public enum State {
        PENDING,
        ACCEPTED,
        REJECTED,
        /** Added as a source to an existing milestone. */
        MERGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_candidate_seq")
    @SequenceGenerator(name = "import_candidate_seq", sequenceName = "import_candidate_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    /** SHA-256 of the article's text, hex. */
    @Column(name = "article_hash", nullable = false, length = 64)
    public String articleHash;

    /** The candidate's place among those of its article. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 120)
    public String headline;

    /** The proposed milestone, as JSON (see ImportQueue). */
    @Column(nullable = false, length = 20000)
    public String milestone;

    @Column(nullable = false)
    public double confidence;

    /** Notes for the editor, one per line. */
    @Column(length = 2000)
    public String flags;

    /** Where each source's quote holds the trigger and the time expression, as JSON (see ImportQueue). */
    @Column(length = 4000)
    public String highlights;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public State state;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The sentences around the evidence in its article; null for a file of milestones, which has no article. */
    @Column(length = 2000)
    public String context;

    /**
     * The candidates waiting for review in a timeline's queue, from {@code offset} on: oldest import first, an
     * article's candidates together, the likeliest first.
     */
    public static List<ImportCandidateEntity> pending(String timelineSlug, int offset, int limit) {
        return find("#ImportCandidate.pending", timelineSlug, State.PENDING).range(offset, offset + limit - 1).list();
    }

    public static long pendingCount(String timelineSlug) {
        return count("#ImportCandidate.pendingCount", timelineSlug, State.PENDING);
    }

    /** How many candidates wait in each of these articles (by hash). */
    public static java.util.Map<String, Long> pendingPerArticle(String timelineSlug, java.util.Collection<String> hashes) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        if (!hashes.isEmpty()) {
            getEntityManager().createNamedQuery("ImportCandidate.perArticle", Object[].class)
                    .setParameter(1, timelineSlug).setParameter(2, State.PENDING).setParameter(3, hashes)
                    .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * The timeline's candidates with these ids, whatever their state, locked until the transaction ends and
     * locked in the order of their ids, so that two editors deciding overlapping selections wait for each other
     * instead of deadlocking.
     */
    public static List<ImportCandidateEntity> locked(TimelineEntity timeline, java.util.Collection<Long> ids) {
        return find("timeline = ?1 and id in ?2 order by id", timeline, ids)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** How many candidates of all timelines wait for review. */
    public static long waitingCount() {
        return count("#ImportCandidate.waitingCount", State.PENDING);
    }

    /** True if the timeline's queue holds the candidates of the article or file with this hash. */
    public static boolean queued(TimelineEntity timeline, String articleHash) {
        return count("#ImportCandidate.withHash", timeline, articleHash) > 0;
    }
}
