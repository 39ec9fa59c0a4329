package news.timeline.web.reader;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.MilestoneWindow;

/**
 * The axis of a timeline page as the server draws it: the page's milestones and eras laid out by
 * {@link AxisLayout} in the view a link without one opens. On a big timeline the years' milestones that the
 * page does not hold are counted in clusters too, so the whole span reads as full.
 */
public final class AxisView {

    private AxisView() {
    }

    /** The laid-out axis, or null when the page holds no dated milestone and knows of none. */
    public static AxisLayout.Axis of(Timeline timeline, MilestoneWindow window, Locale locale) {
        List<Milestone> dated = window.milestones().stream().filter(m -> m.date() != null).toList();
        List<AxisLayout.Item> items = dated.stream().map(m -> new AxisLayout.Item(m.slug(), m.headline(),
                DisplayExtensions.displayDate(m, locale), m.date().startDay().toEpochDay(),
                m.date().endDayExclusive().toEpochDay(), m.importance())).toList();
        List<AxisLayout.Elsewhere> elsewhere = List.of();
        if (window.matching() > window.milestones().size()) {
            Map<Integer, Long> here = new HashMap<>();
            for (Milestone m : dated) {
                here.merge(news.timeline.core.date.HistoricalDate.of(m.date().startDay()).year(), 1L, Long::sum);
            }
            // The summary's years are the site's (no year 0); ISO's year before 1 CE is 0.
            elsewhere = window.years().stream().map(y -> {
                int iso = y.year() < 0 ? y.year() + 1 : y.year();
                return new AxisLayout.Elsewhere(Year.of(iso).atDay(1).toEpochDay(), Year.of(iso + 1).atDay(1).toEpochDay(),
                        Math.max(0, y.count() - here.getOrDefault(y.year(), 0L)));
            }).toList();
        }
        double[] view = AxisLayout.initialView(items, elsewhere, timeline.defaultZoom().slug());
        if (view == null) {
            return null;
        }
        List<AxisLayout.Period> eras = timeline.eras().stream().map(e -> new AxisLayout.Period(e.name(),
                e.span().startDay().toEpochDay(), e.span().endDayExclusive().toEpochDay())).toList();
        return AxisLayout.layout(items, elsewhere, eras, view[0], view[1], locale);
    }
}
