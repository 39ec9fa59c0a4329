package news.timeline.web.preview;

/** A preview link that opens nothing: why, for the page that says so (PreviewResource). */
public class PreviewRefused extends RuntimeException {

    /** Why a link opens nothing, and the status its page answers with. */
    public enum Reason {
        /** Not a link this site made, or one changed since: 404, as for any address that leads nowhere. */
        INVALID(404),
        /** Past the time it was made to last: 410, it once worked and never will again. */
        EXPIRED(410),
        /** An editor withdrew the timeline's preview links after it was made: 410. */
        WITHDRAWN(410);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    public PreviewRefused(Reason reason) {
        super("Preview link refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
