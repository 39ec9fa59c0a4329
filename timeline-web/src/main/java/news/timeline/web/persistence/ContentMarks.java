package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * How far a readable timeline has changed, read in one indexed row by its slug: what a reader's ETag and the
 * site's cache of rendered pages are checked against on every request, before the page and, when the reader
 * has it or the site kept it, instead of it.
 */
@ApplicationScoped
public class ContentMarks {

    /**
     * A readable timeline's marker: its id, the version of its own settings, the count of every change its
     * readers see ({@link TimelineEntity#touch(long)}), and the second of the last one since the epoch.
     */
    public record Mark(long id, long version, long contentVersion, long changedSecond) {
    }

    private final EntityManager entities;

    public ContentMarks(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The marker of the published or archived timeline with this slug; empty for a draft or none. A
     * transaction of its own, so that the connection goes back to the pool at once: a request that then
     * waits for another's rendering, or answers from memory, holds none meanwhile.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public Optional<Mark> of(String slug) {
        return entities.createNamedQuery("Timeline.mark", Object[].class).setParameter(1, slug).getResultStream().findFirst()
                .map(row -> new Mark(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
    }
}
