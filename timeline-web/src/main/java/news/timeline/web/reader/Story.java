package news.timeline.web.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.timeline.core.milestone.Milestone;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.MilestoneWindow;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;

/**
 * One slide of a timeline's story mode: the milestone shown ({@code current}, null when no milestone matches),
 * its neighbours, where it stands ({@code number} of {@code count}, from 1), the marks of the nearby slides for
 * the compact axis, the reader's filters ({@code params}, as {@code &name=value}) that every link keeps, and where
 * the links go ({@code links}: the site's slides, or the embed widget's).
 */
public record Story(Milestone current, Milestone previous, Milestone next, int number, long count, List<Mark> axis,
                    String params, Links links) {

    /** A slide on the compact axis: its year where the year changes (null otherwise, and for undated ones). */
    public record Mark(Milestone milestone, Integer year, boolean current, String path) {
    }

    /** Where a story's links go. */
    public interface Links {

        /** The slide of the milestone {@code milestoneSlug}. */
        String slide(String milestoneSlug);

        /** Story mode from its first slide. */
        String first();

        /** The list view, at the milestone {@code at}, or from its start when null. */
        String list(Milestone at);
    }

    /**
     * The site's story mode of the timeline {@code timelineSlug} with the filters {@code params}; {@code storyFirst}
     * when the timeline's address shows story mode, so that the list is asked for by name ({@code mode=list}).
     */
    public record SiteLinks(String timelineSlug, String params, boolean storyFirst) implements Links {

        @Override
        public String slide(String milestoneSlug) {
            return Paths.withQuery(Paths.slide(timelineSlug, milestoneSlug), params);
        }

        @Override
        public String first() {
            return Paths.withQuery(Paths.story(timelineSlug), params);
        }

        @Override
        public String list(Milestone at) {
            String list = Paths.withQuery(Paths.timeline(timelineSlug), params + (storyFirst ? Paths.LIST_MODE : ""));
            return at == null ? list : list + (list.contains("?") ? "&" : "?") + "at=" + at.slug() + "#m-" + at.slug();
        }
    }

    /**
     * The slide at {@code index} of the milestones {@code filter} lets through in {@code head}, with up to
     * {@code reach} slides either side on its axis; an empty story when the slide is not there (nothing matches,
     * or the milestones changed meanwhile).
     */
    public static Story at(ReaderQueries queries, TimelineHead head, MilestoneFilter filter, int index, int reach,
                           String params, Links links) {
        MilestoneWindow window = queries.window(head, filter, Math.max(0, index - reach), 2 * reach + 1);
        if (index - window.offset() >= window.milestones().size()) {
            return empty(params, links);
        }
        return of(window.milestones(), window.offset(), index, window.matching(), params, links);
    }

    /**
     * The slide at {@code index} of {@code window}, the milestones that match from {@code offset} on, of
     * {@code count} in all.
     */
    static Story of(List<Milestone> window, int offset, int index, long count, String params, Links links) {
        int at = index - offset;
        List<Mark> marks = new ArrayList<>();
        Integer lastYear = null;
        for (int i = 0; i < window.size(); i++) {
            Milestone m = window.get(i);
            Integer year = m.date() == null ? null : m.date().year();
            marks.add(new Mark(m, Objects.equals(year, lastYear) ? null : year, i == at, links.slide(m.slug())));
            lastYear = year;
        }
        return new Story(window.get(at), at > 0 ? window.get(at - 1) : null,
                at + 1 < window.size() ? window.get(at + 1) : null, index + 1, count, marks, params, links);
    }

    /** Story mode of a timeline none of whose milestones match. */
    static Story empty(String params, Links links) {
        return new Story(null, null, null, 0, 0, List.of(), params, links);
    }

    public String previousPath() {
        return previous == null ? null : links.slide(previous.slug());
    }

    public String nextPath() {
        return next == null ? null : links.slide(next.slug());
    }

    /** Story mode from its first slide, with the same filters. */
    public String storyPath() {
        return links.first();
    }

    /** The list view from its start. */
    public String listStart() {
        return links.list(null);
    }

    /** The list view, at this slide's milestone. */
    public String listPath() {
        return links.list(current);
    }
}
