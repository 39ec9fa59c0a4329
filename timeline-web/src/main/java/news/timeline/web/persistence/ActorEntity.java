package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.timeline.core.actor.ActorType;

@Entity
@Table(name = "actor")
@NamedQuery(name = "Actor.names", query = "select a.name from ActorEntity a order by a.name")
@NamedQuery(name = "Actor.named", query = "select distinct a from ActorEntity a left join a.aliases alias"
        + " where lower(a.name) = ?1 or lower(alias) = ?1")
@NamedQuery(name = "Actor.readable", query = "from ActorEntity a where a.slug = ?1 and exists (select 1 from MilestoneEntity m"
        + " join m.actors x where x.id = a.id and " + MilestoneEntity.VISIBLE + ")")
public class ActorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ActorType type;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    public List<String> aliases = new ArrayList<>();

    public static Optional<ActorEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every actor's name, by name. */
    public static List<String> names() {
        return getEntityManager().createNamedQuery("Actor.names", String.class).getResultList();
    }

    /** The actor with this name or alias, ignoring case. */
    public static Optional<ActorEntity> findNamed(String name) {
        return find("#Actor.named", name.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
