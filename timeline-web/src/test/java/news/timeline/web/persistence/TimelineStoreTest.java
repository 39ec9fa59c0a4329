package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Cover;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;
import org.junit.jupiter.api.Test;

/** Timelines survive a round trip through the database: every field, every kind of date. */
@QuarkusTest
class TimelineStoreTest {

    private static final String ARTICLE = "Caesar was killed in 44 BC. Talks ran from 16 to 17 June 2021.";
    private static final Actor CAESAR = Actor.person("Julius Caesar", "Caesar");
    private static final Actor SENATE = Actor.organisation("Roman Senate");
    private static final Place ROME = new Place(null, "Rome", PlaceType.CITY, "IT", List.of("Roma"));

    @Inject
    TimelineStore store;

    @Test
    void roundTripKeepsEveryField() {
        Timeline timeline = new Timeline("store-round-trip", "Round trip", "All fields",
                List.of(new Era("Late Republic", HistoricalDate.parse("-0133/-0027"))),
                List.of(caesar(), talks(), planned()));

        store.save(timeline);

        assertThat(store.find("store-round-trip")).hasValue(timeline);
    }

    @Test
    void roundTripKeepsHowTheTimelineIsPublished() {
        Timeline timeline = new Timeline("store-published", "Published", null, TimelineState.ARCHIVED, TimelineZoom.MONTH,
                new Cover("https://img.example/rome.jpg", "The Forum", "Photo desk"), "https://news.example.org",
                List.of(new Era("Late Republic", HistoricalDate.parse("-0133/-0027"))), List.of(caesar()));

        store.save(timeline);

        assertThat(store.find("store-published")).hasValue(timeline);
    }

    @Test
    void savingAgainReplacesMilestonesAndKeepsSharedActors() {
        store.save(new Timeline("store-replace", "Replace", null, List.of(), List.of(caesar(), talks())));
        Timeline changed = new Timeline("store-replace", "Replace, edited", "Now with a description", List.of(),
                List.of(caesar(), planned()));

        store.save(changed);

        assertThat(store.find("store-replace")).hasValue(changed);
        assertThat(ActorEntity.count("slug", "julius-caesar")).isEqualTo(1);
    }

    @Test
    void summariesCountMilestonesAndSpanTheirDates() {
        store.save(new Timeline("store-summary", "Summary", null, List.of(), List.of(caesar(), talks(), planned())));

        assertThat(store.summaries()).filteredOn(s -> s.slug().equals("store-summary")).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.milestones()).isEqualTo(3);
                    assertThat(summary.firstDay()).isEqualTo(HistoricalDate.parse("-0044-03-15").startDay());
                    // "about 2026" is the latest milestone; it covers the whole year.
                    assertThat(summary.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
                });
    }

    @Test
    void unknownSlugIsEmpty() {
        assertThat(store.find("no-such-timeline")).isEmpty();
    }

    private static Milestone caesar() {
        int start = ARTICLE.indexOf("Caesar was killed");
        return Milestone.builder("Caesar is assassinated")
                .date(HistoricalDate.parse("-0044-03-15"))
                .kind(MilestoneKind.MILITARY_ACTION)
                .actors(List.of(CAESAR, SENATE))
                .places(List.of(ROME))
                .tags(List.of("rome", "ides of march"))
                .sources(List.of(Source.quoting("History", "Outlet", "https://example.org/caesar",
                        LocalDate.of(2020, 3, 15), ARTICLE, start, ARTICLE.indexOf('.') + 1)))
                .media(List.of(new Media("https://example.org/caesar.jpg", "Museum", "A bust of Caesar")))
                .importance(1)
                .build();
    }

    private static Milestone talks() {
        return Milestone.builder("Talks in Geneva")
                .date(HistoricalDate.parse("2021-06-16/2021-06-17"))
                .kind(MilestoneKind.NEGOTIATION)
                .sources(List.of(Source.of(null, null, null, null, "Talks ran from 16 to 17 June 2021.")))
                .importance(3)
                .build();
    }

    private static Milestone planned() {
        return Milestone.builder("A summit, about 2026")
                .date(HistoricalDate.parse("2026~"))
                .status(MilestoneStatus.EXPECTED)
                .kind(MilestoneKind.MEETING)
                .build();
    }
}
