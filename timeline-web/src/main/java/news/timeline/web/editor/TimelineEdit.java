package news.timeline.web.editor;

import java.util.List;
import news.timeline.core.timeline.Cover;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.ReaderView;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;

/**
 * A timeline as an editor asks to save it, from the editor's forms or the API, carrying the constraints of
 * {@link EditRules}: {@link EditorService} checks it, and {@link #toTimeline} turns it into the core timeline,
 * the one mapping all share.
 */
public interface TimelineEdit {

    String title();

    /** The address of a new timeline; blank to make it from the title. An existing timeline keeps its own. */
    String slug();

    String description();

    /** draft, published or archived; blank for draft. */
    String state();

    String embedOrigins();

    /** The version this edit is based on; null when it names none. */
    Long baseVersion();

    /** The default zoom, given the timeline before the edit (null for a new one); an edit that has none keeps it. */
    default TimelineZoom defaultZoom(Timeline previous) {
        return previous == null ? null : previous.defaultZoom();
    }

    /** What readers see first, given the timeline before the edit (null for a new one); an edit that has none keeps it. */
    default ReaderView defaultView(Timeline previous) {
        return previous == null ? null : previous.defaultView();
    }

    /** The cover, given the timeline before the edit; an edit that has none keeps it. */
    default Cover cover(Timeline previous) {
        return previous == null ? null : previous.cover();
    }

    /** The eras, given the timeline before the edit; an edit that has none keeps them. */
    default List<Era> eras(Timeline previous) {
        return previous == null ? List.of() : previous.eras();
    }

    /** The timeline this edit describes, without milestones, given the one before it (null for a new one). */
    default Timeline toTimeline(Timeline previous) {
        return new Timeline(previous != null ? previous.slug() : EditRules.blank(slug()) ? null : slug().strip(), title(),
                description(), EditRules.blank(state()) ? TimelineState.DRAFT : TimelineState.fromSlug(state()),
                defaultZoom(previous), defaultView(previous), cover(previous), embedOrigins(), eras(previous), List.of());
    }
}
