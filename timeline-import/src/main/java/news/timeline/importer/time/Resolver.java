package news.timeline.importer.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Map;
import news.timeline.core.date.HistoricalDate;

/**
 * Evaluates a rule's value template against the publication date (DCT). Captures are inserted with
 * {@code {name}}; {@code %fn(a,b)} calls one of the functions below. Without a DCT, relative values stay
 * unresolved in TIMEX3 style ({@code XXXX-XX-XX}, {@code XXXX-12}).
 *
 * <p>Functions (documented for rule writers in docs/time-tagger.md):
 * <ul>
 * <li>{@code day(n)}, {@code week(n)}, {@code weekend(n)}, {@code month(n)}, {@code quarter(n)},
 *     {@code half(n)}, {@code year(n)}, {@code decade(n)}, {@code century(n)}: the period n units from the DCT;
 * <li>{@code weekday(d,lastweek|thisweek|nextweek)}: that day of the previous, this or the next ISO week;
 * <li>{@code weekday(d[,dir])}, {@code monthof(m[,dir])}, {@code monthday(m,d[,dir])}, {@code seasonof(s[,dir])},
 *     {@code quarterof(q[,dir])}, {@code halfof(h[,dir])}: a named period resolved in the direction
 *     {@code past} or {@code future}, or by the clause's tense cue;
 * <li>{@code weekofmonth(ord,m[,dir])}: "the last week of March" as an ISO week;
 * <li>{@code anchor([n])}: the day last mentioned (else the DCT) moved by n days; {@code anchormonth([n])}: the
 *     month last mentioned moved by n months; {@code anchoryear([n])}: the year last mentioned moved by n years; {@code from(unit,n)}: the calendar period n units from the day
 *     last mentioned; {@code shift(n,unit,sign)}: that day moved by n duration units; {@code story(unit[,n])}:
 *     the period holding the time the story tells, else the DCT's;
 * <li>{@code time(h,m[,ampm])}: that day at a clock time; {@code clock(h,m[,ampm])}: the clock time alone, as hh:mm; {@code clockword(w)}: noon or midnight as hh:mm;
 * <li>{@code dur(n,unit)}: a duration; {@code ago(n,unit)}, {@code ahead(n,unit)}: the DCT moved by a
 *     duration, at the unit's precision; {@code decadeof(yyyy)}, {@code centuryof(n)};
 * <li>{@code weekdaydate(w,m,d)}: "Monday, June 13", in the year that makes it a Monday if the usual one does not;
 * <li>{@code holiday(rule[,dir])}: a holiday by its rule (fixed day, n-th weekday of a month, days from Easter);
 *     {@code holidayin(rule,yyyy)}: that holiday in a given year.
 * </ul>
 */
final class Resolver {

    /**
     * The tense of a clause. {@code BOUNDED_PAST} is a bound in a past clause ("had closed by the end of the
     * year", "was remanded until March 5"): a date is read as if no cue were given, but the clause still
     * tells the past, so the story's year applies.
     */
    enum Tense { PAST, FUTURE, NONE, BOUNDED_PAST }

    /** Without a tense cue, a day-and-month this close to the DCT is read in the nearer year. */
    private static final int NEAR_DAYS = 60;
    /** A day-and-month this few days after the DCT is read there even in a past clause. */
    private static final int SOON_DAYS = 7;

    /** A weekday is read from the story's day only when that day lies more than this far from the DCT. */
    private static final int STORY_WEEKDAY_DAYS = 7;
    /**
     * ... and only this many sentences after the story last named or counted a day: a story that goes on
     * names its days ("the next day", "on Thursday"); a weekday further on is more likely the news's own.
     */
    private static final int STORY_WEEKDAY_SENTENCES = 2;

