package news.timeline.core.timeline;

/** Where a timeline is in its life: editors prepare drafts, readers see published ones, archived ones stay readable by link. */
public enum TimelineState {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    /** True if readers may open it. */
    public boolean isReadable() {
        return this != DRAFT;
    }
}
