package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The counts kept ahead for readers ({@link TimelineCounts}) agree with the milestones counted afresh after a mix of
 * writes, each in its own transaction: a timeline stored and stored again with fewer milestones, milestones
 * redated, given another kind and other actors, unpublished and published, deleted and restored, removed, and
 * all of it at once.
 */
@QuarkusTest
class TimelineCountsTest {

    private static final String SLUG = "counted-timeline";
    private static final int MILESTONES = 60;
    private static final Actor ONE = Actor.person("Counted One");
    private static final Actor TWO = Actor.country("Countedland");
    private static final Actor THREE = Actor.organisation("Counted Union");

    @Inject
    TimelineStore store;

    @Inject
    ReaderQueries queries;

    @Inject
    EntityManager em;

    @Test
    void keptCountsEqualFreshCountsAfterAMixOfWrites() {
        QuarkusTransaction.requiringNew().run(() -> store.save(timeline(MILESTONES)));
        assertCountsAgree();

        // Stored again with fewer: the milestones left out are removed.
        QuarkusTransaction.requiringNew().run(() -> store.save(timeline(MILESTONES - 10)));
        assertCountsAgree();

        write("m-1", m -> m.published = false);
        write("m-2", m -> m.deletedAt = OffsetDateTime.now());
        write("m-3", m -> {
            m.startDay = null;
            m.endDay = null;
            m.dateValue = null;
            m.datePrecision = null;
            m.dateOrder = null;
            m.status = MilestoneStatus.PLANNED;
        });
        write("m-4", m -> m.kind = MilestoneKind.PROTEST);
        write("m-5", m -> m.actors.clear());
        write("m-6", m -> m.actors.add(actor(THREE)));
        write("m-7", m -> {
            m.actors.clear();
            m.actors.addAll(List.of(actor(THREE), actor(ONE), actor(THREE)));
        });
        assertCountsAgree();

        write("m-1", m -> m.published = true);
        write("m-2", m -> m.deletedAt = null);
        // Unpublished and changed while unpublished, then published: counted as it is when published.
        write("m-8", m -> m.published = false);
        write("m-8", m -> {
            m.kind = MilestoneKind.STATEMENT;
            m.actors.clear();
        });
        write("m-8", m -> m.published = true);
        QuarkusTransaction.requiringNew().run(() -> MilestoneEntity.findBySlug(SLUG, "m-9").orElseThrow().delete());
        assertCountsAgree();

        // Many milestones in one transaction, one of them changed twice with a flush between.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 10; i < 20; i++) {
                MilestoneEntity m = MilestoneEntity.findBySlug(SLUG, "m-" + i).orElseThrow();
                m.published = i % 3 != 0;
                m.kind = i % 2 == 0 ? MilestoneKind.PROTEST : m.kind;
            }
            MilestoneEntity twice = MilestoneEntity.findBySlug(SLUG, "m-22").orElseThrow();
            twice.deletedAt = OffsetDateTime.now();
            em.flush();
            twice.deletedAt = null;
            twice.startDay = twice.startDay + 400;
            twice.endDay = twice.endDay + 400;
        });
        assertCountsAgree();
    }

    /**
     * Writers in one timeline at once, each transaction adding milestones in years in another order than the others and
     * unpublishing one of its own: every transaction commits (no deadlock between the counters), and the counts agree.
     */
    @Test
    void concurrentWritersKeepTheCountsRight() throws Exception {
        String slug = "counted-concurrently";
        QuarkusTransaction.requiringNew().run(() -> store.save(new Timeline(slug, "Concurrent", "", List.of(), List.of(milestone(0)))));
        int writers = 4;
        int rounds = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        int r = round;
                        QuarkusTransaction.requiringNew().run(() -> {
                            TimelineEntity timeline = TimelineEntity.findBySlug(slug).orElseThrow();
                            for (int k = 0; k < 3; k++) {
                                // Writers walk the years in opposite directions, so their transactions touch the same
                                // counters in opposite orders.
                                int i = writer % 2 == 0 ? k : 2 - k;
                                MilestoneEntity row = new MilestoneEntity();
                                DomainMapping.copy(milestone(i).withSlug("w" + writer + "-" + r + "-" + k), row);
                                row.timeline = timeline;
                                row.actors.add(actor(k == 1 ? TWO : ONE));
                                row.persist();
                                em.flush();
                            }
                            MilestoneEntity.findBySlug(slug, "w" + writer + "-" + r + "-1").orElseThrow().published = false;
                        });
                    }
                }));
            }
            for (var future : done) {
                future.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long id = QuarkusTransaction.requiringNew().call(() -> queries.head(slug).orElseThrow().id());
        Map<String, Long> kept = counters(id);
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> TimelineCounts.recount(c, id)));
        assertThat(kept).isEqualTo(counters(id)).containsEntry("kind:MEETING", 1L + writers * rounds * 2L)
                .containsEntry("actor:counted-one", 1L + writers * rounds * 2L);
    }

    @Test
    void aDraftTimelinesCountsStayOutOfTheReadersWayButAreKept() {
        String slug = "counted-then-recounted";
        long id = QuarkusTransaction.requiringNew().call(() -> store.save(new Timeline(slug, "Recounted", "", List.of(),
                List.of(milestone(0), milestone(1)))));
        Map<String, Long> kept = counters(id);

        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> TimelineCounts.recount(c, id)));

        assertThat(counters(id)).isEqualTo(kept).containsEntry("kind:MEETING", 1L).containsEntry("kind:STATEMENT", 1L)
                .containsEntry("year:2000", 1L).containsEntry("year:2001", 1L);
    }

    private void write(String slug, java.util.function.Consumer<MilestoneEntity> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(MilestoneEntity.findBySlug(SLUG, slug).orElseThrow()));
        assertCountsAgree();
    }

    private static ActorEntity actor(Actor actor) {
        return ActorEntity.<ActorEntity>find("slug", actor.slug()).firstResult();
    }

    /**
     * The counts readers are shown equal those the queries that count every milestone give, and the kept counters
     * equal a recount; each visible milestone's position equals its place in the reader's order.
     */
    private void assertCountsAgree() {
        QuarkusTransaction.requiringNew().run(() -> {
            TimelineHead head = queries.head(SLUG).orElseThrow();
            MilestoneWindow kept = queries.window(head.id(), MilestoneFilter.NONE, 0, 1_000);
            Map<Integer, Long> years = new TreeMap<>();
            long undated = 0;
            for (Object[] row : MilestoneFilter.NONE.bind(em.createNamedQuery(MilestoneEntity.READER_YEARS, Object[].class),
                    head.id(), false).getResultList()) {
                if (row[0] == null) {
                    undated = ((Number) row[1]).longValue();
                } else {
                    int isoYear = ((Number) row[0]).intValue() - MilestoneEntity.START_YEAR_SHIFT;
                    years.put(HistoricalDate.of(LocalDate.of(isoYear, 1, 1)).year(), ((Number) row[1]).longValue());
                }
            }
            Map<Integer, Long> keptYears = new TreeMap<>();
            kept.years().forEach(y -> keptYears.put(y.year(), y.count()));
            assertThat(keptYears).isEqualTo(years);
            assertThat(kept.undated()).isEqualTo(undated);
            assertThat(kept.matching()).isEqualTo(years.values().stream().mapToLong(Long::longValue).sum() + undated)
                    .isEqualTo(kept.milestones().size());

            assertThat(queries.kinds(head)).containsExactlyElementsOf(facets("Milestone.kindFacets", head.id()));
            assertThat(queries.actors(head)).containsExactlyElementsOf(facets("Milestone.actorFacets", head.id()));

            List<Milestone> inOrder = kept.milestones();
            for (int i = 0; i < inOrder.size(); i++) {
                assertThat(queries.position(head, MilestoneFilter.NONE, inOrder.get(i).slug())).hasValue(i);
            }
        });
        Long id = QuarkusTransaction.requiringNew().call(() -> queries.head(SLUG).orElseThrow().id());
        Map<String, Long> before = counters(id);
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> TimelineCounts.recount(c, id)));
        assertThat(before).isEqualTo(counters(id));
    }

    private List<Facet> facets(String query, long timelineId) {
        return em.createNamedQuery(query, Object[].class).setParameter(1, timelineId).setParameter(2, false).getResultList().stream()
                .map(row -> row.length == 3 ? new Facet((String) row[0], (String) row[1], ((Number) row[2]).longValue())
                        : new Facet(((Enum<?>) row[0]).name(), null, ((Number) row[1]).longValue())).toList();
    }

    /** The timeline's counters that are not 0, as "dimension:item" (an actor by slug). */
    @SuppressWarnings("unchecked")
    private Map<String, Long> counters(long timelineId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new TreeMap<>();
            List<Object[]> rows = em.createNativeQuery("select c.dimension, coalesce(a.slug, c.item), c.n from timeline_count c"
                    + " left join actor a on c.dimension = 'actor' and c.item = cast(a.id as varchar(40))"
                    + " where c.timeline_id = ?1 and c.n <> 0", Object[].class).setParameter(1, timelineId).getResultList();
            rows.forEach(row -> out.put(row[0] + ":" + row[1], ((Number) row[2]).longValue()));
            return out;
        });
    }

    private static Timeline timeline(int milestones) {
        List<Milestone> list = new ArrayList<>();
        for (int i = 0; i < milestones; i++) {
            list.add(milestone(i));
        }
        return new Timeline(SLUG, "Counted", "Counts kept ahead", List.of(), list);
    }

    /** Milestones over a few years, one undated in seven, one BCE, two kinds, one to three actors. */
    private static Milestone milestone(int i) {
        HistoricalDate date = i % 7 == 6 ? null : i == 5 ? HistoricalDate.ofYear(-44) : HistoricalDate.ofDay(2000 + i % 5, 1 + i % 12, 1 + i % 28);
        List<Actor> actors = i % 3 == 0 ? List.of(ONE) : i % 3 == 1 ? List.of(ONE, TWO) : List.of(TWO, THREE, ONE);
        return Milestone.builder("Counted " + i).slug("m-" + i).date(date).status(date == null ? MilestoneStatus.PLANNED : MilestoneStatus.OCCURRED)
                .kind(i % 2 == 0 ? MilestoneKind.MEETING : MilestoneKind.STATEMENT).actors(actors).build();
    }
}