    private final LocalDate dct;
    private LocalDate anchor;
    private LocalDate anchorMonth;
    private int anchorYear;
    /**
     * Whether the day (year) last mentioned is the time the story is telling: set by an explicit date such as
     * "On March 3, 2012", kept by what counts from it ("the next day"), cleared by what counts from the DCT
     * ("yesterday", "last year"). Underspecified names (a weekday, a month) are then read from that time.
     */
    private boolean storyDay;
    private boolean storyYear;
    /** The sentence being tagged, and the one in which the story last named or counted a day. */
    private int sentence;
    private int storyDaySentence;
    private Tense tense;
    private java.util.function.Supplier<Tense> tenseOf;
    /** Whether the last evaluation counted from the DCT, or from the day (year) last mentioned. */
    private boolean usedDct;
    private boolean usedAnchor;
    /**
     * The day last mentioned up to the DCT, while the day last mentioned lies after it: a clause in the past
     * tense cannot mean a day to come ("remanded until April 5. The attack was at 13:40" is the attack's
     * day), so it counts from this one.
     */
    private LocalDate pastAnchor;
    private boolean pastStoryDay;

    Resolver(LocalDate dct) {
        this.dct = dct;
        this.anchor = dct;
        this.anchorMonth = dct == null ? null : dct.withDayOfMonth(1);
        this.anchorYear = dct == null ? 0 : dct.getYear();
    }

    /** Where the value just evaluated counted from. */
    enum Origin {
        /** Nothing: the text named the date in full ("March 3, 2012"). */
        EXPLICIT,
        /** The publication date ("yesterday", "last year", "on Monday" in today's news). */
        DCT,
        /** The day, month or year last mentioned ("the next day", "that year"). */
        ANCHOR
    }

    /** Where the value of the last {@link #evaluate} call counted from. */
    Origin origin() {
        return usedDct ? Origin.DCT : usedAnchor ? Origin.ANCHOR : Origin.EXPLICIT;
    }

    /**
     * The day later mentions of "the day" refer to. {@code story} says whether it is a time the story tells
     * (an explicit date or one counted from such a date) rather than one counted from the DCT.
     */
    void anchorTo(LocalDate day, boolean story) {
        if (dct != null && anchor != null && !anchor.isAfter(dct) && day.isAfter(dct)) {
            pastAnchor = anchor;
            pastStoryDay = storyDay;
        }
        anchor = day;
        anchorMonth = day.withDayOfMonth(1);
        storyDay = story;
        if (story) {
            storyDaySentence = sentence;
        }
    }

    /** The number of the sentence the next expressions are in (sentence breaks before it). */
    void inSentence(int number) {
        sentence = number;
    }

    /** The month later mentions of "the same month" refer to. */
    void anchorMonthTo(LocalDate firstDay) {
        anchorMonth = firstDay;
    }

    /** The year later mentions of "that year" refer to; {@code story} as for {@link #anchorTo}. */
    void anchorYearTo(int year, boolean story) {
        anchorYear = year;
        storyYear = story;
    }

    /** The text speaks from the day of publication again: underspecified dates count from it. */
    void leaveStory() {
        storyDay = false;
        storyYear = false;
    }

    /** Whether a date starts after the DCT. */
    boolean isAfterPublication(HistoricalDate date) {
        return dct != null && date.startDay().isAfter(dct);
    }

    /** The year last mentioned, or 0. */
    int anchorYear() {
        return anchorYear;
    }

    /** Whether the day last mentioned is a time the story tells. */
    boolean storyDay() {
        return storyDay;
    }

    /** Whether the year last mentioned is a time the story tells. */
    boolean storyYear() {
        return storyYear;
    }

