package news.timeline.importer.event;

/**
 * Where the importer read an event in one of its sources: the trigger ("held a phone call") and the time
 * expression that dated it ("on Wednesday"), as character offsets into the article text — the same text
 * the source's {@code quoteStart} and {@code quoteEnd} index — start inclusive, end exclusive, -1 when absent.
 * An editor sees them marked inside the quote, to judge the reading at a glance.
 */
public record Highlight(int triggerStart, int triggerEnd, int timeStart, int timeEnd) {

    /** Nothing known: a milestone that came from a file rather than from reading a sentence. */
    public static final Highlight NONE = new Highlight(-1, -1, -1, -1);

    public Highlight {
        check("trigger", triggerStart, triggerEnd);
        check("time expression", timeStart, timeEnd);
    }

    public boolean hasTrigger() {
        return triggerStart >= 0;
    }

    public boolean hasTime() {
        return timeStart >= 0;
    }

    private static void check(String what, int start, int end) {
        boolean absent = start == -1 && end == -1;
        if (!absent && (start < 0 || end <= start)) {
            throw new IllegalArgumentException("Invalid " + what + " offsets " + start + "–" + end);
        }
    }
}
