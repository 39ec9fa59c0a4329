package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;

/**
 * The queries behind the reader pages. Each page costs a fixed number of statements however many
 * milestones a timeline has: windows are indexed range queries on the date columns, and collections are
 * loaded in batches (see {@code quarkus.hibernate-orm.fetch.batch-size}).
 */
@ApplicationScoped
@Transactional
public class ReaderQueries {

    /**
     * The most milestones a reader's timeline page or an embed widget renders; the rest is summarised per
     * year and reached through the axis, the filters or the "later milestones" link, which the script turns
     * into loading the next cards in place. Every card is HTML the reader downloads before the page is
     * complete: at 200 cards a page was 34 KB gzipped, at 50 it is 18 KB (docs/benchmarks.md), and the first
     * screen shows three or four of them.
     */
    public static final int PAGE = 50;

    /** The most milestones one API response carries: what the reader's axis loads for a span at a time. */
    public static final int WINDOW = 200;

    @Inject
    EntityManager em;

    /**
     * A timeline readers may see, without its milestones (see {@link #window}), and its row's id for the queries
     * here; or, in a preview ({@code drafts}), a timeline as its editors see it, whose drafts the queries include.
     */
    public record TimelineHead(long id, Timeline timeline, boolean drafts) {

        public TimelineHead(long id, Timeline timeline) {
            this(id, timeline, false);
        }
    }

    public java.util.Optional<TimelineHead> head(String slug) {
        return TimelineEntity.findBySlug(slug).filter(t -> t.state.isReadable())
                .map(t -> new TimelineHead(t.id, DomainMapping.toTimeline(t)));
    }

    /**
     * The milestones of a timeline that match {@code filter}, from {@code offset} on, at most {@code limit}. Two
     * queries: the counts per year, summed in the database, and the window itself.
     */
    public MilestoneWindow window(long timelineId, MilestoneFilter filter, int offset, int limit) {
        return window(timelineId, false, filter, offset, limit);
    }

    /** {@link #window(long, MilestoneFilter, int, int)} of the timeline {@code head}, with its drafts in a preview. */
    public MilestoneWindow window(TimelineHead head, MilestoneFilter filter, int offset, int limit) {
        return window(head.id(), head.drafts(), filter, offset, limit);
    }

    private MilestoneWindow window(long timelineId, boolean drafts, MilestoneFilter filter, int offset, int limit) {
        List<MilestoneWindow.YearCount> years = new ArrayList<>();
        long undated = 0;
        long matching = 0;
        for (Object[] row : filter.bind(em.createNamedQuery(MilestoneEntity.READER_YEARS, Object[].class), timelineId, drafts).getResultList()) {
            long count = ((Number) row[1]).longValue();
            matching += count;
            if (row[0] == null) {
                undated = count;
            } else {
                int isoYear = ((Number) row[0]).intValue() - MilestoneEntity.START_YEAR_SHIFT;
                years.add(new MilestoneWindow.YearCount(HistoricalDate.of(LocalDate.of(isoYear, 1, 1)).year(), count));
            }
        }
        years.sort(Comparator.comparingInt(MilestoneWindow.YearCount::year));
        int from = (int) Math.max(0, Math.min(offset, matching));
        List<Milestone> milestones = filter.bind(em.createNamedQuery(MilestoneEntity.READER_PAGE, MilestoneEntity.class), timelineId, drafts)
                .setFirstResult(from).setMaxResults(limit).getResultList().stream().map(DomainMapping::toMilestone).toList();
        return new MilestoneWindow(milestones, from, limit, matching, years, undated);
    }

    /**
     * Where the milestone {@code slug} stands among the milestones of a timeline that match {@code filter},
     * counting from 0, or empty when it is not among them: how many of them the reader's order puts before
     * it, counted in the database. A link to one milestone of a big timeline opens the page that holds it
     * ({@link #pageHolding}).
     */
    public java.util.OptionalInt position(long timelineId, MilestoneFilter filter, String slug) {
        return position(timelineId, false, filter, slug);
    }

    /** {@link #position(long, MilestoneFilter, String)} in the timeline {@code head}, among its drafts too in a preview. */
    public java.util.OptionalInt position(TimelineHead head, MilestoneFilter filter, String slug) {
        return position(head.id(), head.drafts(), filter, slug);
    }

