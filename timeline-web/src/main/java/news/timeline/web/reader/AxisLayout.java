package news.timeline.web.reader;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Where the axis's headline cards, clusters, date ticks and era bands go, worked out on the server so the
 * labelled axis is on the page before (and without) the script. Positions are whole percents of the axis's
 * width, because the page may carry no inline style: each is a pair of classes that {@code site.css} defines
 * once, tens and units ({@code tl-x3 tl-u7} is 37 % from the left, {@code tl-r1 tl-v2} 12 % from the right),
 * 42 rules rather than 202. The script lays the same axis out again in pixels
 * for the reader's screen with the same rules ({@code js/reader/axis.js}): the most important milestones get
 * a card first, then the earlier; a card goes in the first row where it touches no other; what finds no row
 * is counted in a cluster on the row below ("+7"), which never overlaps another.
 */
public final class AxisLayout {

    /** Width of a card, in percent of the axis: six fit side by side with their gaps. */
    public static final int CARD = 16;
    /** Width of a cluster's badge ("+12"), in percent. */
    public static final int CLUSTER = 5;
    /** Gap kept between two cards or two clusters of a row, in percent. */
    public static final int GAP = 1;
    /** Rows of cards; beyond them milestones are counted in clusters. */
    public static final int ROWS = 2;
    /**
     * Tick labels closer than this (percent) are thinned to a coarser step: a year ("2021") needs more room
     * than a month ("Mar"), a month more than a day ("12").
     */
    static final double YEAR_SPACING = 4.5, MONTH_SPACING = 3.6, DAY_SPACING = 2.8;

    /** The default zooms' widths in days, as the script has them (decade, year, month, day). */
    private static final int[] ZOOM_DAYS = {3653, 366, 31, 3};

    /** A milestone the page holds. {@code importance} 1 is the most important. */
    public record Item(String slug, String headline, String date, long start, long end, int importance) {
    }

    /** Milestones the page does not hold, counted by span (a year of a big timeline). */
    public record Elsewhere(long start, long end, long count) {
    }

    /** A named span, an era, in epoch days ({@code end} exclusive). */
    public record Period(String name, long start, long end) {
    }

    /** An era as a band, from {@code x} to {@code 100 - right} percent. */
    public record Band(String name, int x, int right) {

        public String place() {
            return left(x) + " tl-r" + right / 10 + " tl-v" + right % 10;
        }
    }

    /** A headline card whose left edge is at {@code x} percent, in row {@code row} (0 is the top). */
    public record Card(String slug, String headline, String date, int x, int row) {

        public String place() {
            return left(x) + " tl-row-" + row;
        }
    }

    /**
     * Milestones counted in one badge at {@code x}: {@code from} to {@code to} are their first and last day
     * (ISO), the span the list is filtered to when the badge is followed.
     */
    public record Cluster(long count, int x, String from, String to, long start, long end, String fromLabel,
                          String toLabel) {

        public String place() {
            return left(x);
        }
    }

    /** A date label at {@code x}; {@code major} labels (a year, a month) sit on the line above the minor. */
    public record Tick(int x, String label, boolean major) {

        public String place() {
            return left(x);
        }
    }

    /** The classes that put a left edge {@code x} percent from the axis's left. */
    static String left(int x) {
        return "tl-x" + x / 10 + " tl-u" + x % 10;
    }

    /** The laid-out axis of one view {@code [start, end)} in epoch days. */
    public record Axis(long start, long end, List<Band> eras, List<Tick> ticks, List<Card> cards,
                       List<Cluster> clusters) {

        public boolean hasMajorTicks() {
            return ticks.stream().anyMatch(Tick::major);
        }
    }

    private AxisLayout() {
    }

