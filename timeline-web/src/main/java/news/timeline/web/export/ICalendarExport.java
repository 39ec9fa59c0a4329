package news.timeline.web.export;

import biweekly.Biweekly;
import biweekly.ICalDataType;
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
import news.timeline.importer.read.ICalendarReader;
import news.timeline.importer.read.MilestoneParts;

/**
 * A timeline as an iCalendar file (RFC 5545) through biweekly. Each dated milestone is one event at its
 * precision: all-day events covering the whole day, month or year the date names, timed events for dates
 * with a time of day (read as UTC). Undated milestones and dates before the common era are left out,
 * because calendars cannot show them.
 *
 * <p>Beside the standard properties calendar programs show, each event carries every field of its
 * milestone in {@code X-TIMELINE-…} properties ({@link ICalendarReader} names them), which RFC 5545 lets
 * programs ignore and which our importer reads back exactly: the date at its precision, approximate or a
 * range; status, kind, importance, summary, tags; actors, places, sources and media as JSON.
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
        calendar.setProductId(ICalendarReader.PRODUCT_PREFIX + timeline.slug() + "//EN");
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
            fields(event, milestone);
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static void fields(VEvent event, Milestone milestone) {
        text(event, ICalendarReader.DATE, milestone.date().toString());
        text(event, ICalendarReader.STATUS, milestone.status().slug());
        text(event, ICalendarReader.KIND, milestone.kind().slug());
        text(event, ICalendarReader.IMPORTANCE, Integer.toString(milestone.importance()));
        if (!milestone.summary().isEmpty()) {
            text(event, ICalendarReader.SUMMARY, milestone.summary().html());
        }
        milestone.tags().forEach(tag -> text(event, ICalendarReader.TAG, tag));
        milestone.actors().forEach(actor -> text(event, ICalendarReader.ACTOR, MilestoneParts.json(actor)));
        milestone.places().forEach(place -> text(event, ICalendarReader.PLACE, MilestoneParts.json(place)));
        milestone.sources().forEach(source -> text(event, ICalendarReader.SOURCE, MilestoneParts.json(source)));
        milestone.media().forEach(media -> text(event, ICalendarReader.MEDIA, MilestoneParts.json(media)));
    }

    /** biweekly writes experimental properties as given, so the value is escaped here. */
    private static void text(VEvent event, String name, String value) {
        event.addExperimentalProperty(name, ICalDataType.TEXT, ICalendarReader.escape(value));
    }

    /** biweekly writes a date without time in the JVM's zone, so the day starts there. */
    private static ICalDate allDay(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    private static String description(Milestone milestone) {
        StringBuilder text = new StringBuilder(milestone.summary().text());
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
