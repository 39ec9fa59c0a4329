package news.timeline.web.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.timeline.core.milestone.Milestone;

/**
 * One slide of a timeline's story mode: the milestone shown ({@code current}, null when no milestone matches),
 * its neighbours, where it stands ({@code number} of {@code count}, from 1), the marks of the nearby slides for
 * the compact axis, and the reader's filters ({@code params}, as {@code &name=value}) that every link keeps.
 */
public record Story(String timelineSlug, Milestone current, Milestone previous, Milestone next, int number, long count,
                    List<Mark> axis, String params) {

    /** A slide on the compact axis: its year where the year changes (null otherwise, and for undated ones). */
    public record Mark(Milestone milestone, Integer year, boolean current, String path) {
    }

    /**
     * The slide at {@code index} of {@code window}, the milestones that match from {@code offset} on, of
     * {@code count} in all.
     */
    static Story of(String timelineSlug, List<Milestone> window, int offset, int index, long count, String params) {
        int at = index - offset;
        List<Mark> marks = new ArrayList<>();
        Integer lastYear = null;
        for (int i = 0; i < window.size(); i++) {
            Milestone m = window.get(i);
            Integer year = m.date() == null ? null : m.date().year();
            marks.add(new Mark(m, Objects.equals(year, lastYear) ? null : year, i == at,
                    Paths.withQuery(Paths.slide(timelineSlug, m.slug()), params)));
            lastYear = year;
        }
        return new Story(timelineSlug, window.get(at), at > 0 ? window.get(at - 1) : null,
                at + 1 < window.size() ? window.get(at + 1) : null, index + 1, count, marks, params);
    }

    /** Story mode of a timeline none of whose milestones match. */
    static Story empty(String timelineSlug, String params) {
        return new Story(timelineSlug, null, null, null, 0, 0, List.of(), params);
    }

    public String previousPath() {
        return previous == null ? null : path(previous);
    }

    public String nextPath() {
        return next == null ? null : path(next);
    }

    /** Story mode from its first slide, with the same filters. */
    public String storyPath() {
        return Paths.withQuery(Paths.story(timelineSlug), params);
    }

    /** The list view, at this slide's milestone. */
    public String listPath() {
        String list = Paths.withQuery(Paths.timeline(timelineSlug), params);
        if (current == null) {
            return list;
        }
        return list + (list.contains("?") ? "&" : "?") + "at=" + current.slug() + "#m-" + current.slug();
    }

    private String path(Milestone milestone) {
        return Paths.withQuery(Paths.slide(timelineSlug, milestone.slug()), params);
    }
}