    /**
     * The view a link without one opens, as the script chooses it: the whole span with a margin, or the
     * editor's default zoom ({@code span}, {@code decade}, {@code year}, {@code month}, {@code day}) ending
     * a little after the latest milestone the page holds. Null when nothing is dated.
     */
    public static double[] initialView(List<Item> items, List<Elsewhere> elsewhere, String zoom) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, latest = Double.NEGATIVE_INFINITY;
        for (Item it : items) {
            lo = Math.min(lo, it.start());
            hi = Math.max(hi, it.end());
            latest = Math.max(latest, it.end());
        }
        for (Elsewhere e : elsewhere) {
            lo = Math.min(lo, e.start());
            hi = Math.max(hi, e.end());
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return null;
        }
        double pad = Math.max(15, (hi - lo) * 0.04);
        double[] full = {lo - pad, hi + pad};
        double fullWidth = full[1] - full[0];
        int index = switch (zoom == null ? "" : zoom) {
            case "decade" -> 0;
            case "year" -> 1;
            case "month" -> 2;
            case "day" -> 3;
            default -> -1;
        };
        if (index < 0 || ZOOM_DAYS[index] >= fullWidth) {
            return full;
        }
        double w = ZOOM_DAYS[index];
        if (latest == Double.NEGATIVE_INFINITY) {
            latest = hi;
        }
        double c = Math.min(Math.max(latest - w * 0.4, full[0] + w / 2), full[1] - w / 2);
        return new double[]{c - w / 2, c + w / 2};
    }

    /** Lays out the items and the counts of milestones elsewhere that fall in the view {@code [from, to)}. */
    public static Axis layout(List<Item> items, List<Elsewhere> elsewhere, List<Period> eras, double from, double to,
                              Locale locale) {
        if (!(to > from)) {
            throw new IllegalArgumentException("An axis needs a view that ends after it starts: " + from + " to " + to);
        }
        double k = 100 / (to - from);
        List<Item> shown = items.stream().filter(it -> it.end() > from && it.start() < to)
                .sorted(Comparator.comparingInt(Item::importance).thenComparingLong(Item::start)).toList();
        List<List<int[]>> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            rows.add(new ArrayList<>());
        }
        List<Card> cards = new ArrayList<>();
        List<Pending> left = new ArrayList<>();
        for (Item it : shown) {
            double at = (it.start() - from) * k;
            int x = (int) Math.round(Math.min(Math.max(at, 0), 100 - CARD));
            int row = freeRow(rows, x, CARD);
            if (row < 0) {
                left.add(new Pending(at, 1, it.start(), it.end()));
            } else {
                rows.get(row).add(new int[]{x, x + CARD});
                cards.add(new Card(it.slug(), it.headline(), it.date(), x, row));
            }
        }
        for (Elsewhere e : elsewhere) {
            if (e.count() > 0 && e.end() > from && e.start() < to) {
                left.add(new Pending((Math.max(e.start(), from) - from) * k, e.count(), e.start(), e.end()));
            }
        }
        cards.sort(Comparator.comparingInt(Card::x).thenComparingInt(Card::row));
        List<Band> bands = eras.stream().map(e -> band(e, from, to)).filter(java.util.Objects::nonNull).toList();
        return new Axis(Math.round(Math.floor(from)), Math.round(Math.ceil(to)), bands, ticks(from, to, locale),
                cards, clusters(left, locale));
    }

    /** The first row in which {@code [x, x + width)} keeps a gap to every card; -1 when none does. */
    private static int freeRow(List<List<int[]>> rows, int x, int width) {
        for (int r = 0; r < rows.size(); r++) {
            boolean free = true;
            for (int[] taken : rows.get(r)) {
                if (x < taken[1] + GAP && taken[0] < x + width + GAP) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return r;
            }
        }
        return -1;
    }

    private record Pending(double at, long count, long start, long end) {
    }

    /**
     * Counts what found no row into badges, from the left: a badge takes everything that starts under it;
     * the next badge starts a gap further right, and when no badge fits any more the last takes the rest.
     */
    private static List<Cluster> clusters(List<Pending> left, Locale locale) {
        List<Pending> sorted = left.stream().sorted(Comparator.comparingDouble(Pending::at)).toList();
        List<long[]> open = new ArrayList<>(); // x, count, start, end
        for (Pending p : sorted) {
            long[] last = open.isEmpty() ? null : open.get(open.size() - 1);
            long x = Math.round(Math.min(Math.max(p.at(), 0), 100 - CLUSTER));
            if (last != null) {
                x = Math.max(x, last[0] + CLUSTER + GAP);
            }
            if (last != null && (p.at() < last[0] + CLUSTER + GAP || x > 100 - CLUSTER)) {
                last[1] += p.count();
                last[2] = Math.min(last[2], p.start());
                last[3] = Math.max(last[3], p.end());
            } else {
                open.add(new long[]{x, p.count(), p.start(), p.end()});
            }
        }
        return open.stream().map(c -> {
            LocalDate first = LocalDate.ofEpochDay(c[2]), last = LocalDate.ofEpochDay(c[3] - 1);
            return new Cluster(c[1], (int) c[0], first.toString(), last.toString(), c[2], c[3],
                    DisplayExtensions.display(first, locale), DisplayExtensions.display(last, locale));
        }).toList();
    }

    /** An era's band within the view, or null when it lies outside. */
    static Band band(Period era, double from, double to) {
        if (era.end() <= from || era.start() >= to) {
            return null;
        }
        double k = 100 / (to - from);
        int x = (int) Math.round(Math.max(0, (era.start() - from) * k));
        int right = (int) Math.round(Math.max(0, (to - era.end()) * k));
        return new Band(era.name(), x, Math.min(right, 100 - x));
    }

    // --- ticks: the finest step whose labels stay apart; months and days also name their year or month above.

    private enum Unit { DAY, MONTH, YEAR }

    private record Step(int n, Unit unit) {
        double days() {
            return n * switch (unit) {
                case DAY -> 1;
                case MONTH -> 30.44;
                case YEAR -> 365.2425;
            };
        }
    }

    private static final List<Step> STEPS = List.of(new Step(1, Unit.DAY), new Step(7, Unit.DAY),
            new Step(1, Unit.MONTH), new Step(3, Unit.MONTH), new Step(1, Unit.YEAR), new Step(2, Unit.YEAR),
            new Step(5, Unit.YEAR), new Step(10, Unit.YEAR), new Step(25, Unit.YEAR), new Step(50, Unit.YEAR),
            new Step(100, Unit.YEAR), new Step(250, Unit.YEAR), new Step(500, Unit.YEAR), new Step(1000, Unit.YEAR));

    static List<Tick> ticks(double from, double to, Locale locale) {
        double k = 100 / (to - from);
        Step step = STEPS.stream().filter(s -> s.days() * k >= switch (s.unit()) {
                    case DAY -> DAY_SPACING;
                    case MONTH -> MONTH_SPACING;
                    case YEAR -> YEAR_SPACING;
                })
                .findFirst().orElse(STEPS.get(STEPS.size() - 1));
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(from));
        List<Tick> out = new ArrayList<>();
        // Labels in the site's way of writing years (ISO's year 0 is 1 BCE, "44 BCE" is not "-43").
        IntFunction<String> year = isoYear -> DisplayExtensions.yearLabel(
                news.timeline.core.date.HistoricalDate.of(LocalDate.of(isoYear, 1, 1)).year(), locale);
        LocalDate d = switch (step.unit()) {
            case YEAR -> LocalDate.of(Math.floorDiv(first.getYear(), step.n()) * step.n(), 1, 1);
            case MONTH -> LocalDate.of(first.getYear(), (first.getMonthValue() - 1) / step.n() * step.n() + 1, 1);
            case DAY -> first;
        };
        for (int i = 0; i < 400 && d.toEpochDay() <= to; i++) {
            double at = (d.toEpochDay() - from) * k;
            if (at >= 0 && at <= 97) { // a label at the right edge would be cut off
                String label = switch (step.unit()) {
                    case YEAR -> year.apply(d.getYear());
                    case MONTH -> d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                    case DAY -> String.valueOf(d.getDayOfMonth());
                };
                out.add(new Tick((int) Math.round(at), label, false));
            }
            d = switch (step.unit()) {
                case YEAR -> d.plusYears(step.n());
                case MONTH -> d.plusMonths(step.n());
                case DAY -> d.plusDays(step.n());
            };
        }
        if (step.unit() == Unit.YEAR) {
            return out;
        }
        // The line above: each year (under month ticks) or month (under day ticks) where it begins, and the
        // one the view starts in at its left edge, so a date is always readable whatever the zoom.
        List<Tick> major = new ArrayList<>();
        LocalDate m = step.unit() == Unit.MONTH ? LocalDate.of(first.getYear(), 1, 1) : first.withDayOfMonth(1);
        for (int i = 0; i < 400 && m.toEpochDay() <= to; i++) {
            double at = (m.toEpochDay() - from) * k;
            String label = step.unit() == Unit.MONTH ? year.apply(m.getYear())
                    : m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + year.apply(m.getYear());
            if (at < 90) {
                major.add(new Tick((int) Math.round(Math.max(0, at)), label, true));
            }
            m = step.unit() == Unit.MONTH ? m.plusYears(1) : m.plusMonths(1);
        }
        // The label of the period the view starts in yields to the next one when they would touch.
        if (major.size() > 1 && major.get(1).x() < 12) {
            major.remove(0);
        }
        out.addAll(0, major);
        return out;
    }
}
