package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import news.timeline.web.reader.AxisLayout.Axis;
import news.timeline.web.reader.AxisLayout.Card;
import news.timeline.web.reader.AxisLayout.Cluster;
import news.timeline.web.reader.AxisLayout.Elsewhere;
import news.timeline.web.reader.AxisLayout.Item;
import news.timeline.web.reader.AxisLayout.Period;
import news.timeline.web.reader.AxisLayout.Tick;
import org.junit.jupiter.api.Test;

class AxisLayoutTest {

    private static final Locale EN = Locale.UK;
    private static final long JAN_2021 = LocalDate.of(2021, 1, 1).toEpochDay();
    private static final long JAN_2022 = LocalDate.of(2022, 1, 1).toEpochDay();

    private static Item day(String slug, long day, int importance) {
        return new Item(slug, "Headline " + slug, "day " + day, day, day + 1, importance);
    }

    /** n milestones on days spread by a fixed stride through 2021, importance cycling 1, 2, 3. */
    private static List<Item> spread(int n) {
        return IntStream.range(0, n).mapToObj(i -> day("m" + i, JAN_2021 + (i * 7919L) % 365, 1 + i % 3)).toList();
    }

    private static Axis year(List<Item> items) {
        return AxisLayout.layout(items, List.of(), List.of(), JAN_2021, JAN_2022, EN);
    }

    @Test
    void cardsOfARowNeverOverlapAndKeepTheirGap() {
        for (int n : new int[]{1, 5, 12, 40, 300, 10_000}) {
            Axis axis = year(spread(n));
            for (Card a : axis.cards()) {
                assertThat(a.x()).isBetween(0, 100 - AxisLayout.CARD);
                for (Card b : axis.cards()) {
                    if (a != b && a.row() == b.row()) {
                        assertThat(Math.abs(a.x() - b.x())).as("%s and %s at %d milestones", a, b, n)
                                .isGreaterThanOrEqualTo(AxisLayout.CARD + AxisLayout.GAP);
                    }
                }
            }
        }
    }

    @Test
    void rowsAreBoundedAndWhatDoesNotFitIsCountedOnce() {
        for (int n : new int[]{1, 5, 12, 40, 300, 10_000}) {
            Axis axis = year(spread(n));
            assertThat(axis.cards()).allSatisfy(c -> assertThat(c.row()).isBetween(0, AxisLayout.ROWS - 1));
            // At most six cards fit a row of 100 percent with 16-percent cards and their gaps.
            assertThat(axis.cards().size()).isLessThanOrEqualTo(AxisLayout.ROWS * (100 / (AxisLayout.CARD + AxisLayout.GAP)));
            long clustered = axis.clusters().stream().mapToLong(Cluster::count).sum();
            assertThat(axis.cards().size() + clustered).as("every milestone a card or counted, at %d", n).isEqualTo(n);
        }
    }

    @Test
    void clustersDoNotOverlapAndStayOnTheAxis() {
        Axis axis = year(spread(10_000));
        List<Cluster> clusters = axis.clusters();
        assertThat(clusters).isNotEmpty();
        for (int i = 0; i < clusters.size(); i++) {
            assertThat(clusters.get(i).x()).isBetween(0, 100 - AxisLayout.CLUSTER);
            if (i > 0) {
                assertThat(clusters.get(i).x() - clusters.get(i - 1).x()).isGreaterThanOrEqualTo(AxisLayout.CLUSTER + AxisLayout.GAP);
            }
        }
        // Bounded however many milestones there are: at most one per badge width and gap.
        assertThat(clusters.size()).isLessThanOrEqualTo(100 / (AxisLayout.CLUSTER + AxisLayout.GAP) + 1);
    }

