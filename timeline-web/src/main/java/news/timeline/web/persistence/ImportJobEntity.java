package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import an editor asked for that runs in the background (importing.ImportJobs): an address to fetch or an
 * uploaded file to read, who asked, and what became of it so far.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.recent", query = "from ImportJobEntity j where j.timeline.slug = ?1 order by j.createdAt desc, j.id desc")
@NamedQuery(name = "ImportJob.finishedBefore", query = "delete from ImportJobEntity j where j.finishedAt < ?1")
@NamedQuery(name = "ImportJob.unfinished", query = "select count(j) from ImportJobEntity j where j.status not in ?1")
public class ImportJobEntity extends PanacheEntityBase {

    /** What is imported. */
    public enum Kind { ADDRESS, FILE }

    /** Where the job stands; DONE and FAILED are final. */
    public enum Status {
        QUEUED, RUNNING, RETRYING, FAILED, DONE;

        public boolean finished() {
            return this == FAILED || this == DONE;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    /** The address to fetch (ADDRESS). */
    @Column(length = 2000)
    public String address;

    /** The uploaded file's name (FILE). */
    @Column(name = "file_name", length = 300)
    public String fileName;

    /** The uploaded file itself, until it was read; emptied when the job ends. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    /** The publication date the editor gave with the upload, for articles that state none. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** The attempts made so far (the one running included), of {@link #attempts} at most. */
    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public int attempts;

    /** When a RETRYING job tries again. */
    @Column(name = "next_try_at")
    public OffsetDateTime nextTryAt;

    /** Why the last attempt failed (FAILED, RETRYING), or the problems of a DONE one; as the importer wrote it. */
    @Column(length = 4000)
    public String reason;

    public Integer staged;
    public Integer candidates;
    public Integer known;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** The timeline's most recent jobs, newest first. */
    public static List<ImportJobEntity> recent(String timelineSlug, int limit) {
        return find("#ImportJob.recent", timelineSlug).page(0, limit).list();
    }

    /** How many jobs are queued, running or waiting to try again, on every timeline. */
    public static long unfinishedCount() {
        return count("#ImportJob.unfinished", List.of(Status.FAILED, Status.DONE));
    }

    /** Deletes the jobs that ended before {@code before}; returns how many. */
    public static long forgetFinishedBefore(OffsetDateTime before) {
        return delete("#ImportJob.finishedBefore", before);
    }
}