    /** Evaluates {@code template}; returns {@code null} if a function cannot produce a value. */
    String evaluate(String template, Map<String, String> captures, java.util.function.Supplier<Tense> tense) {
        this.tense = null;
        this.tenseOf = tense;
        this.usedDct = false;
        this.usedAnchor = false;
        String text = template.indexOf('{') >= 0 ? substitute(template, captures) : template;
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int open = text.indexOf('(', i);
            int close = text.indexOf(')', open);
            if (open < 0 || close < 0) {
                throw new IllegalStateException("bad function call in value " + template);
            }
            String name = text.substring(i + 1, open);
            String[] args = text.substring(open + 1, close).split(",", -1);
            for (int a = 0; a < args.length; a++) {
                args[a] = args[a].strip();
            }
            String result = call(name, args);
            if (result == null) {
                return null;
            }
            out.append(result);
            i = close + 1;
        }
        return out.toString();
    }

    static String substitute(String template, Map<String, String> captures) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close;
            if (c == '{' && (close = template.indexOf('}', i)) > 0) {
                String value = captures.get(template.substring(i + 1, close));
                out.append(value == null ? "" : value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String call(String name, String[] args) {
        if (pastAnchor != null && anchor.isAfter(dct) && countsFromTheDay(name)
                && tellsThePast()) {
            LocalDate future = anchor;
            boolean futureStory = storyDay;
            anchor = pastAnchor;
            storyDay = pastStoryDay;
            try {
                return callAnchored(name, args);
            } finally {
                anchor = future;
                storyDay = futureStory;
            }
        }
        return callAnchored(name, args);
    }

    private static boolean countsFromTheDay(String name) {
        return switch (name) {
            case "anchor", "time", "from", "shift", "weekday", "monthday" -> true;
            default -> false;
        };
    }

    private String callAnchored(String name, String[] args) {
        switch (name) {
            case "from", "shift", "anchor", "anchormonth", "anchoryear", "time", "story" -> usedAnchor = true;
            case "decadeof", "centuryof", "clockword", "dur", "clock", "holidayin" -> { }
            // The named-period functions say themselves whether they counted from the story or the DCT.
            case "weekday", "monthof", "monthday", "weekdaydate" -> { }
            default -> usedDct = true;
        }
        return switch (name) {
            case "from" -> anchor == null ? null : period(args[0], anchorFor(args[0]), integer(args[1]));
            case "shift" -> shiftFromAnchor(args[0], args[1], integer(args[2]));
            case "day" -> dct == null ? "XXXX-XX-XX" : day(dct.plusDays(integer(args[0])));
            case "week" -> dct == null ? "XXXX-WXX" : week(dct.plusWeeks(integer(args[0])));
            case "weekend" -> dct == null ? "XXXX-WXX-WE" : week(dct.plusWeeks(integer(args[0]))) + "-WE";
            case "month" -> dct == null ? "XXXX-XX" : month(dct.plusMonths(integer(args[0])));
            case "quarter" -> dct == null ? "XXXX-QX" : quarter(dct.plusMonths(3L * integer(args[0])));
            case "half" -> dct == null ? "XXXX-HX" : half(dct.plusMonths(6L * integer(args[0])));
            case "year" -> dct == null ? "XXXX" : year(dct.getYear() + integer(args[0]));
            case "decade" -> dct == null ? "XXX" : Integer.toString(dct.getYear() / 10 + integer(args[0]));
            case "century" -> dct == null ? "XX" : Integer.toString(dct.getYear() / 100 + integer(args[0]));
            case "weekday" -> args.length > 1 && args[1].endsWith("week")
                    ? weekdayOfWeek(integer(args[0]), args[1])
                    : args.length > 1 && args[1].equals("local") ? localWeekday(integer(args[0]))
                    : weekday(integer(args[0]), direction(args, 1), byTense(args, 1));
            case "monthof" -> monthOf(integer(args[0]), direction(args, 1), byTense(args, 1));
            case "monthday" -> monthDay(integer(args[0]), integer(args[1]), direction(args, 2), byTense(args, 2));
            case "holiday" -> holiday(args[0], direction(args, 1));
            case "weekdaydate" -> weekdayDate(integer(args[0]), integer(args[1]), integer(args[2]));
            case "holidayin" -> day(holidayIn(args[0], integer(args[1])));
            case "seasonof" -> seasonOf(args[0], direction(args, 1));
            case "weekofmonth" -> weekOfMonth(args[0], integer(args[1]), direction(args, 2));
            case "quarterof" -> partOf("Q", 3, integer(args[0]), direction(args, 1));
            case "halfof" -> partOf("H", 6, integer(args[0]), direction(args, 1));
            case "anchor" -> anchor == null ? "XXXX-XX-XX"
                    : day(anchor.plusDays(args[0].isEmpty() ? 0 : integer(args[0])));
            case "anchormonth" -> anchorMonth == null ? "XXXX-XX"
                    : month(anchorMonth.plusMonths(args[0].isEmpty() ? 0 : integer(args[0])));
            case "anchoryear" -> anchorYear == 0 ? "XXXX"
                    : year(anchorYear + (args[0].isEmpty() ? 0 : integer(args[0])));
            case "decadeof" -> args[0].length() == 4 && args[0].endsWith("0") ? args[0].substring(0, 3) : null;
            case "centuryof" -> integer(args[0]) >= 1 && integer(args[0]) <= 99
                    ? two(integer(args[0]) - 1) : null;
            case "time" -> time(args);
            case "clock" -> {
                boolean anchored = usedAnchor;
                String time = time(args);
                usedAnchor = anchored;
                yield time == null ? null : time.substring(time.indexOf('T') + 1);
            }
            case "story" -> story(args[0], args.length > 1 && !args[1].isEmpty() ? integer(args[1]) : 0);
            case "clockword" -> switch (args[0]) {
                case "noon", "midday" -> "12:00";
                case "midnight" -> "24:00";
                default -> null;
            };
            case "dur" -> duration(args[0], args[1]);
            case "ago" -> shifted(args[0], args[1], -1);
            case "ahead" -> shifted(args[0], args[1], 1);
            default -> throw new IllegalStateException("unknown value function %" + name);
        };
    }

    /**
     * The point a period of {@code unit} counts from: the year, month or day last mentioned, whichever is as
     * fine as the unit ("In 1886 ... a century later" counts from 1886 even after a later full date).
     */
    private LocalDate anchorFor(String unit) {
        return switch (unit) {
            case "year", "decade", "century", "Y", "DE", "CE" -> anchorYear == 0 ? anchor
                    : LocalDate.of(anchorYear, 1, 1);
            case "month", "quarter", "half", "M", "Q" -> anchorMonth == null ? anchor : anchorMonth;
            default -> anchor;
        };
    }

    /** The calendar period of {@code unit} that lies {@code n} units from {@code base}. */
    private static String period(String unit, LocalDate base, int n) {
        return switch (unit) {
            case "day" -> day(base.plusDays(n));
            case "week" -> week(base.plusWeeks(n));
            case "weekend" -> week(base.plusWeeks(n)) + "-WE";
            case "month" -> month(base.plusMonths(n));
            case "quarter" -> quarter(base.plusMonths(3L * n));
            case "half" -> half(base.plusMonths(6L * n));
            case "year" -> year(base.getYear() + n);
            case "decade" -> Integer.toString(base.getYear() / 10 + n);
            case "century" -> Integer.toString(base.getYear() / 100 + n);
            default -> throw new IllegalStateException("unknown calendar unit " + unit);
        };
    }

    /** "two days later": the day last mentioned moved by an amount of a duration unit, at that unit. */
    private String shiftFromAnchor(String amount, String unit, int sign) {
        String vague = sign > 0 ? "FUTURE_REF" : "PAST_REF";
        if (anchor == null || amount.isEmpty() || amount.equals("X") || amount.indexOf('.') >= 0) {
            return vague;
        }
        int n = sign * Integer.parseInt(amount);
        LocalDate base = anchorFor(unit);
        return switch (unit) {
            case "D" -> day(base.plusDays(n));
            case "W" -> week(base.plusWeeks(n));
            case "M" -> month(base.plusMonths(n));
            case "Q" -> quarter(base.plusMonths(3L * n));
            case "Y" -> year(base.getYear() + n);
            case "DE" -> year(base.getYear() + 10 * n);
            case "CE" -> year(base.getYear() + 100 * n);
            default -> day(base);
        };
    }

    private static int integer(String arg) {
        String text = arg.startsWith("+") ? arg.substring(1) : arg;
        if (text.startsWith("--")) {
            text = text.substring(2);
        }
        return Integer.parseInt(text);
    }

    /** The clause's tense as the tagger found it, asked for once per evaluation. */
    private Tense rawTense() {
        if (tense == null) {
            tense = tenseOf == null ? Tense.NONE : tenseOf.get();
        }
        return tense;
    }

    /** Whether the clause tells the past, bounded or not. */
    private boolean tellsThePast() {
        return rawTense() == Tense.PAST || rawTense() == Tense.BOUNDED_PAST;
    }

    /** True when no direction is given, so the clause's tense (and the story's time) decides. */
    private static boolean byTense(String[] args, int at) {
        return args.length <= at || args[at].isEmpty();
    }

    private Tense direction(String[] args, int at) {
        String given = args.length > at ? args[at] : "";
        return switch (given) {
            case "past" -> Tense.PAST;
            case "future" -> Tense.FUTURE;
            case "" -> rawTense() == Tense.BOUNDED_PAST ? Tense.NONE : rawTense();
            default -> throw new IllegalStateException("direction must be past or future, not " + given);
        };
    }

    private String weekday(int weekday, Tense direction, boolean byTense) {
        if (dct == null) {
            return "XXXX-WXX-" + weekday;
        }
        if (byTense && storyDay && Math.abs(ChronoUnit.DAYS.between(dct, anchor)) > STORY_WEEKDAY_DAYS
                && sentence - storyDaySentence <= STORY_WEEKDAY_SENTENCES) {
            // A story of other days: "On Thursday" is the Thursday nearest the day it is telling.
            usedAnchor = true;
            int offset = Math.floorMod(weekday - anchor.getDayOfWeek().getValue(), 7);
            return day(anchor.plusDays(offset > 3 ? offset - 7 : offset));
        }
        usedDct = true;
        int today = dct.getDayOfWeek().getValue();
        // The day of publication itself counts both ways: a plane "is scheduled to land on Monday" in Monday's
        // paper lands that day.
        LocalDate date = direction == Tense.FUTURE
                ? dct.plusDays(Math.floorMod(weekday - today, 7))
                : dct.minusDays(Math.floorMod(today - weekday, 7));
        return day(date);
    }

    /**
     * A weekday told in local time ("Friday morning, local time"): the day after publication when it names that
     * day (the place's clock is ahead of the publication's), otherwise as a weekday without it.
     */
    private String localWeekday(int weekday) {
        if (dct != null && Math.floorMod(weekday - dct.getDayOfWeek().getValue(), 7) == 1) {
            usedDct = true;
            return day(dct.plusDays(1));
        }
        String[] plain = {Integer.toString(weekday)};
        return weekday(weekday, direction(plain, 1), byTense(plain, 1));
    }

    /** "Next Wednesday" is the Wednesday of next week, "this Wednesday" the one of this week. */
    private String weekdayOfWeek(int weekday, String week) {
        if (dct == null) {
            return "XXXX-WXX-" + weekday;
        }
        usedDct = true;
        LocalDate monday = dct.minusDays(dct.getDayOfWeek().getValue() - 1L);
        int weeks = switch (week) {
            case "nextweek" -> 1;
            case "thisweek" -> 0;
            case "lastweek" -> -1;
            default -> throw new IllegalStateException("week must be lastweek, thisweek or nextweek, not " + week);
        };
        return day(monday.plusWeeks(weeks).plusDays(weekday - 1L));
    }

    private String monthOf(int month, Tense direction, boolean byTense) {
        if (dct == null) {
            return "XXXX-" + two(month);
        }
        if (byTense && tellsAnotherYear(direction)) {
            // "In 2012 the plant was sold. In August it closed": the year the story is telling.
            usedAnchor = true;
            return year(anchorYear) + "-" + two(month);
        }
        usedDct = true;
        int current = index(dct.getYear(), dct.getMonthValue());
        // Without a cue, a month is the latest one up to now (news reports the past), unless it is next month.
        Tense effective = direction;
        if (direction == Tense.NONE) {
            effective = index(dct.getYear(), month) - current == 1 || month == 1 && dct.getMonthValue() == 12
                    ? Tense.FUTURE : Tense.PAST;
        }
        return year(pick(month, current, effective)) + "-" + two(month);
    }

    private String monthDay(int month, int day, Tense direction, boolean byTense) {
        if (dct == null) {
            return "XXXX-" + two(month) + "-" + two(day);
        }
        if (byTense && tellsAnotherYear(direction)) {
            usedAnchor = true;
            LocalDate base = storyDay && anchor.getYear() == anchorYear ? anchor : LocalDate.of(anchorYear, 7, 1);
            LocalDate best = null;
            for (int y = anchorYear - 1; y <= anchorYear + 1; y++) {
                if (day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                    continue;
                }
                LocalDate candidate = LocalDate.of(y, month, day);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(base, candidate))
                        < Math.abs(ChronoUnit.DAYS.between(base, best))) {
                    best = candidate;
                }
            }
            return best == null ? null : day(best);
        }
        usedDct = true;
        LocalDate nearest = null;
        LocalDate past = null;
        LocalDate future = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            long distance = ChronoUnit.DAYS.between(dct, candidate);
            if (nearest == null || Math.abs(distance) < Math.abs(ChronoUnit.DAYS.between(dct, nearest))) {
                nearest = candidate;
            }
            if (distance <= 0) {
                past = candidate;
            }
            if (distance >= 0 && future == null) {
                future = candidate;
            }
        }
        if (nearest == null) {
            return null;
        }
        // Without a tense cue, news speaks mostly of the weeks around publication, else of the past.
        if (direction == Tense.NONE && Math.abs(ChronoUnit.DAYS.between(dct, nearest)) <= NEAR_DAYS) {
            return day(nearest);
        }
        // A past clause may still name a day of the coming week ("why did he announce an invasion on
        // February 16", four days ahead): that is likelier than the same day almost a year ago.
        if (direction == Tense.PAST && future != null && ChronoUnit.DAYS.between(dct, future) <= SOON_DAYS) {
            return day(future);
        }
        LocalDate chosen = direction == Tense.FUTURE ? future : past;
        return day(chosen == null ? nearest : chosen);
    }

    /**
     * "Monday, June 13" without a year: the day-and-month read as usual, unless that falls on another
     * weekday; then the nearest year in which it is that weekday. A weekday that fixes the year so names the
     * date as fully as a year would, and the story's reference time moves to it.
     */
    private String weekdayDate(int weekday, int month, int day) {
        String usual = monthDay(month, day, direction(new String[0], 0), true);
        if (usual == null || dct == null) {
            return usual;
        }
        LocalDate base = LocalDate.parse(usual);
        if (base.getDayOfWeek().getValue() == weekday) {
            return usual;
        }
        if (storyYear && anchorYear != 0 && anchorYear != base.getYear()) {
            // In a story of 1994, first the story's year and its neighbours.
            base = LocalDate.of(anchorYear, 1, 1);
            for (int year = anchorYear - 1; year <= anchorYear + 1; year++) {
                if (day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                        && LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday) {
                    usedDct = false;
                    usedAnchor = true;
                    return day(LocalDate.of(year, month, day));
                }
            }
        }
        for (int distance = 1; distance <= 11; distance++) {
            for (int sign : new int[] {-1, 1}) {
                int year = base.getYear() + sign * distance;
                if (day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                    LocalDate candidate = LocalDate.of(year, month, day);
                    if (candidate.getDayOfWeek().getValue() == weekday) {
                        usedDct = false;
                        usedAnchor = false;
                        return day(candidate);
                    }
                }
            }
        }
        return usual;
    }

    /**
     * A holiday without a year, by its rule: {@code MM-DD} for a fixed day ("12-25"), {@code MM-n-W} for the
     * n-th weekday W (ISO, Monday = 1) of a month ("11-4-4", Thanksgiving; {@code L} for the last),
     * {@code E+n} for n days from (Western) Easter Sunday ("E-2", Good Friday); a trailing {@code +n} moves
     * any of them ("11-4-4+1", the day after Thanksgiving). The year is chosen as for a day-and-month.
     */
    private String holiday(String spec, Tense direction) {
        if (dct == null) {
            return "XXXX-XX-XX";
        }
        LocalDate nearest = null;
        LocalDate past = null;
        LocalDate future = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate candidate = holidayIn(spec, y);
            if (nearest == null || Math.abs(ChronoUnit.DAYS.between(dct, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(dct, nearest))) {
                nearest = candidate;
            }
            if (!candidate.isAfter(dct)) {
                past = candidate;
            }
            if (!candidate.isBefore(dct) && future == null) {
                future = candidate;
            }
        }
        if (direction == Tense.NONE && Math.abs(ChronoUnit.DAYS.between(dct, nearest)) <= NEAR_DAYS) {
            return day(nearest);
        }
        LocalDate chosen = direction == Tense.FUTURE ? future : past;
        return day(chosen == null ? nearest : chosen);
    }

    /** The day a holiday rule (see {@link #holiday}) gives in a year. */
    static LocalDate holidayIn(String spec, int year) {
        String rule = spec;
        int shift = 0;
        int plus = rule.indexOf('+', 1);
        if (plus > 0 && !rule.startsWith("E")) {
            shift = Integer.parseInt(rule.substring(plus + 1));
            rule = rule.substring(0, plus);
        }
        LocalDate day;
        if (rule.startsWith("E")) {
            day = easter(year).plusDays(integer(rule.substring(1)));
        } else {
            String[] parts = rule.split("-");
            int month = Integer.parseInt(parts[0]);
            if (parts.length == 2) {
                day = LocalDate.of(year, month, Integer.parseInt(parts[1]));
            } else {
                java.time.DayOfWeek weekday = java.time.DayOfWeek.of(Integer.parseInt(parts[2]));
                day = parts[1].equals("L")
                        ? LocalDate.of(year, month, 1).with(java.time.temporal.TemporalAdjusters.lastInMonth(weekday))
                        : LocalDate.of(year, month, 1).with(java.time.temporal.TemporalAdjusters
                                .dayOfWeekInMonth(Integer.parseInt(parts[1]), weekday));
            }
        }
        return day.plusDays(shift);
    }

    /** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Whether a month or day-and-month without a year belongs to the year the story is telling: a past
     * (or tenseless) clause after an explicit earlier year. What is to come is still counted from the DCT.
     */
    private boolean tellsAnotherYear(Tense direction) {
        return storyYear && anchorYear != 0 && anchorYear < dct.getYear() && direction != Tense.FUTURE
                && tellsThePast();
    }

    /**
     * The calendar period of {@code unit} that holds the time the story is telling (the day or year last
     * mentioned, when the story set it and the clause is in the past; else the DCT), moved by n: "had closed
     * by the end of the year" in a story of 2012 is the end of 2012.
     */
    private String story(String unit, int n) {
        boolean years = unit.equals("year") || unit.equals("decade") || unit.equals("century");
        boolean told = (years ? storyYear && anchorYear != 0 : storyDay)
                && tellsThePast();
        if (!told) {
            usedAnchor = false;
            usedDct = true;
            if (dct == null) {
                return switch (unit) {
                    case "day" -> "XXXX-XX-XX";
                    case "week" -> "XXXX-WXX";
                    case "month" -> "XXXX-XX";
                    default -> "XXXX";
                };
            }
            return period(unit, dct, n);
        }
        return period(unit, anchorFor(unit), n);
    }

    /**
     * "The last week of March": the ISO week holding the ordinal's fourth day (as ISO counts a week to the
     * month that holds most of it), or for {@code last} the fourth day from the month's end.
     */
    private String weekOfMonth(String ordinal, int month, Tense direction) {
        if (dct == null) {
            return null;
        }
        String monthValue = monthOf(month, direction, false);
        int year = Integer.parseInt(monthValue.substring(0, monthValue.length() - 3));
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate day = ordinal.equals("last") ? first.plusMonths(1).minusDays(4)
                : first.plusDays(3 + 7L * (integer(ordinal) - 1));
        return day.getMonthValue() == month ? week(day) : null;
    }

    private static int index(int year, int month) {
        return year * 12 + month - 1;
    }

    /**
     * The year of a period that starts in {@code firstMonth}: of last, this and next year's, the one
     * nearest the period the DCT falls in ({@code current}, a month index), in the given direction.
     */
    private int pick(int firstMonth, int current, Tense direction) {
        int year = dct.getYear();
        int best = year;
        int bestDistance = Integer.MAX_VALUE;
        for (int y = year - 1; y <= year + 1; y++) {
            int distance = index(y, firstMonth) - current;
            if ((direction == Tense.FUTURE && distance < 0) || (direction == Tense.PAST && distance > 0)) {
                continue;
            }
            // Half a year back or ahead is a tie; news looks ahead when it names a season or quarter to come.
            if (Math.abs(distance) < bestDistance || Math.abs(distance) == bestDistance && distance > 0) {
                best = y;
                bestDistance = Math.abs(distance);
            }
        }
        return best;
    }

    private String seasonOf(String season, Tense direction) {
        int first = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> throw new IllegalStateException("unknown season " + season);
        };
        if (dct == null) {
            return "XXXX-" + season;
        }
        // Winter starts in December, so January and February belong to the previous year's winter.
        int month = dct.getMonthValue();
        int current = month < 3 ? index(dct.getYear() - 1, 12) : index(dct.getYear(), month / 3 * 3);
        return year(pick(first, current, direction)) + "-" + season;
    }

    private String partOf(String letter, int months, int part, Tense direction) {
        if (dct == null) {
            return "XXXX-" + letter + part;
        }
        int currentPart = (dct.getMonthValue() - 1) / months;
        int current = index(dct.getYear(), currentPart * months + 1);
        return year(pick((part - 1) * months + 1, current, direction)) + "-" + letter + part;
    }

    private String time(String[] args) {
        int hour;
        int minute;
        if (args[0].length() == 4) {
            // Military style "0800".
            hour = integer(args[0].substring(0, 2));
            minute = integer(args[0].substring(2));
        } else {
            hour = integer(args[0]);
            minute = args.length > 1 && !args[1].isEmpty() ? integer(args[1]) : 0;
        }
        String meridiem = args.length > 2 ? args[2] : "";
        if (meridiem.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (meridiem.startsWith("a") && hour == 12) {
            hour = 0;
        }
        // TIMEX3 writes midnight at the end of a day as T24:00.
        if (hour > 24 || minute > 59 || hour == 24 && minute > 0) {
            return null;
        }
        String day = anchor == null ? "XXXX-XX-XX" : day(anchor);
        return day + "T" + two(hour) + ":" + two(minute);
    }

    private static String duration(String amount, String unit) {
        boolean vague = amount.isEmpty() || amount.equals("X");
        if (unit.equals("DE") || unit.equals("CE")) {
            if (vague) {
                return "PX" + unit;
            }
            double years = Double.parseDouble(amount) * (unit.equals("DE") ? 10 : 100);
            return "P" + number(years) + "Y";
        }
        String n = vague ? "X" : amount;
        return unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
    }

    private String shifted(String amount, String unit, int sign) {
        if (amount.isEmpty() || amount.equals("X") || amount.indexOf('.') >= 0) {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        int n = sign * Integer.parseInt(amount);
        if (dct == null) {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        return switch (unit) {
            case "Y" -> year(dct.getYear() + n);
            case "DE" -> year(dct.getYear() + 10 * n);
            case "CE" -> year(dct.getYear() + 100 * n);
            case "M" -> month(dct.plusMonths(n));
            case "Q" -> quarter(dct.plusMonths(3L * n));
            case "W" -> day(dct.plusWeeks(n));
            case "D" -> day(dct.plusDays(n));
            default -> sign < 0 ? "PAST_REF" : "FUTURE_REF";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String day(LocalDate date) {
        return year(date.getYear()) + "-" + two(date.getMonthValue()) + "-" + two(date.getDayOfMonth());
    }

    private static String week(LocalDate date) {
        return year(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String month(LocalDate date) {
        return year(date.getYear()) + "-" + two(date.getMonthValue());
    }

    private static String quarter(LocalDate date) {
        return year(date.getYear()) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static String half(LocalDate date) {
        return year(date.getYear()) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    private static String year(int year) {
        return year >= 0 && year < 10000 ? String.format("%04d", year) : Integer.toString(year);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
