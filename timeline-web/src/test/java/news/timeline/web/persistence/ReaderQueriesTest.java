package news.timeline.web.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A big timeline stays cheap to show: one window of milestones, a per-year summary, few statements. */
@QuarkusTest
class ReaderQueriesTest {

    private static final String SLUG = "big-timeline";
    private static final int MILESTONES = 1_200;
    private static final int FIRST_YEAR = 1901;
    private static final int PER_YEAR = 12;
    /** Far below one statement per milestone: a window of 200 loads its collections in batches. */
    private static final int STATEMENT_BUDGET = 20;

    @Inject
    TimelineStore store;

    @Inject
    ReaderQueries queries;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void createBigTimeline() {
        if (queries.head(SLUG).isEmpty()) {
            store.save(bigTimeline());
        }
    }

    @Test
    void firstWindowShowsAPageAndSummarisesEveryYear() {
        long id = queries.head(SLUG).orElseThrow().id();

        MilestoneWindow window = queries.window(id, MilestoneFilter.NONE, 0, ReaderQueries.WINDOW);

        assertThat(window.milestones()).hasSize(ReaderQueries.WINDOW);
        assertThat(window.matching()).isEqualTo(MILESTONES);
        assertThat(window.hasMore()).isTrue();
        assertThat(window.years()).hasSize(MILESTONES / PER_YEAR)
                .allSatisfy(year -> assertThat(year.count()).isEqualTo(PER_YEAR));
        assertThat(window.milestones().get(0).date()).isEqualTo(HistoricalDate.ofMonth(FIRST_YEAR, 1));
        assertThat(window.milestones()).isSortedAccordingTo(Milestone.CHRONOLOGICAL);
    }

    @Test
    void laterWindowsContinueWhereTheLastEnded() {
        long id = queries.head(SLUG).orElseThrow().id();

        MilestoneWindow last = queries.window(id, MilestoneFilter.NONE, 1_100, ReaderQueries.WINDOW);

        assertThat(last.milestones()).hasSize(100);
        assertThat(last.hasMore()).isFalse();
        assertThat(last.hasLess()).isTrue();
        assertThat(last.milestones().get(99).date()).isEqualTo(HistoricalDate.ofMonth(FIRST_YEAR + 99, 12));
    }

    @Test
    void dateRangeIsARangeQuery() {
        long id = queries.head(SLUG).orElseThrow().id();
        MilestoneFilter decade = new MilestoneFilter(null, null, null, null,
                HistoricalDate.ofYear(1950), HistoricalDate.ofYear(1959));

        MilestoneWindow window = queries.window(id, decade, 0, ReaderQueries.WINDOW);

        assertThat(window.matching()).isEqualTo(10 * PER_YEAR);
        assertThat(window.milestones()).allSatisfy(m -> assertThat(m.date().year()).isBetween(1950, 1959));
    }

    @Test
    void aWindowCostsAFixedNumberOfStatements() {
        long id = queries.head(SLUG).orElseThrow().id();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();

        MilestoneWindow window = queries.window(id, MilestoneFilter.NONE, 0, ReaderQueries.WINDOW);

        assertThat(window.milestones()).hasSize(ReaderQueries.WINDOW)
                .allSatisfy(m -> assertThat(m.actors()).hasSize(2));
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(STATEMENT_BUDGET);
    }

    @Test
    void pageOfABigTimelineLinksToTheNextWindowAndEachYear() {
        String html = given().when().get("/timelines/" + SLUG).then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("Showing " + ReaderQueries.PAGE + " of 1200 milestones.")
                .contains("href=\"/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "\"")
                .contains("href=\"/timelines/" + SLUG + "?from=1950&amp;to=1950\">1950</a>");
        assertThat(html.split("<article id=\"m-", -1)).hasSize(ReaderQueries.PAGE + 1);
    }

    @Test
    void laterPagesLinkBackByAWholePage() {
        String html = given().when().get("/timelines/" + SLUG + "?offset=" + (ReaderQueries.PAGE + 10))
                .then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("href=\"/timelines/" + SLUG + "?offset=10\"")
                .contains("href=\"/timelines/" + SLUG + "?offset=" + (2 * ReaderQueries.PAGE + 10) + "\"");
    }

    @Test
    void aLinkToOneMilestoneOpensThePageThatHoldsIt() {
        // event-130 is the 131st milestone: on the third page of cards.
        String html = given().when().get("/timelines/" + SLUG + "?at=event-130").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<article id=\"m-event-130\"")
                .contains("<article id=\"m-event-" + 2 * ReaderQueries.PAGE + "\"")
                .doesNotContain("<article id=\"m-event-" + (2 * ReaderQueries.PAGE - 1) + "\"")
                .contains("href=\"/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "\"");
    }

    @Test
    void aLinkToAMilestoneTheFiltersLeaveOutOpensTheFirstPage() {
        long id = queries.head(SLUG).orElseThrow().id();
        MilestoneFilter meetings = new MilestoneFilter(MilestoneKind.MEETING, null, null, null, null, null);

        assertThat(queries.position(id, meetings, "event-130")).hasValue(65);
        assertThat(queries.position(id, meetings, "event-131")).isEmpty();
        String html = given().when().get("/timelines/" + SLUG + "?kind=meeting&at=event-131").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<article id=\"m-event-0\"").doesNotContain("id=\"m-event-131\"");
    }

    private static Timeline bigTimeline() {
        Actor leader = Actor.person("Big Leader");
        Actor country = Actor.country("Bigland");
        Place capital = Place.named("Big City", PlaceType.CITY, null);
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < MILESTONES; i++) {
            int year = FIRST_YEAR + i / PER_YEAR;
            int month = i % PER_YEAR + 1;
            milestones.add(Milestone.builder("Event " + i + " in " + year)
                    .slug("event-" + i)
                    .date(HistoricalDate.ofMonth(year, month))
                    .kind(i % 2 == 0 ? MilestoneKind.MEETING : MilestoneKind.STATEMENT)
                    .actors(List.of(leader, country))
                    .places(List.of(capital))
                    .tags(List.of("big"))
                    .sources(List.of(Source.of("Archive", "Outlet", "https://example.org/" + i,
                            LocalDate.of(2020, 1, 1), "Quote " + i)))
                    .build());
        }
        return new Timeline(SLUG, "Big timeline", "A century of monthly events", List.of(), milestones);
    }
}
