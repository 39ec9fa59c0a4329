package news.timeline.web.editor;

/**
 * A timeline as an editor asks to save it, from the editor's forms or the API, carrying the constraints of
 * {@link EditRules}: {@link EditorService} checks it and saves it, the one mapping all share.
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
}
