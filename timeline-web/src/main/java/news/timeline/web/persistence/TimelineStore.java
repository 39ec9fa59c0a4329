package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;

/** Reads and writes whole timelines. Actors and places are shared between timelines, keyed by slug. */
@ApplicationScoped
@Transactional
public class TimelineStore {

    @Inject
    EntityManager em;

    public boolean isEmpty() {
        return TimelineEntity.count() == 0;
    }

    /** Every timeline with its milestone count and span, by title. One query. */
    public List<TimelineSummary> summaries() {
        return em.createNamedQuery("Timeline.summaries", Object[].class).getResultList().stream()
                .map(row -> new TimelineSummary((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), day(row[4], 0), day(row[5], -1))).toList();
    }

    /** The whole timeline as readers see it (published milestones only), or empty if readers cannot see it. */
    public Optional<Timeline> find(String slug) {
        return TimelineEntity.findBySlug(slug).filter(t -> t.state.isReadable())
                .map(t -> DomainMapping.toTimeline(t, m -> m.published && m.deletedAt == null));
    }

    /** When the timeline last changed, or empty if no timeline has that slug. */
    public Optional<OffsetDateTime> updatedAt(String slug) {
        return TimelineEntity.findBySlug(slug).map(t -> t.updatedAt);
    }

    /**
     * Stores a new timeline or replaces the one with the same slug, milestones and all.
     *
     * @return the database id of the timeline
     */
    public long save(Timeline timeline) {
        return save(timeline, TimelineEntity.findBySlug(timeline.slug()).orElseGet(TimelineEntity::new));
    }

    /** Writes the timeline, milestones and all, onto its row: a stored one it replaces, or a new one. */
    private long save(Timeline timeline, TimelineEntity entity) {
        apply(timeline, entity);

        Map<String, MilestoneEntity> existing = new HashMap<>();
        entity.milestones.forEach(m -> existing.put(m.slug, m));
        entity.milestones.clear();
        Map<String, ActorEntity> actors = new HashMap<>();
        Map<String, PlaceEntity> places = new HashMap<>();
        for (Milestone milestone : timeline.milestones()) {
            MilestoneEntity row = existing.getOrDefault(milestone.slug(), new MilestoneEntity());
            row.timeline = entity;
            DomainMapping.copy(milestone, row);
            row.actors.clear();
            milestone.actors().forEach(actor -> row.actors.add(actors.computeIfAbsent(actor.slug(), s -> actor(actor))));
            row.places.clear();
            milestone.places().forEach(place -> row.places.add(places.computeIfAbsent(place.slug(), s -> place(place))));
            entity.milestones.add(row);
        }
        entity.persist();
        entity.flush();
        TimelineEntity.touch(entity.id);
        return entity.id;
    }

    /**
     * Stores a timeline unless one has its slug, as the first start does with the demo. Instances that start
     * together on one database each try: the first to commit stores it with its actors and places, the others
     * find it (see {@link RerunOnCollision}).
     *
     * @return whether this call stored it
     */
    @RerunOnCollision
    public boolean addUnlessPresent(Timeline timeline) {
        if (TimelineEntity.findBySlug(timeline.slug()).isPresent()) {
            return false;
        }
        // Always a new row, never the other instance's replaced: if it stored the timeline meanwhile, the
        // insert collides, and the run again finds it.
        save(timeline, new TimelineEntity());
        em.flush();
        return true;
    }

    /** Copies a timeline, but for its milestones, onto its row (new or stored), which it changes now. */
    public static void apply(Timeline timeline, TimelineEntity entity) {
        DomainMapping.copy(timeline, entity);
        entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        entity.createdAt = entity.createdAt == null ? entity.updatedAt : entity.createdAt;
    }

    /**
     * Copies an edited milestone onto its row. Actors and places it names that exist keep their stored
     * details; new ones are created.
     */
    public static void apply(Milestone milestone, MilestoneEntity row) {
        DomainMapping.copy(milestone, row);
        row.actors.clear();
        for (Actor actor : milestone.actors()) {
            row.actors.add(ActorEntity.findBySlug(actor.slug()).orElseGet(() -> actor(actor)));
        }
        row.places.clear();
        for (Place place : milestone.places()) {
            row.places.add(PlaceEntity.findBySlug(place.slug()).orElseGet(() -> place(place)));
        }
    }

    private static ActorEntity actor(Actor actor) {
        ActorEntity entity = ActorEntity.findBySlug(actor.slug()).orElseGet(ActorEntity::new);
        DomainMapping.copy(actor, entity);
        entity.persist();
        return entity;
    }

    private static PlaceEntity place(Place place) {
        PlaceEntity entity = PlaceEntity.findBySlug(place.slug()).orElseGet(PlaceEntity::new);
        DomainMapping.copy(place, entity);
        entity.persist();
        return entity;
    }

    private static LocalDate day(Object epochDay, int shift) {
        return epochDay == null ? null : LocalDate.ofEpochDay(((Number) epochDay).longValue() + shift);
    }
}