    private java.util.OptionalInt position(long timelineId, boolean drafts, MilestoneFilter filter, String slug) {
        List<Object[]> key = filter.bind(em.createNamedQuery(MilestoneEntity.READER_KEY, Object[].class), timelineId, drafts)
                .setParameter("slug", slug.strip()).getResultList();
        if (key.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        Object[] k = key.get(0);
        long before = filter.bind(em.createNamedQuery(MilestoneEntity.READER_BEFORE, Long.class), timelineId, drafts)
                .setParameter("startDay", k[0]).setParameter("dateOrder", k[1]).setParameter("importance", k[2])
                .setParameter("headline", k[3]).setParameter("slugKey", k[4]).getSingleResult();
        return java.util.OptionalInt.of((int) before);
    }

    /**
     * The offset of the reader's page of {@link #PAGE} cards that holds the milestone {@code slug} among
     * those matching {@code filter}; the first page's, 0, when it is not among them.
     */
    public int pageHolding(long timelineId, MilestoneFilter filter, String slug) {
        return position(timelineId, filter, slug).orElse(0) / PAGE * PAGE;
    }

    /** {@link #pageHolding(long, MilestoneFilter, String)} in the timeline {@code head}, its drafts counted in a preview. */
    public int pageHolding(TimelineHead head, MilestoneFilter filter, String slug) {
        return position(head, filter, slug).orElse(0) / PAGE * PAGE;
    }

    /** One milestone of a timeline by its slug: one readers see, or in a preview any that is not deleted. */
    public java.util.Optional<Milestone> milestone(TimelineHead head, String slug) {
        return MilestoneEntity.<MilestoneEntity>find(head.drafts() ? "#Milestone.previewable" : "#Milestone.readable", head.id(), slug)
                .firstResultOptional().map(DomainMapping::toMilestone);
    }

    /** The actors that appear in a timeline, with how many of its milestones name each, by name. */
    public List<Facet> actors(TimelineHead head) {
        return em.createNamedQuery("Milestone.actorFacets", Object[].class).setParameter(1, head.id()).setParameter(2, head.drafts())
                .getResultList().stream()
                .map(row -> new Facet((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** The kinds that occur in a timeline, with counts. Labels are left to the page. */
    public List<Facet> kinds(TimelineHead head) {
        return em.createNamedQuery("Milestone.kindFacets", Object[].class).setParameter(1, head.id()).setParameter(2, head.drafts())
                .getResultList().stream()
                .map(row -> new Facet(((Enum<?>) row[0]).name(), null, ((Number) row[1]).longValue())).toList();
    }

    /** A milestone found across timelines, with the timeline it belongs to. */
    public record Found(String timelineSlug, String timelineTitle, Milestone milestone) {
    }

    /** What a search across timelines looks for: text in the headline or summary, an actor's or a place's slug, a tag. */
    public enum Across { TEXT, ACTOR, PLACE, TAG }

    /** Milestones readers can see, of every timeline, that match {@code value} as {@code across} says, at most {@code limit}. */
    public List<Found> found(Across across, String value, int limit) {
        return em.createNamedQuery(MilestoneEntity.FOUND, MilestoneEntity.class)
                .setParameter("text", across == Across.TEXT ? MilestoneFilter.containing(value.strip()) : null)
                .setParameter("actor", across == Across.ACTOR ? value : null)
                .setParameter("place", across == Across.PLACE ? value : null)
                .setParameter("tag", across == Across.TAG ? value : null).setMaxResults(limit).getResultList().stream()
                .map(m -> new Found(m.timeline.slug, m.timeline.title, DomainMapping.toMilestone(m))).toList();
    }

    /**
     * The actor, if a milestone readers can see names it. Actors are shared across timelines, so one named
     * only in a draft, an unpublished or a deleted milestone would otherwise give away unpublished work.
     */
    public java.util.Optional<Actor> actor(String slug) {
        return ActorEntity.<ActorEntity>find("#Actor.readable", slug).firstResultOptional().map(DomainMapping::toActor);
    }

    /** The place, if a milestone readers can see happened there (see {@link #actor}). */
    public java.util.Optional<Place> place(String slug) {
        return PlaceEntity.<PlaceEntity>find("#Place.readable", slug).firstResultOptional().map(DomainMapping::toPlace);
    }

    /**
     * What readers can see, for the sitemap: the actors, places and tags, and how many milestones; the
     * milestones themselves come a file at a time ({@link #milestonePaths}).
     */
    public record Sitemap(List<String> actors, List<String> places, List<String> tags, long milestones) {
    }

    public Sitemap sitemap() {
        return new Sitemap(slugs("Milestone.actorSlugs"), slugs("Milestone.placeSlugs"), slugs("Milestone.tags"),
                em.createNamedQuery("Milestone.pathCount", Long.class).getSingleResult());
    }

    /** Milestones readers can see, as (timeline slug, slug), in a stable order, from {@code offset} on, at most {@code limit}. */
    public List<String[]> milestonePaths(long offset, int limit) {
        return em.createNamedQuery("Milestone.paths", Object[].class).setFirstResult((int) offset).setMaxResults(limit)
                .getResultList().stream().map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
    }

    private List<String> slugs(String query) {
        return em.createNamedQuery(query, String.class).getResultList();
    }
}
