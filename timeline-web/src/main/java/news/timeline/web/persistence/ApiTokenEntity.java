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
import java.util.List;
import java.util.Optional;

/**
 * A token with which an account uses the JSON editor API. The token itself is shown once, when it is made;
 * the table keeps its SHA-256 hash and the prefix that finds it.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.of", query = "from ApiTokenEntity t where ?1 is null or t.account.username = ?1"
        + " order by t.account.username, t.createdAt desc, t.id desc")
public class ApiTokenEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public AccountEntity account;

    /** What the editor calls it ("newsroom CMS sync"). */
    @Column(nullable = false, length = 100)
    public String name;

    /** The token's first characters, not secret: shown in lists and used to find the row. */
    @Column(nullable = false, length = 16)
    public String prefix;

    /** SHA-256 of the whole token, hex. */
    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    /** After this instant the token no longer works; null for never. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    public static Optional<ApiTokenEntity> findByPrefix(String prefix) {
        return find("prefix", prefix).firstResultOptional();
    }

    /** An account's tokens, or with null every account's, by account, newest first. */
    public static List<ApiTokenEntity> of(String username) {
        return list("#ApiToken.of", username);
    }
}
