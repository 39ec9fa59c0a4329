package news.timeline.web.persistence;

import java.util.List;
import news.timeline.core.milestone.Milestone;

/**
 * One window of a timeline's milestones: at most {@code limit} of them from {@code offset} on, how many
 * match in all, and how the matching milestones spread over the years, so a page can summarise what it does
 * not show.
 */
public record MilestoneWindow(List<Milestone> milestones, int offset, int limit, long matching,
                              List<YearCount> years, long undated) implements Paged {

    /** How many matching milestones start in a year. */
    public record YearCount(int year, long count) {
    }

    /** The first year a matching milestone starts in, or null: the filter's example for "from". */
    public Integer firstYear() {
        return years.isEmpty() ? null : years.get(0).year();
    }

    /** The last year a matching milestone starts in, or null: the filter's example for "to". */
    public Integer lastYear() {
        return years.isEmpty() ? null : years.get(years.size() - 1).year();
    }

    @Override
    public List<Milestone> rows() {
        return milestones;
    }

    /** The next page is read from the index after this page's last milestone, not by skipping the ones before. */
    @Override
    public String nextKey() {
        return milestones.isEmpty() ? "" : Paged.param("after", milestones.get(milestones.size() - 1).slug());
    }

    /**
     * The previous page is read backwards from this page's first milestone, when it is a whole page; the first page
     * (offset 0, which may overlap this one after a deep link) by its offset.
     */
    @Override
    public String previousKey() {
        return milestones.isEmpty() || previousOffset() == 0 ? "" : Paged.param("before", milestones.get(0).slug());
    }
}
