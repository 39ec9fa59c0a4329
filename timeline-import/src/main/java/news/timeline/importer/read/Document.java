package news.timeline.importer.read;

/** What one file or feed item reads into: an {@link Article} to extract milestones from, or a finished timeline. */
public sealed interface Document permits Article, TimelineJsDocument, TimelineDocument {

    /** The name of the file it was read from. */
    String file();
}
