package news.timeline.importer.event;

import java.util.List;
import news.timeline.core.milestone.Milestone;

/**
 * A milestone the importer proposes, with what an editor needs to judge it.
 *
 * @param milestone the milestone, its sources quoting the sentences that tell of it
 * @param confidence how sure the importer is, from 0 to 1
 * @param datedBy the index in {@code milestone.sources()} of the source whose text gave the date; -1 when no
 *     text gave one (the date is a publication date, or there is none)
 * @param flags notes for the editor, such as names read as near-misspellings ("'Higseth' read as Pete Hegseth")
 * @param highlights for each source, in the order of {@code milestone.sources()}, where its quote holds the
 *     trigger and the time expression; shorter than the sources (or empty) when they are not known
 */
public record Candidate(Milestone milestone, double confidence, int datedBy, List<String> flags,
                        List<Highlight> highlights) {

    public Candidate {
        flags = List.copyOf(flags);
        highlights = List.copyOf(highlights);
        if (highlights.size() > milestone.sources().size()) {
            throw new IllegalArgumentException(highlights.size() + " highlights for " + milestone.sources().size()
                    + " sources");
        }
    }

    /** A candidate without highlights: one that was given, such as a TimelineJS file's milestone. */
    public Candidate(Milestone milestone, double confidence, int datedBy, List<String> flags) {
        this(milestone, confidence, datedBy, flags, List.of());
    }

    /** Where the trigger and the time expression are in source {@code index}; {@link Highlight#NONE} if unknown. */
    public Highlight highlight(int index) {
        return index >= 0 && index < highlights.size() ? highlights.get(index) : Highlight.NONE;
    }
}
