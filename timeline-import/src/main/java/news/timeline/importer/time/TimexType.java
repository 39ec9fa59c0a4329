package news.timeline.importer.time;

/** The TIMEX3 type of a time expression. */
public enum TimexType {
    /** A calendar date or period: "June 16, 2021", "last week", "the 1990s". */
    DATE,
    /** A time of day: "18:00 UTC", "this morning". */
    TIME,
    /** A length of time: "nearly three years", "90 minutes". */
    DURATION,
    /** A recurrence: "every day", "weekly". */
    SET
}
