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
 */
public record Candidate(Milestone milestone, double confidence, int datedBy, List<String> flags) {

    public Candidate {
        flags = List.copyOf(flags);
    }
}
