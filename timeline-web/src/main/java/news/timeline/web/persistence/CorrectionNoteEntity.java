package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A note an editor writes to readers of a timeline under "Updates and corrections", in plain text: why a
 * milestone was withdrawn, or a correction the field-by-field list cannot say.
 */
@Entity
@Table(name = "correction_note")
@NamedQuery(name = "CorrectionNote.remove", query = "delete from CorrectionNoteEntity n where n.id = ?1 and n.timeline.slug = ?2")
@NamedQuery(name = "CorrectionNote.ofTimeline", query = "from CorrectionNoteEntity n where n.timeline.id = ?1"
        + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = "CorrectionNote.ofTimelineSlug", query = "from CorrectionNoteEntity n where n.timeline.slug = ?1"
        + " order by n.createdAt desc, n.id desc")
public class CorrectionNoteEntity extends PanacheEntityBase {

    /** The longest note, in characters. */
    public static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_note_seq")
    @SequenceGenerator(name = "correction_note_seq", sequenceName = "correction_note_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    @Column(nullable = false, length = MAX_LENGTH)
    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    /** Deletes a timeline's note, and says whether there was one. */
    public static boolean remove(String timelineSlug, long id) {
        return delete("#CorrectionNote.remove", id, timelineSlug) > 0;
    }
}
