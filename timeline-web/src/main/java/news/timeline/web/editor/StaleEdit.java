package news.timeline.web.editor;

/**
 * A save based on a version that someone else has changed since, whether the version sent says so or the
 * write finds it: never overwrite; whoever asked reads what is stored now and shows both.
 */
public final class StaleEdit extends RuntimeException {

    /** The address the milestone has now, when it was renamed since it was opened; else null. */
    private final String renamedTo;

    StaleEdit(String what) {
        this(what + " changed since it was opened", null);
    }

    private StaleEdit(String message, String renamedTo) {
        super(message);
        this.renamedTo = renamedTo;
    }

    /** A save to a milestone's old address: someone renamed it since the form was opened. */
    static StaleEdit renamed(String oldSlug, String newSlug) {
        return new StaleEdit("The milestone '" + oldSlug + "' was renamed to '" + newSlug + "' since it was opened", newSlug);
    }

    /** The slug the milestone has now: the one it was opened under unless it was renamed since. */
    public String currentSlug(String opened) {
        return renamedTo == null ? opened : renamedTo;
    }
}
