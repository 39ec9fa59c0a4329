package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An editor's or admin's account. Readers need none. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.otherAdministrators", query = "select count(a) from AccountEntity a where a.role = ?1"
        + " and a.enabled = true and a.id <> ?2")
public class AccountEntity extends PanacheEntityBase {

    /** What an account may do: editors edit timelines, admins also manage accounts. */
    public enum Role {
        EDITOR,
        ADMIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 80)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    /** A bcrypt hash in modular crypt form ($2a$...). */
    @Column(name = "password_hash", nullable = false, length = 200)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Role role;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Optional<AccountEntity> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** True if an administrator other than this account may sign in. */
    public boolean hasOtherAdministrators() {
        return count("#Account.otherAdministrators", Role.ADMIN, id) > 0;
    }
}
