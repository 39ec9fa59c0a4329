package news.timeline.importer.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.timeline.core.timeline.Timeline;

/**
 * A TimelineJS timeline read into the core {@link Timeline}, with what the core cannot hold beside it.
 *
 * @param file the file it was read from
 * @param timeline title slide, events and eras as core types
 * @param titleExtras what the title slide says beyond title and description
 * @param milestoneExtras per milestone slug, what its slide says beyond the milestone; slides with nothing
 *                        more are absent
 * @param eraExtras one per era, in the order of {@code timeline.eras()}
 * @param scale the TimelineJS {@code scale} ({@code human} or {@code cosmological}), or null
 */
public record TimelineJsDocument(
        String file,
        Timeline timeline,
        SlideExtras titleExtras,
        Map<String, SlideExtras> milestoneExtras,
        List<SlideExtras> eraExtras,
        String scale) implements Document {

    public TimelineJsDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(timeline, "timeline");
        milestoneExtras = Map.copyOf(milestoneExtras);
        eraExtras = List.copyOf(eraExtras);
    }
}