    @Test
    void aClusterCountsTheMilestonesOfItsSpanAndNamesItAsDates() {
        List<Item> items = new ArrayList<>();
        long march3 = LocalDate.of(2021, 3, 3).toEpochDay();
        for (int i = 0; i < 9; i++) {
            items.add(day("same-week-" + i, march3 + i % 5, 2));
        }
        Axis axis = year(items);
        assertThat(axis.cards()).hasSize(AxisLayout.ROWS);
        assertThat(axis.clusters()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(9 - AxisLayout.ROWS);
            assertThat(c.from()).isGreaterThanOrEqualTo("2021-03-03");
            assertThat(c.to()).isLessThanOrEqualTo("2021-03-07");
            assertThat(c.fromLabel()).contains("March 2021");
        });
    }

    @Test
    void theMostImportantMilestonesGetTheCards() {
        long day = LocalDate.of(2021, 6, 1).toEpochDay();
        List<Item> items = List.of(day("minor-1", day, 3), day("minor-2", day, 3), day("major", day + 1, 1),
                day("minor-3", day, 3));
        assertThat(year(items).cards()).extracting(Card::slug).contains("major").hasSize(AxisLayout.ROWS);
    }

    @Test
    void milestonesOutsideTheViewAreLeftOut() {
        Axis axis = year(List.of(day("before", JAN_2021 - 10, 1), day("inside", JAN_2021 + 100, 1),
                day("after", JAN_2022 + 3, 1)));
        assertThat(axis.cards()).extracting(Card::slug).containsExactly("inside");
        assertThat(axis.clusters()).isEmpty();
    }

    @Test
    void milestonesNotOnThePageAreCountedInClusters() {
        Axis axis = AxisLayout.layout(List.of(day("here", JAN_2021 + 5, 1)),
                List.of(new Elsewhere(JAN_2021, JAN_2022, 120)), List.of(), JAN_2021 - 30, JAN_2022 + 30, EN);
        assertThat(axis.cards()).extracting(Card::slug).containsExactly("here");
        assertThat(axis.clusters()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(120);
            assertThat(c.from()).isEqualTo("2021-01-01");
            assertThat(c.to()).isEqualTo("2021-12-31");
        });
    }

    @Test
    void ticksNameTheYearsAboveTheMonths() {
        List<Tick> ticks = year(List.of()).ticks();
        assertThat(ticks).filteredOn(Tick::major).extracting(Tick::label).containsExactly("2021");
        assertThat(ticks).filteredOn(t -> !t.major()).extracting(Tick::label).startsWith("Jan", "Feb", "Mar").hasSize(12);
        assertThat(ticks).allSatisfy(t -> assertThat(t.x()).isBetween(0, 100));
    }

    @Test
    void ticksOfAMonthAreDaysUnderTheMonth() {
        long may = LocalDate.of(2021, 5, 1).toEpochDay();
        List<Tick> ticks = AxisLayout.layout(List.of(), List.of(), List.of(), may, may + 31, EN).ticks();
        assertThat(ticks).filteredOn(Tick::major).extracting(Tick::label).containsExactly("May 2021");
        assertThat(ticks).filteredOn(t -> !t.major()).extracting(Tick::label).contains("1", "2", "15", "30");
    }

    @Test
    void ticksOfDecadesAreYearsAlone() {
        List<Tick> ticks = AxisLayout.layout(List.of(), List.of(), List.of(), LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2030, 1, 1).toEpochDay(), EN).ticks();
        assertThat(ticks).noneMatch(Tick::major);
        assertThat(ticks).extracting(Tick::label).contains("1990", "2000", "2010");
    }

    @Test
    void ticksBeforeTheCommonEraAreWrittenAsTheSiteWritesYears() {
        // 46 BCE to 41 BCE, months: ISO's years -45 to -40, and across no year 0.
        List<Tick> ticks = AxisLayout.layout(List.of(), List.of(), List.of(), LocalDate.of(-45, 1, 1).toEpochDay(),
                LocalDate.of(-44, 12, 31).toEpochDay(), EN).ticks();
        assertThat(ticks).filteredOn(Tick::major).extracting(Tick::label)
                .containsExactly(DisplayExtensions.yearLabel(-46, EN), DisplayExtensions.yearLabel(-45, EN));
        List<Tick> across = AxisLayout.layout(List.of(), List.of(), List.of(), LocalDate.of(-3, 1, 1).toEpochDay(),
                LocalDate.of(3, 1, 1).toEpochDay(), EN).ticks();
        assertThat(across).extracting(Tick::label).contains(DisplayExtensions.yearLabel(-1, EN), DisplayExtensions.yearLabel(1, EN));
    }

    @Test
    void erasBecomeBandsInsideTheView() {
        Axis axis = AxisLayout.layout(List.of(), List.of(), List.of(new Period("First half", JAN_2021 - 100, JAN_2021 + 182),
                new Period("Long ago", JAN_2021 - 900, JAN_2021 - 800)), JAN_2021, JAN_2022, EN);
        assertThat(axis.eras()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("First half");
            assertThat(b.x()).isZero();
            assertThat(b.right()).isBetween(49, 51);
        });
    }

    @Test
    void theInitialViewIsTheWholeSpanOrTheEditorsZoomEndingAtTheLatest() {
        List<Item> items = List.of(day("a", JAN_2021, 1), day("b", JAN_2022 + 200, 1));
        double[] all = AxisLayout.initialView(items, List.of(), "span");
        assertThat(all[0]).isLessThan(JAN_2021);
        assertThat(all[1]).isGreaterThan(JAN_2022 + 201);
        double[] month = AxisLayout.initialView(items, List.of(), "month");
        assertThat(month[1] - month[0]).isEqualTo(31);
        assertThat(month[0]).isLessThan(JAN_2022 + 200);
        assertThat(month[1]).isGreaterThan(JAN_2022 + 201);
        assertThat(AxisLayout.initialView(List.of(), List.of(), "span")).isNull();
    }

    @Test
    void anEmptyViewIsRefused() {
        assertThatThrownBy(() -> AxisLayout.layout(List.of(), List.of(), List.of(), 10, 10, EN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
