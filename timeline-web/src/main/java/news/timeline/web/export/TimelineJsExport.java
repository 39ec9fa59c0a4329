package news.timeline.web.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.text.Html;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.SpreadsheetCells;

/**
 * A timeline in Knight Lab TimelineJS's two formats: its JSON, which TimelineJS opens as is, and its
 * Google Sheets template as CSV. Dates keep their precision (a year is only a year); a date that is not a
 * year, month, day or time (a decade, a season) becomes the span it covers with the reader's wording as
 * the display date. TimelineJS cannot place undated milestones, so they are left out.
 *
 * <p>TimelineJS shows headlines, texts, captions, credits and era names as HTML, so every one of them is
 * escaped here, quotes too, as a link's address in a slide's text must be; only http and https addresses become media or links; and the spreadsheet's cells are
 * guarded against running as formulas (SpreadsheetCells).
 */
public final class TimelineJsExport {

    /** The columns of TimelineJS's spreadsheet template, in its order. */
    public static final List<String> CSV_COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJsExport() {
    }

    public static String json(Timeline timeline, HistoricalDateFormat dates) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", Map.of("text", text(timeline.title(), timeline.description() == null ? "" : Html.escapeAttribute(timeline.description()))));
        List<Object> events = new ArrayList<>();
        for (Milestone milestone : timeline.milestones()) {
            if (milestone.date() == null) {
                continue;
            }
            Map<String, Object> event = new LinkedHashMap<>();
            HistoricalDate date = milestone.date();
            event.put("start_date", dateParts(start(date)));
            HistoricalDate end = end(date);
            if (end != null) {
                event.put("end_date", dateParts(end));
            }
            String display = display(date, dates);
            if (display != null) {
                event.put("display_date", display);
            }
            event.put("text", text(milestone.headline(), body(milestone)));
            Media media = media(milestone);
            if (media != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("url", media.url());
                if (media.caption() != null) {
                    m.put("caption", Html.escapeAttribute(media.caption()));
                }
                if (media.credit() != null) {
                    m.put("credit", Html.escapeAttribute(media.credit()));
                }
                event.put("media", m);
            }
            event.put("group", milestone.kind().slug());
            event.put("unique_id", milestone.slug());
            events.add(event);
        }
        root.put("events", events);
        List<Object> eras = new ArrayList<>();
        for (Era era : timeline.eras()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("start_date", dateParts(start(era.span())));
            e.put("end_date", dateParts(last(era)));
            e.put("text", Map.of("headline", Html.escapeAttribute(era.name())));
            eras.add(e);
        }
        if (!eras.isEmpty()) {
            root.put("eras", eras);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write TimelineJS JSON", e);
        }
    }

    public static String csv(Timeline timeline, HistoricalDateFormat dates) {
        Stream<List<String>> title = Stream.of(row(null, null, null, timeline.title(),
                timeline.description() == null ? "" : Html.escapeAttribute(timeline.description()), null, "title", null));
        Stream<List<String>> eras = timeline.eras().stream()
                .map(era -> row(start(era.span()), last(era), null, era.name(), "", null, "era", null));
        Stream<List<String>> milestones = timeline.milestones().stream().filter(m -> m.date() != null)
                .map(m -> row(start(m.date()), end(m.date()), display(m.date(), dates), m.headline(), body(m), media(m), null,
                        m.kind().slug()));
        return CsvExport.csv(CSV_COLUMNS, Stream.of(title, eras, milestones).flatMap(rows -> rows));
    }

    private static List<String> row(HistoricalDate start, HistoricalDate end, String display, String headline,
                                    String text, Media media, String type, String group) {
        List<String> cells = new ArrayList<>(CSV_COLUMNS.size());
        cells.addAll(cells(start));
        cells.addAll(cells(end));
        cells.add(display == null ? "" : display);
        cells.add(Html.escapeAttribute(headline));
        cells.add(text);
        cells.add(media == null ? "" : media.url());
        cells.add(media == null || media.credit() == null ? "" : Html.escapeAttribute(media.credit()));
        cells.add(media == null || media.caption() == null ? "" : Html.escapeAttribute(media.caption()));
        cells.add("");
        cells.add(type == null ? "" : type);
        cells.add(group == null ? "" : group);
        cells.add("");
        return cells.stream().map(SpreadsheetCells::guard).toList();
    }

    /** The milestone's first picture, if its address is one TimelineJS may load: http or https. */
    private static Media media(Milestone milestone) {
        return milestone.media().isEmpty() || !isWeb(milestone.media().get(0).url()) ? null : milestone.media().get(0);
    }

    private static boolean isWeb(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Year, Month, Day, Time cells at the date's precision. */
    private static List<String> cells(HistoricalDate date) {
        if (date == null) {
            return List.of("", "", "", "");
        }
        String year = Integer.toString(date.year());
        String month = date.precision().isAtLeast(Precision.MONTH) ? Integer.toString(date.month()) : "";
        String day = date.precision().isAtLeast(Precision.DAY) ? Integer.toString(date.day()) : "";
        String time = date.precision() == Precision.MINUTE ? "%02d:%02d".formatted(date.time().getHour(), date.time().getMinute()) : "";
        return List.of(year, month, day, time);
    }

    private static Map<String, Object> dateParts(HistoricalDate date) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("year", date.year());
        if (date.precision().isAtLeast(Precision.MONTH)) {
            parts.put("month", date.month());
        }
        if (date.precision().isAtLeast(Precision.DAY)) {
            parts.put("day", date.day());
        }
        if (date.precision() == Precision.MINUTE) {
            parts.put("hour", date.time().getHour());
            parts.put("minute", date.time().getMinute());
        }
        return parts;
    }

    /** The start as TimelineJS can hold it: year, month, day or minute. */
    private static HistoricalDate start(HistoricalDate date) {
        HistoricalDate start = date.start();
        return fits(start) ? start : HistoricalDate.of(start.startDay());
    }

    /** The end of a range, or of a period TimelineJS has no precision for (a decade ends on its last day). */
    private static HistoricalDate end(HistoricalDate date) {
        if (date.isRange()) {
            return fits(date.end()) ? date.end() : HistoricalDate.of(date.end().lastDay());
        }
        return fits(date.start()) ? null : HistoricalDate.of(date.lastDay());
    }

    /** Where an era ends for TimelineJS: the end of its range or period, else its start. */
    private static HistoricalDate last(Era era) {
        HistoricalDate end = end(era.span());
        return end == null ? start(era.span()) : end;
    }

    /** The reader's wording where TimelineJS would otherwise show something more precise than we know. */
    private static String display(HistoricalDate date, HistoricalDateFormat dates) {
        return date.approximate() || !fits(date.start()) ? dates.format(date) : null;
    }

    private static boolean fits(HistoricalDate date) {
        return switch (date.precision()) {
            case YEAR, MONTH, DAY, MINUTE -> true;
            default -> false;
        };
    }

    private static Map<String, Object> text(String headline, String body) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("headline", Html.escapeAttribute(headline));
        text.put("text", body);
        return text;
    }

    /** The summary and each source's quote, as the small HTML TimelineJS shows in a slide. */
    private static String body(Milestone milestone) {
        StringBuilder html = new StringBuilder();
        if (!milestone.summary().isEmpty()) {
            html.append("<p>").append(Html.escapeAttribute(milestone.summary().text())).append("</p>");
        }
        for (Source source : milestone.sources()) {
            if (source.quote() != null) {
                html.append("<blockquote>").append(Html.escapeAttribute(source.quote())).append("</blockquote>");
            }
            if (isWeb(source.url())) {
                html.append("<p><a href=\"").append(Html.escapeAttribute(source.url())).append("\">")
                        .append(Html.escapeAttribute(source.title() == null ? source.url() : source.title())).append("</a></p>");
            } else if (source.title() != null) {
                html.append("<p>").append(Html.escapeAttribute(source.title())).append("</p>");
            }
        }
        return html.toString();
    }
}
