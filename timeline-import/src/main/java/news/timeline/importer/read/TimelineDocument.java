package news.timeline.importer.read;

import java.util.Objects;
import news.timeline.core.timeline.Timeline;

/**
 * A timeline read from one of our own exports (for now the milestones spreadsheet, {@code milestones.csv}):
 * finished milestones, with nothing beside them that the core cannot hold.
 *
 * @param file the file it was read from
 * @param timeline the milestones; the title is the file's name, since the spreadsheet has no title row
 */
public record TimelineDocument(String file, Timeline timeline) implements Document {

    public TimelineDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(timeline, "timeline");
    }
}
