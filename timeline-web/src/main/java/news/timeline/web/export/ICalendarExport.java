package news.timeline.web.export;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Function;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.markup.SummaryMarkup;

/**
 * A timeline as an iCalendar file (RFC 5545) through biweekly. Each dated milestone is one event at its
 * precision: all-day events covering the whole day, month or year the date names, timed events for dates
 * with a time of day (read as UTC). Undated milestones and dates before the common era are left out,
 * because calendars cannot show them.
 */
public final class ICalendarExport {

    private ICalendarExport() {
    }

    /**
     * @param permalink the absolute URL of a milestone's page
     * @param host the site's host name, which makes event UIDs unique across sites
     */
    public static String write(Timeline timeline, Function<Milestone, String> permalink, String host) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Newsroom timelines//" + timeline.slug() + "//EN");
        calendar.setName(timeline.title());
        if (timeline.description() != null) {
            calendar.setDescription(timeline.description());
        }
        for (Milestone milestone : timeline.milestones()) {
            HistoricalDate date = milestone.date();
            if (date == null || date.year() < 1) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid(timeline.slug() + "." + milestone.slug() + "@" + host);
            event.setSummary(milestone.headline());
            event.setDescription(description(milestone));
            event.setUrl(permalink.apply(milestone));
            event.addCategories(milestone.kind().slug());
            event.setStatus(switch (milestone.status()) {
                case OCCURRED -> Status.confirmed();
                case PLANNED, EXPECTED -> Status.tentative();
                case CANCELLED -> Status.cancelled();
            });
            if (!milestone.places().isEmpty()) {
                event.setLocation(milestone.places().get(0).name());
            }
            if (date.precision() == Precision.MINUTE && !date.isRange()) {
                Date start = Date.from(LocalDateTime.of(date.startDay(), date.time()).toInstant(ZoneOffset.UTC));
                event.setDateStart(start, true);
            } else {
                event.setDateStart(allDay(date.startDay()), false);
                event.setDateEnd(allDay(date.endDayExclusive()), false);
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** biweekly writes a date without time in the JVM's zone, so the day starts there. */
    private static ICalDate allDay(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    private static String description(Milestone milestone) {
        StringBuilder text = new StringBuilder();
        if (milestone.summary() != null) {
            text.append(SummaryMarkup.text(milestone.summary()));
        }
        for (Source source : milestone.sources()) {
            if (source.quote() != null) {
                text.append(text.isEmpty() ? "" : "\n\n").append('“').append(source.quote()).append('”');
            }
            if (source.title() != null || source.url() != null) {
                text.append("\n— ").append(source.title() == null ? source.url() : source.title());
            }
        }
        return text.toString();
    }
}
