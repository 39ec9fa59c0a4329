package news.timeline.importer.read;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.text.Slugs;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;

/**
 * Maps TimelineJS slides, read from JSON or CSV alike, to the core timeline and the extras beside it.
 * A slide that cannot be mapped is a problem naming its location and field; the others are mapped.
 */
final class TimelineJsMapper {

    private final String file;
    private final List<ReadProblem> problems;

    TimelineJsMapper(String file, List<ReadProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    TimelineJsDocument map(Slide title, List<Slide> events, List<Slide> eras, String scale) {
        String name = null;
        String description = null;
        MutableExtras titleExtras = null;
        if (title != null) {
            name = Article.blankToNull(Prose.lineOfHtml(title.headline()));
            description = Article.blankToNull(Prose.ofHtmlFragment(title.text()));
            // The core timeline has no picture or dates of its own: the title slide's stay in its extras.
            Map<String, String> other = new LinkedHashMap<>(title.other());
            keepMedia(title, other);
            keepDate(title.start(), other);
            keepDate(title.end(), other);
            titleExtras = extras(title, headlineHtml(title.headline(), name), other);
        }
        if (name == null) {
            name = TextArticleReader.withoutExtension(file);
            problems.add(ReadProblem.warning(file, title == null ? null : title.location(), "headline",
                    "the timeline has no title slide headline: named after the file, '" + name + "'"));
        }

        List<Milestone> milestones = new ArrayList<>();
        Map<String, SlideExtras> milestoneExtras = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        int index = 0;
        for (Slide event : events) {
            index++;
            try {
                Mapped mapped = milestone(event, index, slugs);
                milestones.add(mapped.milestone());
                slugs.add(mapped.milestone().slug());
                SlideExtras extras = mapped.extras().frozen();
                if (!extras.isEmpty()) {
                    milestoneExtras.put(mapped.milestone().slug(), extras);
                }
            } catch (Slide.Invalid e) {
                problems.add(ReadProblem.error(file, event.location(), e.field, e.getMessage()));
            } catch (IllegalArgumentException e) {
                // The core's own checks, should a slide pass ours and fail theirs.
                problems.add(ReadProblem.error(file, event.location(), null, e.getMessage()));
            }
        }

        List<EraAndExtras> mappedEras = new ArrayList<>();
        for (Slide era : eras) {
            try {
                mappedEras.add(era(era, mappedEras.size() + 1));
            } catch (Slide.Invalid e) {
                problems.add(ReadProblem.error(file, era.location(), e.field, e.getMessage()));
            }
        }
        // Timeline sorts eras by span with a stable sort; sorting here first keeps extras aligned with it.
        mappedEras.sort(Comparator.comparing(pair -> pair.era().span()));

        Timeline timeline = new Timeline(slug(name), name, description,
                mappedEras.stream().map(EraAndExtras::era).toList(), milestones);
        return new TimelineJsDocument(file, timeline, titleExtras == null ? emptyExtras() : titleExtras.frozen(),
                milestoneExtras, mappedEras.stream().map(pair -> pair.extras().frozen()).toList(), scale);
    }

    private String slug(String title) {
        for (String candidate : List.of(title, TextArticleReader.withoutExtension(file))) {
            try {
                return Slugs.of(candidate);
            } catch (IllegalArgumentException noLatinLetters) {
                // try the next candidate
            }
        }
        return "timeline";
    }

    // ------------------------------------------------------------------------------------------ events

    private record Mapped(Milestone milestone, MutableExtras extras) {
    }

    private Mapped milestone(Slide slide, int index, Set<String> taken) throws Slide.Invalid {
        if (slide.start().isEmpty()) {
            throw new Slide.Invalid(slide.start().year().name(), "the event has no start date");
        }
        HistoricalDate start = date(slide.start());
        Map<String, String> other = new LinkedHashMap<>(slide.other());
        HistoricalDate date = withEnd(slide, start, other);

        String raw = slide.headline();
        String headline = Prose.lineOfHtml(raw);
        String summary = Article.blankToNull(Prose.ofHtmlFragment(slide.text()));
        if (headline.isEmpty()) {
            String caption = Prose.lineOfHtml(slide.media().caption());
            String stand = summary != null ? firstParagraph(summary) : caption;
            if (stand.isEmpty()) {
                throw new Slide.Invalid(headlineField(slide), "the event has no headline, and no text or media "
                        + "caption to name it after");
            }
            headline = shorten(stand);
            warn(slide, headlineField(slide), "the event has no headline: named after the start of its "
                    + (summary != null ? "text" : "media caption") + ", '" + headline + "'");
        } else if (headline.length() > Milestone.MAX_HEADLINE) {
            int length = headline.length();
            headline = shorten(headline);
            warn(slide, headlineField(slide), "the headline is " + length + " characters long, more than the "
                    + Milestone.MAX_HEADLINE + " a timeline shows: shortened, the full headline is kept with the "
                    + "slide's extras");
        }

        String slug = null;
        String uniqueId = slide.uniqueId();
        if (uniqueId != null && Slugs.isValid(uniqueId) && !taken.contains(uniqueId)) {
            slug = uniqueId;
            uniqueId = null;
        } else {
            slug = uniqueSlug(headline, index, taken);
        }

        List<Media> media = media(slide, other);
        Milestone milestone = Milestone.builder(headline).slug(slug).summary(summary).date(date).media(media).build();
        MutableExtras extras = extras(slide, headlineHtml(raw, headline), other);
        extras.uniqueId = uniqueId;
        return new Mapped(milestone, extras);
    }

    private HistoricalDate withEnd(Slide slide, HistoricalDate start, Map<String, String> other) {
        if (slide.end().isEmpty()) {
            return start;
        }
        try {
            HistoricalDate end = date(slide.end());
            if (end.equals(start)) {
                return start;
            }
            return start.to(end);
        } catch (Slide.Invalid e) {
            keepEnd(slide, other);
            warn(slide, e.field, e.getMessage() + ": imported without its end date, which is kept with the "
                    + "slide's extras");
        } catch (InvalidDateException e) {
            keepEnd(slide, other);
            warn(slide, slide.end().year().name(), "the end date does not follow the start (" + e.reason()
                    + "): imported without it, the end date is kept with the slide's extras");
        }
        return start;
    }

    private static void keepEnd(Slide slide, Map<String, String> other) {
        keepDate(slide.end(), other);
    }

    private static void keepDate(Slide.DateFields date, Map<String, String> other) {
        for (Slide.Field field : List.of(date.year(), date.month(), date.day(), date.hour(), date.minute(),
                date.second(), date.millisecond())) {
            putIfPresent(other, field.name(), field.value());
        }
    }

    private static void keepMedia(Slide slide, Map<String, String> other) {
        putIfPresent(other, slide.fieldName("media.url"), slide.media().url());
        putIfPresent(other, slide.fieldName("media.credit"), slide.media().credit());
        putIfPresent(other, slide.fieldName("media.caption"), slide.media().caption());
    }

    private List<Media> media(Slide slide, Map<String, String> other) {
        Slide.Media given = slide.media();
        if (given.url() == null) {
            keepMedia(slide, other);
            return List.of();
        }
        String credit = Prose.lineOfHtml(given.credit());
        String caption = Prose.lineOfHtml(given.caption());
        if (!credit.equals(strip(given.credit()))) {
            putIfPresent(other, slide.fieldName("media.credit"), given.credit());
        }
        if (!caption.equals(strip(given.caption()))) {
            putIfPresent(other, slide.fieldName("media.caption"), given.caption());
        }
        try {
            return List.of(new Media(given.url(), credit, caption));
        } catch (IllegalArgumentException e) {
            // TimelineJS also takes embed codes and relative paths, which a core Media cannot hold.
            keepMedia(slide, other);
            warn(slide, slide.fieldName("media.url"), "the media is not an http:// or https:// address: kept with the slide's extras, "
                    + "not as milestone media");
            return List.of();
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String uniqueSlug(String headline, int index, Set<String> taken) {
        String base;
        try {
            base = Slugs.of(headline);
        } catch (IllegalArgumentException noLatinLetters) {
            base = "event-" + index;
        }
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > Slugs.MAX_LENGTH
                    ? base.substring(0, Slugs.MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : base;
            slug = stem + suffix;
        }
        return slug;
    }

    // -------------------------------------------------------------------------------------------- eras

    private record EraAndExtras(Era era, MutableExtras extras) {
    }

    private EraAndExtras era(Slide slide, int index) throws Slide.Invalid {
        if (slide.start().isEmpty()) {
            throw new Slide.Invalid(slide.start().year().name(), "the era has no start date");
        }
        if (slide.end().isEmpty()) {
            throw new Slide.Invalid(slide.end().year().name(), "the era has no end date");
        }
        HistoricalDate start = date(slide.start());
        HistoricalDate end = date(slide.end());
        HistoricalDate span;
        try {
            span = end.equals(start) ? start : start.to(end);
        } catch (InvalidDateException e) {
            throw new Slide.Invalid(slide.end().year().name(), "the era ends before it starts (" + e.reason() + ")");
        }
        String raw = slide.headline();
        String name = Prose.lineOfHtml(raw);
        if (name.isEmpty()) {
            name = "Era " + index;
            warn(slide, headlineField(slide), "the era has no headline: named '" + name + "'");
        }
        Map<String, String> other = new LinkedHashMap<>(slide.other());
        keepMedia(slide, other);
        return new EraAndExtras(new Era(name, span), extras(slide, headlineHtml(raw, name), other));
    }

    // ------------------------------------------------------------------------------------------- dates

    /**
     * The date at the precision the fields give: a year alone is a year, with a month a month, with a day
     * a day, with an hour a minute. TimelineJS numbers years as the core does (no year 0, -44 is 44 BCE).
     */
    static HistoricalDate date(Slide.DateFields fields) throws Slide.Invalid {
        Integer year = number(fields.year(), -HistoricalDate.MAX_YEAR, HistoricalDate.MAX_YEAR, "a year",
                " (cosmological timelines cannot be imported)");
        if (year == null) {
            throw new Slide.Invalid(fields.year().name(), "a date needs a year");
        }
        if (year == 0) {
            throw new Slide.Invalid(fields.year().name(), "there is no year 0: 1 BCE is followed by 1 CE");
        }
        Integer month = number(fields.month(), 1, 12, "a month", "");
        Integer day = number(fields.day(), 1, 31, "a day", "");
        Integer hour = number(fields.hour(), 0, 23, "an hour", "");
        Integer minute = number(fields.minute(), 0, 59, "a minute", "");
        Integer second = number(fields.second(), 0, 59, "a second", "");
        if (day != null && month == null) {
            throw new Slide.Invalid(fields.month().name(), "a day is given without a month");
        }
        if (hour != null && day == null) {
            throw new Slide.Invalid(fields.day().name(), "a time is given without a day");
        }
        if (hour == null && (minute != null || second != null)) {
            throw new Slide.Invalid(fields.hour().name(), "minutes are given without an hour");
        }
        try {
            if (hour != null) {
                LocalTime time = LocalTime.of(hour, minute == null ? 0 : minute, second == null ? 0 : second);
                return new HistoricalDate(Precision.MINUTE, year, month, day, time, false, null);
            }
            if (day != null) {
                return HistoricalDate.ofDay(year, month, day);
            }
            return month != null ? HistoricalDate.ofMonth(year, month) : HistoricalDate.ofYear(year);
        } catch (InvalidDateException e) {
            throw new Slide.Invalid(fields.day().name(), "the date does not exist: " + e.reason());
        }
    }

    private static Integer number(Slide.Field field, int min, int max, String what, String note)
            throws Slide.Invalid {
        if (field.value() == null) {
            return null;
        }
        String digits = field.value().replace("\u2212", "-");
        // Spreadsheets export whole numbers as "2021.0".
        if (digits.matches("-?\\d+\\.0+")) {
            digits = digits.substring(0, digits.indexOf('.'));
        }
        if (!digits.matches("-?\\d{1,12}")) {
            throw new Slide.Invalid(field.name(), "'" + field.value() + "' is not " + what + ": expected a whole "
                    + "number from " + min + " to " + max);
        }
        long value = Long.parseLong(digits);
        if (value < min || value > max) {
            throw new Slide.Invalid(field.name(), "'" + field.value() + "' is not " + what + ": expected "
                    + min + " to " + max + note);
        }
        return (int) value;
    }

    // ------------------------------------------------------------------------------------------ extras

    /** Extras while they are assembled; frozen into a {@link SlideExtras} at the end. */
    private static final class MutableExtras {
        String headlineHtml;
        String textHtml;
        String displayDate;
        String group;
        String background;
        String mediaThumbnail;
        String type;
        String uniqueId;
        final Map<String, String> other = new LinkedHashMap<>();

        Map<String, String> other() {
            return other;
        }

        SlideExtras frozen() {
            return new SlideExtras(headlineHtml, textHtml, displayDate, group, background, mediaThumbnail, type,
                    uniqueId, other);
        }
    }

    private static MutableExtras extras(Slide slide, String headlineHtml, Map<String, String> other) {
        MutableExtras extras = new MutableExtras();
        extras.headlineHtml = headlineHtml;
        extras.textHtml = Article.blankToNull(slide.text());
        extras.displayDate = slide.displayDate();
        extras.group = slide.group();
        extras.background = slide.background();
        extras.mediaThumbnail = slide.media().thumbnail();
        extras.type = slide.type();
        extras.uniqueId = slide.uniqueId();
        other.forEach((key, value) -> putIfPresent(extras.other, key, value));
        return extras;
    }

    private static SlideExtras emptyExtras() {
        return new MutableExtras().frozen();
    }

    private static String headlineHtml(String raw, String plain) {
        return raw == null || raw.strip().equals(plain) ? null : raw;
    }

    private static String headlineField(Slide slide) {
        return slide.fieldName("text.headline");
    }

    private static String firstParagraph(String prose) {
        int end = prose.indexOf(Prose.PARAGRAPH_BREAK);
        return end < 0 ? prose : prose.substring(0, end);
    }

    /** {@code text} cut at a word boundary to fit a headline, with an ellipsis when cut. */
    static String shorten(String text) {
        if (text.length() <= Milestone.MAX_HEADLINE) {
            return text;
        }
        int limit = Milestone.MAX_HEADLINE - 1;
        int space = text.lastIndexOf(' ', limit);
        String cut = space > limit / 2 ? text.substring(0, space) : text.substring(0, limit);
        return cut.strip() + "…";
    }

    private void warn(Slide slide, String field, String message) {
        problems.add(ReadProblem.warning(file, slide.location(), field, message));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
