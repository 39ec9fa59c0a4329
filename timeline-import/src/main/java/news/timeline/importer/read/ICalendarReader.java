package news.timeline.importer.read;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.Timeline;

/**
 * Reads iCalendar files (RFC 5545) through biweekly: each VEVENT becomes a milestone. Our own export
 * ({@code /timelines/{slug}/calendar.ics}) carries every field in {@code X-TIMELINE-…} properties, which
 * calendar programs ignore and which come back exactly; any other calendar's events are read from
 * their standard properties: the summary is the headline, an all-day event its day or days, a timed one
 * its minute in UTC, {@code TENTATIVE} a plan and {@code CANCELLED} a cancellation.
 */
public final class ICalendarReader {

    /** The milestone's date as {@code HistoricalDate} writes it: its precision, approximation and range. */
    public static final String DATE = "X-TIMELINE-DATE";
    public static final String STATUS = "X-TIMELINE-STATUS";
    public static final String KIND = "X-TIMELINE-KIND";
    public static final String IMPORTANCE = "X-TIMELINE-IMPORTANCE";
    public static final String SUMMARY = "X-TIMELINE-SUMMARY";
    /** One property per item, in order; actors, places, sources and media as {@link MilestoneParts} JSON. */
    public static final String TAG = "X-TIMELINE-TAG";
    public static final String ACTOR = "X-TIMELINE-ACTOR";
    public static final String PLACE = "X-TIMELINE-PLACE";
    public static final String SOURCE = "X-TIMELINE-SOURCE";
    public static final String MEDIA = "X-TIMELINE-MEDIA";
    /** Our export's product id: {@code -//Newsroom timelines//{timeline slug}//EN}. */
    public static final String PRODUCT_PREFIX = "-//Newsroom timelines//";

