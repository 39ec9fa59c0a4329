package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;

/**
 * What preview links need from the database: a timeline as its editors see it, draft or not, how much of it
 * readers do not see yet, and its link generation, which withdrawing its links moves on.
 */
@ApplicationScoped
@Transactional
@RerunOnCollision
public class PreviewQueries {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** A timeline by its row's id, whatever its state, for a preview: its milestones' windows include drafts. */
    public Optional<TimelineHead> head(long timelineId) {
        return TimelineEntity.<TimelineEntity>findByIdOptional(timelineId)
                .map(t -> new TimelineHead(t.id, DomainMapping.toTimeline(t), true));
    }

    /** The id of the timeline {@code slug}, whatever its state. */
    public Optional<Long> id(String slug) {
        return TimelineEntity.findBySlug(slug).map(t -> t.id);
    }

    /** How many of a timeline's milestones are not deleted and not published: the drafts a preview shows. */
    public long drafts(long timelineId) {
        return MilestoneEntity.count("#Milestone.draftCount", timelineId);
    }

    /** The slugs and headlines of the first {@code limit} of those drafts, in the readers' order. */
    public java.util.List<String[]> draftHeadlines(long timelineId, int limit) {
        return em.createNamedQuery("Milestone.draftHeadlines", Object[].class)
                .setParameter(1, timelineId).setMaxResults(limit).getResultList().stream()
                .map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
    }

    public int generation(long timelineId) {
        return PreviewGenerationEntity.<PreviewGenerationEntity>findByIdOptional(timelineId).map(g -> g.generation).orElse(0);
    }

    /** Withdraws every preview link of the timeline made so far; returns the new generation. */
    public int nextGeneration(long timelineId) {
        PreviewGenerationEntity row = PreviewGenerationEntity.<PreviewGenerationEntity>findByIdOptional(timelineId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row == null) {
            row = new PreviewGenerationEntity();
            row.timelineId = timelineId;
            row.generation = 1;
            row.persist();
        } else {
            row.generation++;
        }
        return row.generation;
    }
}
