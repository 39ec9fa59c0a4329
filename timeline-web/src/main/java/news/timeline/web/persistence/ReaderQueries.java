package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;

/**
 * The queries behind the reader pages. Each page costs a fixed number of statements however many
 * milestones a timeline has: windows are read in the reader's order from the index on the order key (V23), from
 * a milestone's key onwards or backwards where the address gives one (a keyset), and collections are loaded in
 * batches (see {@code quarkus.hibernate-orm.fetch.batch-size}). What readers see unfiltered is counted ahead
 * ({@link TimelineCounts}): the per-year counts, the total and the facets are a few rows, and the position of a
 * milestone counts only the milestones of its own year before it. A filter or a preview counts its matching rows.
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
        Counts counts = counts(timelineId, drafts, filter);
        int from = (int) Math.max(0, Math.min(offset, counts.matching));
        if (from >= limit && counted(drafts, filter)) {
            Skip skip = skip(timelineId, from);
            return counts.window(rows(filter.bind(em.createNamedQuery(MilestoneEntity.READER_PAGE_FROM_ORDER, MilestoneEntity.class),
                    timelineId, drafts).setParameter("fromKey", skip.fromKey()).setFirstResult(skip.rows()), limit), from, limit);
        }
        return counts.window(rows(filter.bind(em.createNamedQuery(MilestoneEntity.READER_PAGE, MilestoneEntity.class), timelineId, drafts)
                .setFirstResult(from), limit), from, limit);
    }

    /** Where a window at an offset starts: from the first order key of a month (or of the undated), skipping some rows of it. */
    record Skip(String fromKey, int rows) {
    }

    /**
     * Where the window at {@code offset} of what readers see unfiltered starts: the month that holds that place,
     * found by summing the months' counts kept ahead in order, and how many of that month's milestones come
     * before it. A deep window then reads one month's rows at most before its own, never every milestone before it.
     */
    Skip skip(long timelineId, int offset) {
        TreeMap<Integer, Long> months = new TreeMap<>();
        for (Object[] row : counters(timelineId, TimelineCounts.MONTH)) {
            months.put(Integer.valueOf((String) row[0]), (Long) row[1]);
        }
        return skip(months, offset);
    }

    /** {@link #skip(long, int)} over the months' counts {@code months}, by month number. */
    static Skip skip(java.util.SortedMap<Integer, Long> months, int offset) {
        long before = 0;
        for (Map.Entry<Integer, Long> month : months.entrySet()) {
            if (before + month.getValue() > offset) {
                return new Skip(Key.firstKey(month.getKey()), (int) (offset - before));
            }
            before += month.getValue();
        }
        // Past every dated milestone: the undated, whose keys start with 1.
        return new Skip("1", (int) (offset - before));
    }

    /**
     * The window of at most {@code limit} milestones that follows the milestone {@code after} among those matching
     * {@code filter}, read from the index onwards from its key (a keyset window: no milestone before it is read);
     * {@code offset} numbers the window's first milestone, as the link that asks for it knows it, or, when absent,
     * is counted.
     *
     * @throws UnknownKey when {@code after} is not among them (mistyped, deleted or filtered out since)
     */
    public MilestoneWindow windowAfter(TimelineHead head, MilestoneFilter filter, String after, Integer offset, int limit) {
        Optional<Key> key = key(head.id(), head.drafts(), filter, after);
        if (key.isEmpty()) {
            throw new UnknownKey("after", after);
        }
        Counts counts = counts(head.id(), head.drafts(), filter);
        int from = offset != null ? offset : (int) key.get().before(this, head.id(), head.drafts(), filter) + 1;
        return counts.window(fromKey(MilestoneEntity.READER_PAGE_AFTER, head, filter, key.get(), limit), from, limit);
    }

    /**
     * The window of the {@code limit} milestones that come just before the milestone {@code before} among those
     * matching {@code filter}, read backwards from its key; {@code offset} numbers the first of them, as the link
     * that asks for it knows it. The first page when there are fewer than {@code limit} before it or {@code offset} is 0.
     *
     * @throws UnknownKey when {@code before} is not among them (mistyped, deleted or filtered out since)
     */
    public MilestoneWindow windowBefore(TimelineHead head, MilestoneFilter filter, String before, Integer offset, int limit) {
        Optional<Key> key = offset == null || offset > 0 ? key(head.id(), head.drafts(), filter, before) : Optional.empty();
        if (key.isEmpty() && (offset == null || offset > 0)) {
            throw new UnknownKey("before", before);
        }
        List<Milestone> rows = key.isEmpty() ? List.of()
                : fromKey(MilestoneEntity.READER_PAGE_BEFORE, head, filter, key.get(), limit);
        if (rows.size() < limit) {
            return window(head, filter, key.isEmpty() && offset != null ? offset : 0, limit);
        }
        int from = offset != null ? offset : (int) key.get().before(this, head.id(), head.drafts(), filter) - limit;
        return counts(head.id(), head.drafts(), filter).window(reversed(rows), from, limit);
    }

    /**
     * The page of {@link #PAGE} milestones a reader's address asks for, in this order of precedence: the page after
     * the milestone {@code after} or before the milestone {@code before} (the pager's links, which carry the
     * {@code offset} of the page they open to number it), the page at {@code offset}, the page that holds the
     * milestone {@code at}, the first page.
     */
    public MilestoneWindow page(TimelineHead head, MilestoneFilter filter, Integer offset, String after, String before, String at) {
        Integer start = offset == null ? null : Math.max(0, offset);
        if (after != null && !after.isBlank()) {
            return windowAfter(head, filter, after, start, PAGE);
        }
        if (before != null && !before.isBlank()) {
            return windowBefore(head, filter, before, start, PAGE);
        }
        if (start != null || at == null || at.isBlank()) {
            return window(head, filter, start == null ? 0 : start, PAGE);
        }
        return windowHolding(head, filter, at);
    }

    /**
     * The reader's page of {@link #PAGE} milestones that holds the milestone {@code slug} among those matching
     * {@code filter} (a deep link, {@code ?at=}); the first page when it is not among them. Its place is counted
     * ({@link #position}); the page is then read from the index on both sides of the milestone's key, never by
     * skipping the milestones of the pages before.
     */
    public MilestoneWindow windowHolding(TimelineHead head, MilestoneFilter filter, String slug) {
        Optional<Key> key = key(head.id(), head.drafts(), filter, slug);
        if (key.isEmpty()) {
            return window(head, filter, 0, PAGE);
        }
        int position = (int) key.get().before(this, head.id(), head.drafts(), filter);
        int from = position / PAGE * PAGE;
        List<Milestone> rows = new ArrayList<>(PAGE);
        if (position > from) {
            rows.addAll(reversed(fromKey(MilestoneEntity.READER_PAGE_BEFORE, head, filter, key.get(), position - from)));
        }
        rows.addAll(fromKey(MilestoneEntity.READER_PAGE_FROM, head, filter, key.get(), PAGE - rows.size()));
        return counts(head.id(), head.drafts(), filter).window(rows, from, PAGE);
    }

    /** Rows read backwards from a key, nearest first, in the reader's order. */
    private static List<Milestone> reversed(List<Milestone> rows) {
        List<Milestone> out = new ArrayList<>(rows);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * Up to {@code limit} milestones matching {@code filter} read from the index at {@code key} by the named query
     * {@code query}: after it, before it (nearest first) or from it.
     */
    private List<Milestone> fromKey(String query, TimelineHead head, MilestoneFilter filter, Key key, int limit) {
        return rows(key.bind(filter.bind(em.createNamedQuery(query, MilestoneEntity.class), head.id(), head.drafts())), limit);
    }

    private static List<Milestone> rows(jakarta.persistence.TypedQuery<MilestoneEntity> query, int limit) {
        return query.setMaxResults(limit).getResultList().stream().map(DomainMapping::toMilestone).toList();
    }

    /** How the milestones that match a filter spread over the years, undated ones apart, and how many match. */
    private record Counts(List<MilestoneWindow.YearCount> years, long undated, long matching) {

        MilestoneWindow window(List<Milestone> milestones, int offset, int limit) {
            return new MilestoneWindow(milestones, offset, limit, matching, years, undated);
        }
    }

    /**
     * The per-year counts of the milestones that match: what readers see unfiltered from the counts kept ahead
     * ({@link #counted}), anything else by one {@code group by} in the database.
     */
    private Counts counts(long timelineId, boolean drafts, MilestoneFilter filter) {
        if (counted(drafts, filter)) {
            Map<Integer, Long> perYear = new TreeMap<>();
            long undated = 0;
            for (Object[] row : counters(timelineId, TimelineCounts.YEAR)) {
                if (TimelineCounts.UNDATED.equals(row[0])) {
                    undated = (Long) row[1];
                } else {
                    perYear.put(Integer.valueOf((String) row[0]), (Long) row[1]);
                }
            }
            return counts(perYear, undated);
        }
        Map<Integer, Long> perYear = new TreeMap<>();
        long undated = 0;
        for (Object[] row : filter.bind(em.createNamedQuery(MilestoneEntity.READER_YEARS, Object[].class), timelineId, drafts).getResultList()) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                undated = count;
            } else {
                perYear.merge(((Number) row[0]).intValue() - MilestoneEntity.START_YEAR_SHIFT, count, Long::sum);
            }
        }
        return counts(perYear, undated);
    }

    /** The counts of ISO years {@code perYear}, in order, and {@code undated}. */
    private static Counts counts(Map<Integer, Long> perYear, long undated) {
        List<MilestoneWindow.YearCount> years = new ArrayList<>();
        long matching = undated;
        for (Map.Entry<Integer, Long> year : perYear.entrySet()) {
            years.add(new MilestoneWindow.YearCount(HistoricalDate.of(LocalDate.of(year.getKey(), 1, 1)).year(), year.getValue()));
            matching += year.getValue();
        }
        years.sort(Comparator.comparingInt(MilestoneWindow.YearCount::year));
        return new Counts(years, undated, matching);
    }

    /** Whether what is asked for is what the counts kept ahead count: what readers see, unfiltered. */
    private static boolean counted(boolean drafts, MilestoneFilter filter) {
        return !drafts && MilestoneFilter.NONE.equals(filter);
    }

    /** The counters of one dimension of a timeline that are not 0, as (item, count), by item. */
    @SuppressWarnings("unchecked")
    private List<Object[]> counters(long timelineId, String dimension) {
        List<Object[]> rows = em.createNamedQuery(TimelineCounts.COUNTERS).setParameter(1, timelineId).setParameter(2, dimension)
                .getResultList();
        return rows.stream().map(row -> new Object[] {row[0], ((Number) row[1]).longValue()}).toList();
    }

    /** Where a milestone stands in the reader's order: its {@link MilestoneEntity#orderKey}, headline and slug. */
    private record Key(String orderKey, String headline, String slug) {

        /** What the order key adds to the first day so that it is positive ({@code V23__ReaderOrderKey}). */
        private static final long DAY_SHIFT = 10_000_000;

        <Q extends jakarta.persistence.Query> Q bind(Q query) {
            query.setParameter("orderKey", orderKey).setParameter("headline", headline).setParameter("slugKey", slug);
            return query;
        }

        /**
         * How many of the milestones that match {@code filter} the reader's order puts before this key. Unfiltered, for
         * readers, the months before this key's month are counted ahead; only the milestones of its month are counted,
         * from the index, between the first key of its month and this one.
         */
        long before(ReaderQueries queries, long timelineId, boolean drafts, MilestoneFilter filter) {
            if (!counted(drafts, filter)) {
                return bind(filter.bind(queries.em.createNamedQuery(MilestoneEntity.READER_BEFORE, Long.class), timelineId, drafts))
                        .getSingleResult();
            }
            Integer month = month();
            // The dated milestones of the months before, summed in the database: every dated one for an undated key.
            Number earlier = (Number) queries.em.createNamedQuery(TimelineCounts.MONTHS_BEFORE)
                    .setParameter(1, timelineId).setParameter(2, month == null ? Integer.MAX_VALUE : month).getSingleResult();
            return earlier.longValue() + bind(filter.bind(queries.em.createNamedQuery(MilestoneEntity.READER_BEFORE_FROM, Long.class), timelineId, drafts))
                    .setParameter("fromKey", month == null ? "1" : firstKey(month)).getSingleResult();
        }

        /** The month ({@link TimelineCounts#month}) of this key's first day (its digits 2 to 9, {@code V23__ReaderOrderKey}); null when undated. */
        private Integer month() {
            return orderKey.startsWith("1") ? null : TimelineCounts.month(Long.parseLong(orderKey.substring(1, 9)) - DAY_SHIFT);
        }

        /** The lowest order key of a milestone whose first day is in {@code month}. */
        static String firstKey(int month) {
            return "0" + String.format(java.util.Locale.ROOT, "%08d", TimelineCounts.firstDay(month) + DAY_SHIFT);
        }
    }

    /** The key of the milestone {@code slug} if it is among those of the timeline that match {@code filter}. */
    private Optional<Key> key(long timelineId, boolean drafts, MilestoneFilter filter, String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return filter.bind(em.createNamedQuery(MilestoneEntity.READER_KEY, Object[].class), timelineId, drafts)
                .setParameter("slug", slug.strip()).getResultList().stream().findFirst()
                .map(k -> new Key((String) k[0], (String) k[1], (String) k[2]));
    }

    /**
     * Where the milestone {@code slug} stands among the milestones of a timeline that match {@code filter},
     * counting from 0, or empty when it is not among them: how many of them the reader's order puts before
     * it, counted in the database. A link to one milestone of a big timeline opens the page that holds it
     * ({@link #windowHolding}).
     */
    public java.util.OptionalInt position(long timelineId, MilestoneFilter filter, String slug) {
        return position(timelineId, false, filter, slug);
    }

    /** {@link #position(long, MilestoneFilter, String)} in the timeline {@code head}, among its drafts too in a preview. */
    public java.util.OptionalInt position(TimelineHead head, MilestoneFilter filter, String slug) {
        return position(head.id(), head.drafts(), filter, slug);
    }

    private java.util.OptionalInt position(long timelineId, boolean drafts, MilestoneFilter filter, String slug) {
        return key(timelineId, drafts, filter, slug).map(k -> java.util.OptionalInt.of((int) k.before(this, timelineId, drafts, filter)))
                .orElse(java.util.OptionalInt.empty());
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

    /**
     * The actors that appear in a timeline, with how many of its milestones name each, by name: for readers from the
     * counts kept ahead, in a preview counted.
     */
    public List<Facet> actors(TimelineHead head) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = head.drafts()
                ? em.createNamedQuery("Milestone.actorFacets", Object[].class).setParameter(1, head.id()).setParameter(2, true).getResultList()
                : em.createNamedQuery(TimelineCounts.ACTORS).setParameter(1, head.id()).getResultList();
        return rows.stream().map(row -> new Facet((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** The kinds that occur in a timeline, with counts, by name; for readers from the counts kept ahead. Labels are left to the page. */
    public List<Facet> kinds(TimelineHead head) {
        if (!head.drafts()) {
            return counters(head.id(), TimelineCounts.KIND).stream().map(row -> new Facet((String) row[0], null, (Long) row[1])).toList();
        }
        return em.createNamedQuery("Milestone.kindFacets", Object[].class).setParameter(1, head.id()).setParameter(2, true)
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
