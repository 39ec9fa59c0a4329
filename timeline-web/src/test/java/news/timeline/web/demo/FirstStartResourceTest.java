package news.timeline.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.AtOnce;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ActorEntity;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.PlaceEntity;
import news.timeline.web.persistence.TimelineEntity;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.Accounts;
import org.junit.jupiter.api.Test;

/**
 * The start-up tasks of two instances that start together on one database: each runs the task's code at the
 * same moment, both succeed, and what they create exists once. Several rounds, each with new names, since
 * two threads do not always meet inside the same instant.
 */
@QuarkusTest
class FirstStartResourceTest {

    private static final int ROUNDS = 5;
    private static final String PASSWORD = "first start's long password";

    @Inject
    Accounts accounts;
    @Inject
    TimelineStore store;

    @Test
    void theFirstAdministratorIsCreatedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String username = "first-account-" + round;

            // The first administrator's code, for an editor: the other tests expect one administrator.
            List<Boolean> created = together(() -> accounts.createUnlessPresent(username, username, PASSWORD,
                    AccountEntity.Role.EDITOR));

            assertThat(created).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(AccountEntity.count("username", username)).isEqualTo(1);
        }
    }

    @Test
    void theDemoTimelineAndItsActorsAndPlacesAreStoredOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Timeline demo = demo("first-start-" + round);

            List<Boolean> stored = together(() -> store.addUnlessPresent(demo));

            assertThat(stored).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(TimelineEntity.count("slug", demo.slug())).isEqualTo(1);
            assertThat(MilestoneEntity.count("timeline.slug", demo.slug())).isEqualTo(2);
            assertThat(ActorEntity.count("slug", demo.slug() + "-envoy")).isEqualTo(1);
            assertThat(ActorEntity.count("slug", demo.slug() + "-minister")).isEqualTo(1);
            assertThat(PlaceEntity.count("slug", demo.slug() + "-harbour")).isEqualTo(1);
        }
    }

    /** A small timeline whose actors and place no other timeline names. */
    private static Timeline demo(String slug) {
        Actor envoy = new Actor(slug + "-envoy", slug + " envoy", ActorType.PERSON, List.of());
        Actor minister = new Actor(slug + "-minister", slug + " minister", ActorType.PERSON, List.of());
        Place harbour = new Place(slug + "-harbour", slug + " harbour", PlaceType.CITY, null, List.of());
        List<Milestone> milestones = List.of(
                Milestone.builder("Envoys meet").slug("envoys-meet").date(HistoricalDate.parse("2025-02-01"))
                        .actors(List.of(envoy, minister)).places(List.of(harbour)).build(),
                Milestone.builder("Talks end").slug("talks-end").date(HistoricalDate.parse("2025-02-03"))
                        .actors(List.of(minister)).places(List.of(harbour)).build());
        return new Timeline(slug, "First start " + slug, null, List.of(), milestones);
    }

    /** Runs the task in both instances at once; what each returned. */
    private static List<Boolean> together(Callable<Boolean> task) throws Exception {
        return AtOnce.run(List.of(task, task));
    }
}
