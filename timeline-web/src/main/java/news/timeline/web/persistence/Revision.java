package news.timeline.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change to timelines and milestones: when, and by which editor (null for changes made by the
 * system, such as loading the demo). Numbered by a sequence, which H2 and PostgreSQL share.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUser.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    public long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    public long timestamp;

    @Column(length = 80)
    public String username;
}
