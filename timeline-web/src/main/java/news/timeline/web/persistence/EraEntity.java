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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "era")
@org.hibernate.envers.Audited
public class EraEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "era_seq")
    @SequenceGenerator(name = "era_seq", sequenceName = "era_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "timeline_id")
    public TimelineEntity timeline;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "date_value", nullable = false, length = 60)
    public String dateValue;

    @Column(name = "start_day", nullable = false)
    public long startDay;

    @Column(name = "end_day", nullable = false)
    public long endDay;
}
