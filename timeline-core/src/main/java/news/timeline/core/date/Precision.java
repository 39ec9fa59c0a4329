package news.timeline.core.date;

/**
 * How much of a date is known, from coarsest to finest. The declaration order is the order of
 * coarseness, which {@link HistoricalDate#compareTo} uses to break ties.
 */
public enum Precision {
    /** "the 20th century": TIMEX3 {@code 19}. */
    CENTURY,
    /** "the 1990s": TIMEX3 {@code 199}. */
    DECADE,
    /** "2021". */
    YEAR,
    /** "the first half of 2024": TIMEX3 {@code 2024-H1}. */
    HALF_YEAR,
    /** "spring 2022": TIMEX3 {@code 2022-SP}; seasons start on the meteorological dates (March, June, September, December). */
    SEASON,
    /** "Q3 2024": TIMEX3 {@code 2024-Q3}. */
    QUARTER,
    /** "June 2021". */
    MONTH,
    /** "the week of 11 March 2013": TIMEX3 {@code 2013-W11}, an ISO week. */
    WEEK,
    /** "16 June 2021". */
    DAY,
    /** "16 June 2021 at 13:00": a day with a time of day to the minute. */
    MINUTE;

    /** True if this precision is finer than (or as fine as) {@code other}. */
    public boolean isAtLeast(Precision other) {
        return compareTo(other) >= 0;
    }
}
