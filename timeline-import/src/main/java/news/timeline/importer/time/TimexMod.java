package news.timeline.importer.time;

/** TIMEX3 modifiers that qualify a value without changing it ("early June", "about 90 minutes"). */
public enum TimexMod {
    APPROX,
    START,
    MID,
    END,
    LESS_THAN,
    MORE_THAN,
    EQUAL_OR_LESS,
    EQUAL_OR_MORE,
    BEFORE,
    AFTER
}
