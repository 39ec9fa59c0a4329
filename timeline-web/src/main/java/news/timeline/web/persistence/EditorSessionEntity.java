package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed-in editor's session, known by the hash of the token its cookie carries. */
@Entity
@Table(name = "editor_session")
@NamedQuery(name = "EditorSession.expired", query = "delete from EditorSessionEntity s where s.lastSeenAt < ?1 or s.createdAt < ?2")
public class EditorSessionEntity extends PanacheEntityBase {

    /** SHA-256 of the cookie's token, in hex: the token itself is never stored. */
    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    public AccountEntity account;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;

    /** Deletes the sessions last seen before {@code idleSince} or opened before {@code openedBefore}. */
    public static void deleteExpired(OffsetDateTime idleSince, OffsetDateTime openedBefore) {
        delete("#EditorSession.expired", idleSince, openedBefore);
    }

    public static void deleteOf(long accountId) {
        delete("account.id", accountId);
    }
}
