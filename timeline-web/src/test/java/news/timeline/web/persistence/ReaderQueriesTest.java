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
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
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
                .contains("href=\"/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "&amp;after=event-" + (ReaderQueries.PAGE - 1) + "\"")
                .contains("href=\"/timelines/" + SLUG + "?from=1950&amp;to=1950\">1950</a>");
        assertThat(html.split("<article id=\"m-", -1)).hasSize(ReaderQueries.PAGE + 1);
    }

    @Test
    void laterPagesLinkBackByAWholePage() {
        String html = given().when().get("/timelines/" + SLUG + "?offset=" + (ReaderQueries.PAGE + 10))
                .then().statusCode(200).extract().asString();

        assertThat(html)
                .contains("href=\"/timelines/" + SLUG + "?offset=10&amp;before=event-" + (ReaderQueries.PAGE + 10) + "\"")
                .contains("href=\"/timelines/" + SLUG + "?offset=" + (2 * ReaderQueries.PAGE + 10) + "&amp;after=event-"
                        + (2 * ReaderQueries.PAGE + 9) + "\"");
    }

    @Test
    void thePagersKeysOpenTheSamePagesAsTheirOffsets() {
        String next = given().when().get("/timelines/" + SLUG + "?offset=" + (ReaderQueries.PAGE + 10) + "&after=event-" + (ReaderQueries.PAGE + 9))
                .then().statusCode(200).extract().asString();
        String previous = given().when().get("/timelines/" + SLUG + "?offset=10&before=event-" + (ReaderQueries.PAGE + 10))
                .then().statusCode(200).extract().asString();
        String firstFromAKey = given().when().get("/timelines/" + SLUG + "?offset=0&before=event-20").then().statusCode(200)
                .extract().asString();
        String unknownKey = given().when().get("/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "&after=no-such-event")
                .then().statusCode(200).extract().asString();
        String unknownBefore = given().when().get("/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "&before=no-such-event")
                .then().statusCode(200).extract().asString();

        assertThat(cards(next)).containsExactlyElementsOf(events(ReaderQueries.PAGE + 10, ReaderQueries.PAGE));
        assertThat(next).contains("Showing " + ReaderQueries.PAGE + " of 1200 milestones.");
        assertThat(cards(previous)).containsExactlyElementsOf(events(10, ReaderQueries.PAGE));
        // Fewer than a page before the key: the first page, whole.
        assertThat(cards(firstFromAKey)).containsExactlyElementsOf(events(0, ReaderQueries.PAGE));
        // A key that is not (or no longer) there: the first page, under a notice that names the parameter and the key.
        assertThat(cards(unknownKey)).containsExactlyElementsOf(events(0, ReaderQueries.PAGE));
        assertThat(unknownKey).contains("role=\"alert\">The address&#39;s “after” names no milestone of this list (“no-such-event”)");
        assertThat(unknownBefore).contains("The address&#39;s “before” names no milestone of this list (“no-such-event”)");
        assertThat(next).doesNotContain("names no milestone");
    }

    private static List<String> cards(String html) {
        return java.util.regex.Pattern.compile("<article id=\"m-([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static List<String> events(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> "event-" + i).toList();
    }

    @Test
    void aLinkToOneMilestoneOpensThePageThatHoldsIt() {
        // event-130 is the 131st milestone: on the third page of cards.
        String html = given().when().get("/timelines/" + SLUG + "?at=event-130").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<article id=\"m-event-130\"")
                .contains("<article id=\"m-event-" + 2 * ReaderQueries.PAGE + "\"")
                .doesNotContain("<article id=\"m-event-" + (2 * ReaderQueries.PAGE - 1) + "\"")
                .contains("href=\"/timelines/" + SLUG + "?offset=" + ReaderQueries.PAGE + "&amp;before=event-" + 2 * ReaderQueries.PAGE + "\"");
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

    @Test
    void thePageThatHoldsAMilestoneIsFoundOnTheFirstTheSecondAndTheLastPage() {
        long id = queries.head(SLUG).orElseThrow().id();
        MilestoneFilter meetings = new MilestoneFilter(MilestoneKind.MEETING, null, null, null, null, null);

        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, "event-0")).isZero();
        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, "event-49")).isZero();
        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, "event-50")).isEqualTo(ReaderQueries.PAGE);
        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, " event-99 ")).isEqualTo(ReaderQueries.PAGE);
        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, "event-" + (MILESTONES - 1)))
                .isEqualTo(MILESTONES - ReaderQueries.PAGE);
        assertThat(queries.pageHolding(id, MilestoneFilter.NONE, "no-such-event")).isZero();
        // Among the 600 meetings, event-1198 is the last: the last page of meetings starts at 550.
        assertThat(queries.pageHolding(id, meetings, "event-1198")).isEqualTo(MILESTONES / 2 - ReaderQueries.PAGE);
        assertThat(queries.pageHolding(id, meetings, "event-1199")).isZero();
    }

    @Test
    void yearsAreCountedWithTheFilters() {
        long id = queries.head(SLUG).orElseThrow().id();
        MilestoneFilter meetingsOfTheFifties = new MilestoneFilter(MilestoneKind.MEETING, null, null, null,
                HistoricalDate.ofYear(1950), HistoricalDate.ofYear(1959));

        MilestoneWindow meetings = queries.window(id, meetingsOfTheFifties, 0, ReaderQueries.PAGE);
        MilestoneWindow text = queries.window(id, new MilestoneFilter(null, null, null, "IN 1950", null, null), 0, ReaderQueries.PAGE);
        MilestoneWindow actor = queries.window(id, new MilestoneFilter(null, "big-leader", null, null, null, null), 0, ReaderQueries.PAGE);
        MilestoneWindow nobody = queries.window(id, new MilestoneFilter(null, "nobody", null, null, null, null, "big"), 0,
                ReaderQueries.PAGE);

        assertThat(meetings.years()).extracting(MilestoneWindow.YearCount::year)
                .containsExactly(1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959);
        assertThat(meetings.years()).allSatisfy(year -> assertThat(year.count()).isEqualTo(PER_YEAR / 2));
        assertThat(meetings.matching()).isEqualTo(10 * PER_YEAR / 2);
        assertThat(text.years()).containsExactly(new MilestoneWindow.YearCount(1950, PER_YEAR));
        assertThat(actor.years()).hasSize(MILESTONES / PER_YEAR);
        assertThat(actor.matching()).isEqualTo(MILESTONES);
        assertThat(nobody.years()).isEmpty();
        assertThat(nobody.matching()).isZero();
        assertThat(nobody.milestones()).isEmpty();
    }

    @Test
    void yearsBeforeTheCommonEraAndUndatedMilestonesAreCountedAsReadersCountThem() {
        long id = edgeTimeline();

        MilestoneWindow window = queries.window(id, MilestoneFilter.NONE, 0, ReaderQueries.PAGE);

        assertThat(window.years()).containsExactly(new MilestoneWindow.YearCount(-HistoricalDate.MAX_YEAR, 1),
                new MilestoneWindow.YearCount(-44, 1), new MilestoneWindow.YearCount(-1, 1), new MilestoneWindow.YearCount(1, 1),
                new MilestoneWindow.YearCount(2020, 5), new MilestoneWindow.YearCount(HistoricalDate.MAX_YEAR, 1));
        assertThat(window.undated()).isEqualTo(2);
        assertThat(window.matching()).isEqualTo(EDGE_ORDER.size());
    }

    @Test
    void tiesOnADateAreBrokenTheSameWayOnThePageAndInThePositionOfAMilestone() {
        long id = edgeTimeline();

        List<String> shown = queries.window(id, MilestoneFilter.NONE, 0, ReaderQueries.PAGE).milestones().stream()
                .map(Milestone::slug).toList();

        assertThat(shown).containsExactlyElementsOf(EDGE_ORDER);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(queries.position(id, MilestoneFilter.NONE, shown.get(i))).as(shown.get(i)).hasValue(i);
        }
    }

    @Test
    void aPageLoadReadsTheRowsItShowsNotEveryMilestone() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();

        given().when().get("/timelines/" + SLUG + "?at=event-" + (MILESTONES - 1)).then().statusCode(200);

        long rows = java.util.Arrays.stream(statistics.getQueries())
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionRowCount()).sum();
        // The cards of one page, a count for each of the 100 years, the facets and the position: not 1,200 rows twice.
        assertThat(rows).isGreaterThanOrEqualTo(ReaderQueries.PAGE).isLessThan(ReaderQueries.PAGE + MILESTONES / PER_YEAR + 20);
    }

    @Test
    void theDatabaseOrdersCountsAndPlacesMilestonesAsJavaDoes() {
        long id = trickyTimeline();
        List<Milestone> visible = store.find(TRICKY).orElseThrow().milestones().stream().sorted(Milestone.CHRONOLOGICAL).toList();
        MilestoneFilter meetings = new MilestoneFilter(MilestoneKind.MEETING, null, null, null, null, null);
        List<Milestone> visibleMeetings = visible.stream().filter(m -> m.kind() == MilestoneKind.MEETING).toList();

        MilestoneWindow window = queries.window(id, MilestoneFilter.NONE, 0, 1_000);

        assertThat(visible).hasSize(3 * DomainMappingTest.TRICKY_DATES.size() + 2);
        assertThat(window.milestones()).extracting(Milestone::slug).containsExactlyElementsOf(slugs(visible));
        java.util.Map<Integer, Long> years = new java.util.TreeMap<>();
        visible.stream().filter(m -> m.date() != null).forEach(m -> years.merge(m.date().year(), 1L, Long::sum));
        assertThat(window.years()).extracting(y -> java.util.Map.entry(y.year(), y.count()))
                .containsExactlyElementsOf(years.entrySet());
        assertThat(window.undated()).isEqualTo(visible.stream().filter(m -> m.date() == null).count());
        assertThat(window.matching()).isEqualTo(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            assertThat(queries.position(id, MilestoneFilter.NONE, visible.get(i).slug())).as(visible.get(i).slug()).hasValue(i);
        }
        for (int i = 0; i < visibleMeetings.size(); i++) {
            assertThat(queries.position(id, meetings, visibleMeetings.get(i).slug())).as(visibleMeetings.get(i).slug()).hasValue(i);
        }
        assertThat(queries.window(id, meetings, 0, 1_000).milestones()).extracting(Milestone::slug)
                .containsExactlyElementsOf(slugs(visibleMeetings));
        assertThat(queries.position(id, MilestoneFilter.NONE, "draft")).isEmpty();
        assertThat(queries.position(id, MilestoneFilter.NONE, "deleted")).isEmpty();
    }

    @Test
    void aWindowAtAnyOffsetStartsWhereTheReadersOrderPutsIt() {
        long id = trickyTimeline();
        List<String> order = slugs(store.find(TRICKY).orElseThrow().milestones().stream().sorted(Milestone.CHRONOLOGICAL).toList());
        int limit = 3;

        // From the first full window on, the window starts at the month its offset falls in (the counts kept
        // ahead), then skips within it: before the common era, ties on one day, the undated last, past the end.
        for (int offset = 0; offset <= order.size() + 1; offset++) {
            MilestoneWindow window = queries.window(id, MilestoneFilter.NONE, offset, limit);
            int from = Math.min(offset, order.size());
            assertThat(window.offset()).as("offset %d", offset).isEqualTo(from);
            assertThat(slugs(window.milestones())).as("offset %d", offset)
                    .isEqualTo(order.subList(from, Math.min(from + limit, order.size())));
        }
    }

    @Test
    void aDeepWindowStartsAtTheFirstKeyOfTheMonthItsOffsetFallsIn() {
        java.util.SortedMap<Integer, Long> months = new java.util.TreeMap<>(java.util.Map.of(-30, 2L, 24_240, 5L, 24_300, 3L));

        assertThat(ReaderQueries.skip(months, 0)).isEqualTo(new ReaderQueries.Skip(firstKey(-30), 0));
        assertThat(ReaderQueries.skip(months, 1)).isEqualTo(new ReaderQueries.Skip(firstKey(-30), 1));
        assertThat(ReaderQueries.skip(months, 2)).isEqualTo(new ReaderQueries.Skip(firstKey(24_240), 0));
        assertThat(ReaderQueries.skip(months, 6)).isEqualTo(new ReaderQueries.Skip(firstKey(24_240), 4));
        assertThat(ReaderQueries.skip(months, 9)).isEqualTo(new ReaderQueries.Skip(firstKey(24_300), 2));
        // Past the dated: the undated, whose keys start with 1.
        assertThat(ReaderQueries.skip(months, 10)).isEqualTo(new ReaderQueries.Skip("1", 0));
        assertThat(ReaderQueries.skip(months, 12)).isEqualTo(new ReaderQueries.Skip("1", 2));
    }

    /** The lowest order key of a month: "0", then its first day shifted by 10,000,000 in eight digits. */
    private static String firstKey(int month) {
        return "0" + String.format(java.util.Locale.ROOT, "%08d", TimelineCounts.firstDay(month) + 10_000_000);
    }

    @Test
    void keysetWindowsWalkTheOrderJavaGivesBothWaysAndUnderAFilter() {
        TimelineHead head = queries.head(TRICKY).orElseThrow();
        List<Milestone> visible = store.find(TRICKY).orElseThrow().milestones().stream().sorted(Milestone.CHRONOLOGICAL).toList();
        MilestoneFilter meetings = new MilestoneFilter(MilestoneKind.MEETING, null, null, null, null, null);
        List<Milestone> visibleMeetings = visible.stream().filter(m -> m.kind() == MilestoneKind.MEETING).toList();
        int limit = 7;

        for (var filtered : List.of(java.util.Map.entry(MilestoneFilter.NONE, slugs(visible)), java.util.Map.entry(meetings, slugs(visibleMeetings)))) {
            MilestoneFilter filter = filtered.getKey();
            List<String> order = filtered.getValue();
            // Forwards, each window after the last milestone of the one before, offsets counted.
            List<String> walked = new ArrayList<>(slugs(queries.window(head, filter, 0, limit).milestones()));
            while (walked.size() < order.size()) {
                MilestoneWindow next = queries.windowAfter(head, filter, walked.get(walked.size() - 1), null, limit);
                assertThat(next.offset()).isEqualTo(walked.size());
                assertThat(next.milestones()).isNotEmpty();
                walked.addAll(slugs(next.milestones()));
            }
            assertThat(walked).containsExactlyElementsOf(order);
            assertThat(queries.windowAfter(head, filter, order.get(order.size() - 1), null, limit).milestones()).isEmpty();
            // Backwards, and the page that holds each milestone, which is read on both sides of its key.
            for (int i = 0; i < order.size(); i++) {
                MilestoneWindow before = queries.windowBefore(head, filter, order.get(i), null, limit);
                int from = i < limit ? 0 : i - limit;
                assertThat(before.offset()).as(order.get(i)).isEqualTo(from);
                assertThat(slugs(before.milestones())).as(order.get(i)).isEqualTo(order.subList(from, Math.min(from + limit, order.size())));
                MilestoneWindow holding = queries.windowHolding(head, filter, order.get(i));
                int page = i / ReaderQueries.PAGE * ReaderQueries.PAGE;
                assertThat(holding.offset()).as(order.get(i)).isEqualTo(page);
                assertThat(slugs(holding.milestones())).as(order.get(i))
                        .isEqualTo(order.subList(page, Math.min(page + ReaderQueries.PAGE, order.size())));
            }
        }
    }

    /**
     * H2 reads the reader's pages from the index {@code milestone_order_key} in its order, forwards and backwards,
     * instead of sorting every milestone of the timeline: the SQL Hibernate writes for the page, a window after a key
     * and the milestones before a key, each explained by H2 as it is planned before its parameters are bound. (H2
     * uses an index for an order only when the {@code order by} starts with the index's first column.) PostgreSQL
     * chooses by its statistics; docs/benchmarks.md gives its plans.
     */
    @Test
    void h2ReadsThePagesFromTheIndexWithoutSorting() throws Exception {
        TimelineHead head = queries.head(SLUG).orElseThrow();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"));
            RecordedStatements.clear();
            queries.window(head, MilestoneFilter.NONE, 10, ReaderQueries.PAGE);
            queries.windowAfter(head, MilestoneFilter.NONE, "event-500", 501, ReaderQueries.PAGE);
            queries.windowHolding(head, MilestoneFilter.NONE, "event-530");
            queries.window(head, MilestoneFilter.NONE, 700, ReaderQueries.PAGE);
            List<String> pages = RecordedStatements.statements().stream().filter(sql -> sql.contains(" from milestone ") && sql.contains("order by"))
                    .toList();
            assertThat(pages).hasSize(5);
            for (String sql : pages) {
                try (java.sql.PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                    for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                        explain.setObject(i, null);
                    }
                    try (java.sql.ResultSet plan = explain.executeQuery()) {
                        plan.next();
                        assertThat(plan.getString(1)).as(sql).containsIgnoringCase("milestone_order_key:").contains("/* index sorted */");
                    }
                }
            }
        }
    }

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void aLinkToOneOfManyMilestonesOnOneDayOpensThePageThatHoldsIt() {
        long id = trickyTimeline();
        List<String> order = slugs(store.find(TRICKY).orElseThrow().milestones().stream().sorted(Milestone.CHRONOLOGICAL).toList());

        for (int i : List.of(0, ReaderQueries.PAGE - 1, ReaderQueries.PAGE, order.size() - 3, order.size() - 1)) {
            String slug = order.get(i);
            assertThat(queries.pageHolding(id, MilestoneFilter.NONE, slug)).as(slug).isEqualTo(i / ReaderQueries.PAGE * ReaderQueries.PAGE);
            String html = given().when().get("/timelines/" + TRICKY + "?at=" + slug).then().statusCode(200).extract().asString();
            assertThat(html).as(slug).contains("<article id=\"m-" + slug + "\"");
        }
    }

    private static final String TRICKY = "tricky-timeline";

    private static List<String> slugs(List<Milestone> milestones) {
        return milestones.stream().map(Milestone::slug).toList();
    }

    /**
     * Every tricky date three times (two tied on importance, headline aside, and a third tied on all but the
     * slug), two undated milestones, a draft and a deleted one on the first date; every third one a meeting.
     */
    private long trickyTimeline() {
        if (queries.head(TRICKY).isEmpty()) {
            List<Milestone> milestones = new ArrayList<>();
            int n = 0;
            for (String date : DomainMappingTest.TRICKY_DATES) {
                HistoricalDate d = HistoricalDate.parse(date);
                for (String[] copy : new String[][] {{"Bravo", "b"}, {"Alpha", "a"}, {"Alpha", "c"}}) {
                    milestones.add(Milestone.builder(copy[0]).slug("t" + (n++) + "-" + copy[1]).date(d).importance(2)
                            .kind(n % 3 == 0 ? MilestoneKind.MEETING : MilestoneKind.STATEMENT).build());
                }
            }
            milestones.add(edge("Undated", "undated-1", null, 2));
            milestones.add(edge("Undated", "undated-0", null, 2));
            milestones.add(edge("Alpha", "draft", HistoricalDate.ofYear(2014), 1));
            milestones.add(edge("Alpha", "deleted", HistoricalDate.ofYear(2014), 1));
            store.save(new Timeline(TRICKY, "Tricky timeline", null, List.of(), milestones));
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                MilestoneEntity.findBySlug(TRICKY, "draft").orElseThrow().published = false;
                MilestoneEntity.findBySlug(TRICKY, "deleted").orElseThrow().deletedAt = java.time.OffsetDateTime.now();
            });
        }
        return queries.head(TRICKY).orElseThrow().id();
    }

    /** The reader's order, ties included: a coarser date first, then by importance, headline and slug; undated last. */
    private static final List<String> EDGE_ORDER = List.of("first-year", "ides-of-march", "one-bce", "one-ce",
            "the-month", "major", "same-a", "same-b", "minor", "last-year", "undated-major", "undated-minor");

    private long edgeTimeline() {
        String slug = "edge-timeline";
        if (queries.head(slug).isEmpty()) {
            HistoricalDate day = HistoricalDate.ofDay(2020, 3, 1);
            store.save(new Timeline(slug, "Edge timeline", null, List.of(), List.of(
                    edge("Last", "last-year", HistoricalDate.ofYear(HistoricalDate.MAX_YEAR), 2),
                    edge("Same", "same-b", day, 2),
                    edge("Alpha", "minor", day, 3),
                    edge("Same", "same-a", day, 2),
                    edge("Zulu", "major", day, 1),
                    edge("Month", "the-month", HistoricalDate.ofMonth(2020, 3), 2),
                    edge("Caesar", "ides-of-march", HistoricalDate.ofDay(-44, 3, 15), 2),
                    edge("First", "first-year", HistoricalDate.ofYear(-HistoricalDate.MAX_YEAR), 2),
                    edge("One BCE", "one-bce", HistoricalDate.ofYear(-1), 2),
                    edge("One CE", "one-ce", HistoricalDate.ofYear(1), 2),
                    edge("Undated A", "undated-minor", null, 2),
                    edge("Undated B", "undated-major", null, 1))));
        }
        return queries.head(slug).orElseThrow().id();
    }

    private static Milestone edge(String headline, String slug, HistoricalDate date, int importance) {
        return Milestone.builder(headline).slug(slug).date(date).importance(importance)
                .status(date == null ? news.timeline.core.milestone.MilestoneStatus.PLANNED
                        : news.timeline.core.milestone.MilestoneStatus.OCCURRED).build();
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
