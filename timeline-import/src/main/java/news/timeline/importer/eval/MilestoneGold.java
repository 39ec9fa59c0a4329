package news.timeline.importer.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A gold file of milestones for one article ({@code shared/fixtures/articles/*.gold.json}): the article's
 * file name (beside the gold file), its publication date and the milestones an importer should find.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneGold(String article, String title, String published, List<Expected> milestones) {

    /** One gold milestone; {@code date} is a TIMEX3-style value or {@code null} for undated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(String id, boolean required, String date, String precision, String status, String kind,
            List<String> actors, List<String> places, String evidence) {

        public List<String> actors() {
            return actors == null ? List.of() : actors;
        }
    }

    public List<Expected> milestones() {
        return milestones == null ? List.of() : milestones;
    }
}
