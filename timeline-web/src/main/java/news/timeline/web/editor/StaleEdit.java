package news.timeline.web.editor;

/** A save based on a version that someone else has changed since: never overwrite, show both. */
public final class StaleEdit extends RuntimeException {

    private final EditorService.EditableMilestone current;

    public StaleEdit(EditorService.EditableMilestone current) {
        super("The milestone '" + current.milestone().slug() + "' changed since it was opened");
        this.current = current;
    }

    /** A timeline changed since; whoever asked reads it again. */
    StaleEdit(String timelineSlug) {
        super("The timeline '" + timelineSlug + "' changed since it was opened");
        this.current = null;
    }

    /** The milestone as it is now; null for a timeline. */
    public EditorService.EditableMilestone current() {
        return current;
    }
}
