package news.timeline.core.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the news knows it: to a {@link Precision}, possibly {@code approximate} ("about 2021",
 * "early 2022"), possibly a range with an {@code end} ("2014–2022", "June 16–17, 2021"), possibly before
 * the common era.
 *
 * <h2>Years</h2>
 * Years are numbered as historians and TimelineJS number them: there is no year 0, and {@code -44} is
 * 44 BCE. (ISO 8601's astronomical numbering would call that year {@code -0043}; {@link #startDay()}
 * converts.)
 *
 * <h2>Fields</h2>
 * {@code year}, {@code month} and {@code day} always hold the first day of the period: 2021 is
 * 2021-01-01 at {@link Precision#YEAR}, spring 2022 is 2022-03-01 at {@link Precision#SEASON}, ISO week
 * 2013-W01 is Monday 2012-12-31 at {@link Precision#WEEK}. {@code time} is set only at
 * {@link Precision#MINUTE}.
 *
 * <h2>Text form</h2>
 * {@link #parse} reads and {@link #toString} writes TIMEX3-style values: {@code 2021}, {@code 2021-06},
 * {@code 2021-06-16}, {@code 2021-06-16T13:00}, {@code -0044} (also read as {@code BC0044}), {@code 199}
 * (the 1990s), {@code 19} (the 1900s), {@code 2022-SP}, {@code 2024-Q3}, {@code 2024-H1},
 * {@code 2013-W11}. An approximate date carries EDTF's {@code ~} suffix ({@code 2021~}); a range is an
 * ISO 8601 interval of two such values ({@code 2014/2022}, {@code 2021-06-16/2021-06-17}).
 *
 * <h2>Order</h2>
 * Dates are ordered by the first day they cover; on the same first day the coarser precision comes first
 * (2021 before 2021-01 before 2021-01-01 before 2021-01-01T09:00), then exact before approximate, then a
 * single date before a range, shorter ranges first. The order is total and consistent with
 * {@link #equals}.
 */
public record HistoricalDate(
        Precision precision,
        int year,
        int month,
        int day,
        LocalTime time,
        boolean approximate,
        HistoricalDate end) implements Comparable<HistoricalDate> {

    /** The largest year a four-digit value can carry. */
    public static final int MAX_YEAR = 9999;

    private static final Pattern YEAR = Pattern.compile("(-|BC)?(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(-|BC)?(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(-|BC)?(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MINUTE =
            Pattern.compile("(-|BC)?(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");
    private static final Pattern PART = Pattern.compile("(-|BC)?(\\d{4})-(SP|SU|FA|AU|WI|Q\\d|H\\d|W\\d{2})");

    private static final Comparator<HistoricalDate> ORDER = Comparator
            .comparing(HistoricalDate::startDay)
            .thenComparing(HistoricalDate::precision)
            .thenComparing(HistoricalDate::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(HistoricalDate::approximate)
            .thenComparing(HistoricalDate::end, Comparator.nullsFirst(Comparator.naturalOrder()));

    public HistoricalDate {
        Objects.requireNonNull(precision, "precision");
        String shown = "year " + year + ", month " + month + ", day " + day;
        if (year == 0) {
            throw new InvalidDateException(shown, "there is no year 0: 1 BCE is followed by 1 CE");
        }
        if (Math.abs(year) > MAX_YEAR) {
            throw new InvalidDateException(shown, "year must be between -" + MAX_YEAR + " and " + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new InvalidDateException(shown, "month must be between 1 and 12");
        }
        int length = LocalDate.of(isoYear(year), month, 1).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new InvalidDateException(shown, "day must be between 1 and " + length + " in that month");
        }
        String periodStart = switch (precision) {
            case CENTURY -> year > 0 && year % 100 == 0 && month == 1 && day == 1 ? null
                    : "a century starts on 1 January of a positive year divisible by 100";
            case DECADE -> year > 0 && year % 10 == 0 && month == 1 && day == 1 ? null
                    : "a decade starts on 1 January of a positive year divisible by 10";
            case YEAR -> month == 1 && day == 1 ? null : "a year starts on 1 January";
            case HALF_YEAR -> (month == 1 || month == 7) && day == 1 ? null : "a half-year starts on 1 January or 1 July";
            case SEASON -> month % 3 == 0 && day == 1 ? null : "a season starts on 1 March, June, September or December";
            case QUARTER -> month % 3 == 1 && day == 1 ? null : "a quarter starts on 1 January, April, July or October";
            case MONTH -> day == 1 ? null : "a month starts on day 1";
            case WEEK -> LocalDate.of(isoYear(year), month, day).getDayOfWeek() == DayOfWeek.MONDAY ? null
                    : "an ISO week starts on a Monday";
            case DAY, MINUTE -> null;
        };
        if (periodStart != null) {
            throw new InvalidDateException(shown, periodStart);
        }
        if ((precision == Precision.MINUTE) != (time != null)) {
            throw new InvalidDateException(shown, "a time of day is given exactly when the precision is MINUTE");
        }
        if (end != null) {
            if (end.end() != null) {
                throw new InvalidDateException(shown, "the end of a range cannot itself be a range");
            }
            if (end.approximate()) {
                throw new InvalidDateException(shown, "mark the whole range approximate, not its end");
            }
            // Fields are assigned only after this constructor body, so work from the parameters.
            LocalDate first = LocalDate.of(isoYear(year), month, day);
            // On the same first day, a time of day decides too: 13:00 to 12:00 ends before it starts.
            boolean sameDay = end.startDay().equals(first);
            if (end.startDay().isBefore(first)
                    || sameDay && end.equals(new HistoricalDate(precision, year, month, day, time, false, null))
                    || sameDay && time != null && end.time() != null && !end.time().isAfter(time)) {
                throw new InvalidDateException(shown, "a range must end (" + end + ") after it starts");
            }
        }
    }

    // ----------------------------------------------------------------------------------------- factories

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(Precision.YEAR, year, 1, 1, null, false, null);
    }

    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(Precision.MONTH, year, month, 1, null, false, null);
    }

    public static HistoricalDate ofDay(int year, int month, int day) {
        return new HistoricalDate(Precision.DAY, year, month, day, null, false, null);
    }

    /** A day of the ISO calendar (proleptic, so ISO year 0 is 1 BCE). */
    public static HistoricalDate of(LocalDate date) {
        return ofDay(fromIsoYear(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
    }

    public static HistoricalDate of(LocalDateTime dateTime) {
        LocalDate date = dateTime.toLocalDate();
        return new HistoricalDate(Precision.MINUTE, fromIsoYear(date.getYear()), date.getMonthValue(),
                date.getDayOfMonth(), dateTime.toLocalTime().withNano(0), false, null);
    }

    /** The decade that starts in {@code firstYear} (1990 for the 1990s). */
    public static HistoricalDate ofDecade(int firstYear) {
        return new HistoricalDate(Precision.DECADE, firstYear, 1, 1, null, false, null);
    }

    /** The hundred years that start in {@code firstYear} (1900 for "the 1900s", TIMEX3 {@code 19}). */
    public static HistoricalDate ofCentury(int firstYear) {
        return new HistoricalDate(Precision.CENTURY, firstYear, 1, 1, null, false, null);
    }

    public static HistoricalDate ofSeason(int year, Season season) {
        return new HistoricalDate(Precision.SEASON, year, season.firstMonth(), 1, null, false, null);
    }

    public static HistoricalDate ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidDateException(year + "-Q" + quarter, "quarter must be between 1 and 4");
        }
        return new HistoricalDate(Precision.QUARTER, year, 3 * quarter - 2, 1, null, false, null);
    }

    public static HistoricalDate ofHalfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new InvalidDateException(year + "-H" + half, "half must be 1 or 2");
        }
        return new HistoricalDate(Precision.HALF_YEAR, year, half == 1 ? 1 : 7, 1, null, false, null);
    }

    /** ISO week {@code week} of the ISO week-based year {@code weekYear}. */
    public static HistoricalDate ofWeek(int weekYear, int week) {
        String shown = "%04d-W%02d".formatted(weekYear, week);
        if (weekYear < 1) {
            throw new InvalidDateException(shown, "weeks are supported from year 1 on");
        }
        LocalDate probe = LocalDate.of(weekYear, 6, 1);
        long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new InvalidDateException(shown, "week must be between 1 and " + weeks + " in that year");
        }
        LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new HistoricalDate(Precision.WEEK, fromIsoYear(monday.getYear()), monday.getMonthValue(),
                monday.getDayOfMonth(), null, false, null);
    }

    /** This date marked approximate ("about", "early", "nearly three years ago"). */
    public HistoricalDate approximately() {
        return new HistoricalDate(precision, year, month, day, time, true, end);
    }

    /** A range from this date to {@code last}, inclusive. */
    public HistoricalDate to(HistoricalDate last) {
        return new HistoricalDate(precision, year, month, day, time, approximate, last);
    }

    // ------------------------------------------------------------------------------------------- parsing

    /**
     * Reads a value written by {@link #toString} or a TIMEX3-style date value.
     *
     * @throws InvalidDateException naming the value and what is wrong with it
     */
    public static HistoricalDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDateException(value == null ? "" : value, "no date given");
        }
        String text = value.strip();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String first = text.substring(0, slash);
            String last = text.substring(slash + 1);
            if (first.isBlank() || last.isBlank() || last.indexOf('/') >= 0) {
                throw new InvalidDateException(text, "a range is two dates joined by one '/'");
            }
            boolean approximate = first.endsWith("~") || last.endsWith("~");
            HistoricalDate start = single(stripTilde(first), text);
            HistoricalDate finish = single(stripTilde(last), text);
            HistoricalDate range = rethrowAs(text, () -> start.to(finish));
            return approximate ? range.approximately() : range;
        }
        boolean approximate = text.endsWith("~");
        HistoricalDate date = single(stripTilde(text), text);
        return approximate ? date.approximately() : date;
    }

    private static String stripTilde(String text) {
        return text.endsWith("~") ? text.substring(0, text.length() - 1) : text;
    }

    private static HistoricalDate single(String text, String whole) {
        return rethrowAs(whole, () -> readSingle(text, whole));
    }

    private static HistoricalDate rethrowAs(String whole, java.util.function.Supplier<HistoricalDate> reader) {
        try {
            return reader.get();
        } catch (InvalidDateException e) {
            if (e.input().equals(whole)) {
                throw e;
            }
            throw new InvalidDateException(whole, e.reason());
        } catch (java.time.DateTimeException e) {
            throw new InvalidDateException(whole, e.getMessage());
        }
    }

    private static HistoricalDate readSingle(String text, String whole) {
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            return ofYear(year(m.group(1), m.group(2), whole));
        }
        if ((m = DECADE.matcher(text)).matches()) {
            int decade = Integer.parseInt(m.group(1));
            if (decade == 0) {
                throw new InvalidDateException(whole, "there is no decade 000: it would start in year 0");
            }
            return ofDecade(decade * 10);
        }
        if ((m = CENTURY.matcher(text)).matches()) {
            int century = Integer.parseInt(m.group(1));
            if (century == 0) {
                throw new InvalidDateException(whole, "there is no century 00: it would start in year 0");
            }
            return ofCentury(century * 100);
        }
        if ((m = MONTH.matcher(text)).matches()) {
            int month = number(m.group(3), 1, 12, "month", whole);
            return ofMonth(year(m.group(1), m.group(2), whole), month);
        }
        if ((m = DAY.matcher(text)).matches()) {
            int month = number(m.group(3), 1, 12, "month", whole);
            return ofDay(year(m.group(1), m.group(2), whole), month, Integer.parseInt(m.group(4)));
        }
        if ((m = MINUTE.matcher(text)).matches()) {
            int month = number(m.group(3), 1, 12, "month", whole);
            int hour = number(m.group(5), 0, 23, "hour", whole);
            int minute = number(m.group(6), 0, 59, "minute", whole);
            int second = m.group(7) == null ? 0 : number(m.group(7), 0, 59, "second", whole);
            return new HistoricalDate(Precision.MINUTE, year(m.group(1), m.group(2), whole), month,
                    Integer.parseInt(m.group(4)), LocalTime.of(hour, minute, second), false, null);
        }
        if ((m = PART.matcher(text)).matches()) {
            int year = year(m.group(1), m.group(2), whole);
            String part = m.group(3);
            return switch (part.charAt(0)) {
                case 'Q' -> ofQuarter(year, part.charAt(1) - '0');
                case 'H' -> ofHalfYear(year, part.charAt(1) - '0');
                // "WI" is winter, not a week: only weeks have digits after the W.
                case 'W' -> part.equals("WI") ? ofSeason(year, Season.WINTER)
                        : ofWeek(year, Integer.parseInt(part.substring(1)));
                default -> ofSeason(year, Season.fromTimex(part));
            };
        }
        throw new InvalidDateException(whole, "expected a value such as 2021, 2021-06, 2021-06-16, "
                + "2021-06-16T13:00, -0044, 199 (a decade), 2022-SP, 2024-Q3, 2013-W11 or a range 2014/2022");
    }

    private static int year(String sign, String digits, String whole) {
        int year = Integer.parseInt(digits);
        if (year == 0) {
            throw new InvalidDateException(whole, "there is no year 0: 1 BCE is followed by 1 CE");
        }
        return sign == null ? year : -year;
    }

    private static int number(String digits, int min, int max, String field, String whole) {
        int n = Integer.parseInt(digits);
        if (n < min || n > max) {
            throw new InvalidDateException(whole, "%s must be between %02d and %02d".formatted(field, min, max));
        }
        return n;
    }

    // ----------------------------------------------------------------------------------------- reading

    /** The first day covered, in the proleptic ISO calendar. */
    public LocalDate startDay() {
        return LocalDate.of(isoYear(year), month, day);
    }

    /** The day after the last day covered, in the proleptic ISO calendar (the end of the range, if any). */
    public LocalDate endDayExclusive() {
        if (end != null) {
            return end.endDayExclusive();
        }
        return startDay().plus(unitCount(), unit());
    }

    /** The last day covered, inclusive. */
    public LocalDate lastDay() {
        return endDayExclusive().minusDays(1);
    }

    /** True if this is a range with an end. */
    public boolean isRange() {
        return end != null;
    }

    /** This date without its end and without the approximate flag. */
    public HistoricalDate start() {
        return new HistoricalDate(precision, year, month, day, time, false, null);
    }

    /** For {@link Precision#SEASON}, which season; otherwise {@code null}. */
    public Season season() {
        return precision == Precision.SEASON ? Season.startingIn(month) : null;
    }

    /** For {@link Precision#QUARTER}, 1 to 4; for {@link Precision#HALF_YEAR}, 1 or 2; otherwise 0. */
    public int part() {
        return switch (precision) {
            case QUARTER -> (month - 1) / 3 + 1;
            case HALF_YEAR -> month == 1 ? 1 : 2;
            default -> 0;
        };
    }

    /**
     * Could this and {@code other} be the date of the same event? True when the periods they cover
     * overlap. An approximate date is widened by one unit of its precision on each side first, so
     * "about 2021" is compatible with 2022-01-05 but "2021" is not.
     */
    public boolean isCompatibleWith(HistoricalDate other) {
        Objects.requireNonNull(other, "other");
        LocalDate[] mine = widened();
        LocalDate[] theirs = other.widened();
        return mine[0].isBefore(theirs[1]) && theirs[0].isBefore(mine[1]);
    }

    private LocalDate[] widened() {
        LocalDate from = startDay();
        LocalDate to = endDayExclusive();
        if (approximate) {
            from = from.minus(unitCount(), unit());
            to = to.plus(unitCount(), unit());
        }
        return new LocalDate[] {from, to};
    }

    private ChronoUnit unit() {
        return switch (precision) {
            case CENTURY -> ChronoUnit.CENTURIES;
            case DECADE -> ChronoUnit.DECADES;
            case YEAR -> ChronoUnit.YEARS;
            case HALF_YEAR, SEASON, QUARTER, MONTH -> ChronoUnit.MONTHS;
            case WEEK -> ChronoUnit.WEEKS;
            case DAY, MINUTE -> ChronoUnit.DAYS;
        };
    }

    private int unitCount() {
        return switch (precision) {
            case HALF_YEAR -> 6;
            case SEASON, QUARTER -> 3;
            default -> 1;
        };
    }

    @Override
    public int compareTo(HistoricalDate other) {
        return ORDER.compare(this, other);
    }

    /** The TIMEX3-style value, with {@code ~} when approximate and {@code /end} for a range. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(value());
        if (approximate) {
            out.append('~');
        }
        if (end != null) {
            out.append('/').append(end.value());
        }
        return out.toString();
    }

    /** The TIMEX3 value of the start alone: no approximate mark, no end. */
    public String value() {
        String y = year < 0 ? "-%04d".formatted(-year) : "%04d".formatted(year);
        return switch (precision) {
            case CENTURY -> "%02d".formatted(year / 100);
            case DECADE -> "%03d".formatted(year / 10);
            case YEAR -> y;
            case HALF_YEAR -> y + "-H" + part();
            case SEASON -> y + "-" + season().timex();
            case QUARTER -> y + "-Q" + part();
            case MONTH -> y + "-%02d".formatted(month);
            case WEEK -> {
                LocalDate monday = startDay();
                yield "%04d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case DAY -> y + "-%02d-%02d".formatted(month, day);
            case MINUTE -> y + "-%02d-%02dT%02d:%02d".formatted(month, day, time.getHour(), time.getMinute())
                    + (time.getSecond() == 0 ? "" : ":%02d".formatted(time.getSecond()));
        };
    }

    static int isoYear(int year) {
        return year < 0 ? year + 1 : year;
    }

    static int fromIsoYear(int isoYear) {
        return isoYear <= 0 ? isoYear - 1 : isoYear;
    }
}
