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
import news.timeline.core.actor.PlaceType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "place")
@NamedQuery(name = "Place.names", query = "select p.name from PlaceEntity p order by p.name")
@NamedQuery(name = "Place.named", query = "select distinct p from PlaceEntity p left join p.aliases alias"
        + " where lower(p.name) = ?1 or lower(alias) = ?1")
@NamedQuery(name = "Place.readable", query = "from PlaceEntity p where p.slug = ?1 and exists (select 1 from MilestoneEntity m"
        + " join m.places x where x.id = p.id and " + MilestoneEntity.VISIBLE + ")")
public class PlaceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PlaceType type;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country_code", length = 2)
    public String countryCode;

    @ElementCollection
    @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    public List<String> aliases = new ArrayList<>();

    public static Optional<PlaceEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every place's name, by name. */
    public static List<String> names() {
        return getEntityManager().createNamedQuery("Place.names", String.class).getResultList();
    }

    /** The place with this name or alias, ignoring case. */
    public static Optional<PlaceEntity> findNamed(String name) {
        return find("#Place.named", name.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
