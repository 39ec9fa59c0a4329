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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article read from an uploaded file or a fetched page, waiting for an editor to confirm its
 * publication date; extraction runs once it is confirmed.
 */
@Entity
@Table(name = "import_source")
@NamedQuery(name = "ImportSource.waiting", query = "from ImportSourceEntity s where s.timeline.slug = ?1 order by s.createdAt, s.id")
@NamedQuery(name = "ImportSource.withHash", query = "select count(s) from ImportSourceEntity s where s.timeline = ?1"
        + " and s.articleHash = ?2")
public class ImportSourceEntity extends PanacheEntityBase {

    /** The longest article text kept (a long read is some 100,000 characters), and the most a VARCHAR holds on H2 here. */
    public static final int MAX_TEXT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_source_seq")
    @SequenceGenerator(name = "import_source_seq", sequenceName = "import_source_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    /** The file it came from, or the name given to a fetched page; with the feed item, if any. */
    @Column(name = "file_name", nullable = false, length = 300)
    public String fileName;

    @Column(length = 500)
    public String title;

    @Column(length = 300)
    public String outlet;

    @Column(length = 2000)
    public String url;

    /** What the article's metadata says, until the editor confirms or corrects it. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** The article's plain text, as the readers made it. */
    @Column(nullable = false, length = MAX_TEXT)
    public String body;

    /** SHA-256 of the text, hex: the same article is not queued twice. */
    @Column(name = "article_hash", nullable = false, length = 64)
    public String articleHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The articles waiting for a timeline, oldest first. */
    public static List<ImportSourceEntity> waiting(String timelineSlug) {
        return list("#ImportSource.waiting", timelineSlug);
    }

    /** How many articles wait for the timeline. */
    public static long waitingCount(TimelineEntity timeline) {
        return count("timeline", timeline);
    }

    /** True if the article with this hash waits for the timeline. */
    public static boolean waits(TimelineEntity timeline, String articleHash) {
        return count("#ImportSource.withHash", timeline, articleHash) > 0;
    }
}
