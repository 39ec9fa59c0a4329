package news.timeline.importer.event;

import java.util.List;

/**
 * A candidate as the rules found it, with the features a ranker judges it by ("kind=meeting", "dated=text").
 *
 * @param candidate the candidate, with the rules' own confidence
 * @param features the names of its binary features, {@code "bias"} first
 */
public record Ranked(Candidate candidate, List<String> features) {

    public Ranked {
        features = List.copyOf(features);
    }
}