    public ReadResult<TimelineDocument> read(String file, String content) throws UnreadableFileException {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(content).warnings(warnings).all();
        } catch (RuntimeException e) {
            throw new UnreadableFileException(file, "not a readable iCalendar file (" + e.getMessage() + ")", e);
        }
        if (calendars.isEmpty()) {
            throw new UnreadableFileException(file, "not an iCalendar file: no BEGIN:VCALENDAR");
        }
        List<ReadProblem> problems = new ArrayList<>();
        for (List<ParseWarning> list : warnings) {
            for (ParseWarning warning : list) {
                problems.add(ReadProblem.warning(file, warning.getLineNumber() == null ? null : "line " + warning.getLineNumber(),
                        warning.getPropertyName(), warning.getMessage()));
            }
        }
        ICalendar calendar = calendars.get(0);
        List<Milestone> milestones = new ArrayList<>();
        int number = 0;
        for (VEvent event : calendar.getEvents()) {
            number++;
            BadField.collect(milestones, () -> milestone(event), file, "event " + number, "UID", problems);
        }
        String title = calendar.getNames().isEmpty() ? file.replaceFirst("\\.[^.]*$", "") : calendar.getNames().get(0).getValue();
        String description = calendar.getDescriptions().isEmpty() ? null : calendar.getDescriptions().get(0).getValue();
        Timeline timeline = new Timeline(slug(calendar), title, description, List.of(), milestones);
        return new ReadResult<>(List.of(new TimelineDocument(file, timeline)), problems);
    }

    private static String slug(ICalendar calendar) {
        String product = calendar.getProductId() == null ? null : calendar.getProductId().getValue();
        if (product != null && product.startsWith(PRODUCT_PREFIX)) {
            String rest = product.substring(PRODUCT_PREFIX.length());
            int end = rest.indexOf("//");
            return end > 0 ? rest.substring(0, end) : null;
        }
        return null;
    }

    private static Milestone milestone(VEvent event) throws BadField {
        String headline = event.getSummary() == null ? null : event.getSummary().getValue();
        if (headline == null || headline.isBlank()) {
            throw new BadField("SUMMARY", "the event has no summary to be the milestone's headline");
        }
        Milestone.Builder builder = Milestone.builder(headline);
        builder.slug(slug(event));
        builder.date(date(event));
        String ours = text(event, SUMMARY);
        if (ours != null) {
            builder.summary(ours);
        } else if (event.getDescription() != null) {
            builder.summary(event.getDescription().getValue());
        }
        builder.status(status(event));
        String kind = text(event, KIND);
        if (kind == null && !event.getCategories().isEmpty() && !event.getCategories().get(0).getValues().isEmpty()) {
            kind = event.getCategories().get(0).getValues().get(0);
            kind = isKind(kind) ? kind : null;
        }
        if (kind != null) {
            String value = kind;
            builder.kind(BadField.guard(KIND, () -> MilestoneKind.fromSlug(value)));
        }
        String importance = text(event, IMPORTANCE);
        if (importance != null) {
            builder.importance(BadField.importance(IMPORTANCE, importance));
        }
        builder.tags(all(event, TAG, Function.identity()));
        builder.actors(all(event, ACTOR, MilestoneParts::actor));
        builder.places(all(event, PLACE, MilestoneParts::place));
        builder.sources(all(event, SOURCE, MilestoneParts::source));
        builder.media(all(event, MEDIA, MilestoneParts::media));
        return BadField.guard("SUMMARY", builder::build);
    }

    /** Our UIDs are {@code timeline.milestone@host}; other calendars' UIDs make no slug. */
    private static String slug(VEvent event) {
        String uid = event.getUid() == null ? "" : event.getUid().getValue();
        int at = uid.lastIndexOf('@');
        int dot = uid.indexOf('.');
        if (text(event, DATE) != null && at > dot && dot > 0) {
            return uid.substring(dot + 1, at);
        }
        return null;
    }

    private static HistoricalDate date(VEvent event) throws BadField {
        String ours = text(event, DATE);
        if (ours != null) {
            return BadField.guard(DATE, () -> HistoricalDate.parse(ours));
        }
        ICalDate start = event.getDateStart() == null ? null : event.getDateStart().getValue();
        if (start == null) {
            return null;
        }
        if (start.hasTime()) {
            return HistoricalDate.of(LocalDateTime.ofInstant(start.toInstant(), ZoneOffset.UTC));
        }
        LocalDate first = day(start.getRawComponents());
        ICalDate end = event.getDateEnd() == null ? null : event.getDateEnd().getValue();
        if (end == null || end.hasTime()) {
            return HistoricalDate.of(first);
        }
        LocalDate last = day(end.getRawComponents()).minusDays(1);
        return last.isAfter(first) ? HistoricalDate.parse(HistoricalDate.of(first) + "/" + HistoricalDate.of(last))
                : HistoricalDate.of(first);
    }

    private static LocalDate day(DateTimeComponents components) {
        return LocalDate.of(components.getYear(), components.getMonth(), components.getDate());
    }

    private static MilestoneStatus status(VEvent event) throws BadField {
        String ours = text(event, STATUS);
        if (ours != null) {
            return BadField.guard(STATUS, () -> MilestoneStatus.fromSlug(ours));
        }
        String status = event.getStatus() == null ? "" : event.getStatus().getValue().toUpperCase(Locale.ROOT);
        return switch (status) {
            case "TENTATIVE" -> MilestoneStatus.PLANNED;
            case "CANCELLED" -> MilestoneStatus.CANCELLED;
            default -> MilestoneStatus.OCCURRED;
        };
    }

    private static boolean isKind(String text) {
        try {
            MilestoneKind.fromSlug(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(VEvent event, String name) {
        RawProperty property = event.getExperimentalProperty(name);
        return property == null ? null : unescape(property.getValue());
    }

    private static <T> List<T> all(VEvent event, String name, Function<String, T> read) throws BadField {
        List<T> values = new ArrayList<>();
        for (RawProperty property : event.getExperimentalProperties(name)) {
            String value = unescape(property.getValue());
            values.add(BadField.guard(name, () -> read.apply(value)));
        }
        return values;
    }



    /**
     * Escapes a TEXT value as RFC 5545 asks (backslash, semicolon, comma, newline). biweekly writes and
     * reads experimental properties as they are, so our export escapes and this reader unescapes.
     */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\n", "\\n");
    }

    static String unescape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
