package news.timeline.importer.event;

import java.util.List;

/**
 * What the importer made of some articles: the candidate milestones, most confident first, and the parts of
 * the text its rules could not read ("sentence 12 of …: skipped, …"). A problem costs only its part: the
 * tagger's failure leaves the events dated by the publication date, a sentence's failure that sentence.
 */
public record Extraction(List<Candidate> candidates, List<String> problems) {

    public Extraction {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }
}
