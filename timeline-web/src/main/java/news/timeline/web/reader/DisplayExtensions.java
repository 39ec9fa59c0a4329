package news.timeline.web.reader;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.web.persistence.TimelineSummary;

/**
 * Display values computed for templates, so templates hold no logic. Methods that take the
 * {@code locale} template attribute speak the page's language.
 */
@TemplateExtension
public final class DisplayExtensions {

    private static final Map<Locale, HistoricalDateFormat> FORMATS = new ConcurrentHashMap<>();
    /** Looked up once per language: labels are asked for several times per milestone on every page. */
    private static final Map<Locale, Messages> MESSAGES = new ConcurrentHashMap<>();

    private DisplayExtensions() {
    }

    /** The milestone's date as readers see it: "12 February 2025", "c. 2025", or "Planned" when undated. */
    static String displayDate(Milestone milestone, @TemplateAttribute("locale") Object locale) {
        if (milestone.date() == null) {
            Messages words = messages(locale);
            return switch (milestone.status()) {
                case PLANNED -> words.plannedUndated();
                case EXPECTED -> words.expectedUndated();
                case CANCELLED -> words.cancelledUndated();
                case OCCURRED -> words.undated();
            };
        }
        return format(locale).format(milestone.date());
    }

    static String display(HistoricalDate date, @TemplateAttribute("locale") Object locale) {
        return format(locale).format(date);
    }

    /** A publication day: "12 February 2025". */
    static String display(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return format(locale).format(HistoricalDate.of(day));
    }

    /**
     * A value for HTML's {@code <time datetime>}, which takes a year, month, week, day or day with time but
     * no decades, seasons or years before the common era; null where none fits.
     */
    static String htmlDatetime(HistoricalDate date) {
        if (date == null || date.year() < 1) {
            return null;
        }
        return switch (date.precision()) {
            case YEAR, MONTH, DAY, MINUTE, WEEK -> date.value();
            default -> null;
        };
    }

    static String label(MilestoneKind kind, @TemplateAttribute("locale") Object locale) {
        return messages(locale).kindLabel(kind);
    }

    static String label(MilestoneKind.Beat beat, @TemplateAttribute("locale") Object locale) {
        return messages(locale).beatLabel(beat);
    }

    static String label(MilestoneStatus status, @TemplateAttribute("locale") Object locale) {
        return messages(locale).statusLabel(status);
    }

    /** The label of a kind facet, whose value is the kind's name. */
    static String kindLabel(String kindName, @TemplateAttribute("locale") Object locale) {
        return label(MilestoneKind.valueOf(kindName), locale);
    }

    static String kindSlug(String kindName) {
        return MilestoneKind.valueOf(kindName).slug();
    }

    /** First day covered, as days since 1970-01-01, for the script that draws the axis. */
    static Long startEpochDay(Milestone milestone) {
        return milestone.date() == null ? null : milestone.date().startDay().toEpochDay();
    }

    /** The day after the last day covered, as days since 1970-01-01. */
    static Long endEpochDay(Milestone milestone) {
        return milestone.date() == null ? null : milestone.date().endDayExclusive().toEpochDay();
    }

    static long startEpochDay(HistoricalDate date) {
        return date.startDay().toEpochDay();
    }

    static long endEpochDay(HistoricalDate date) {
        return date.endDayExclusive().toEpochDay();
    }

    /** Actor slugs separated by spaces, for a data attribute. */
    static String actorSlugs(Milestone milestone) {
        return milestone.actors().stream().map(Actor::slug).collect(Collectors.joining(" "));
    }

    static String path(Milestone milestone, String timelineSlug) {
        return Paths.milestone(timelineSlug, milestone.slug());
    }

    static String actorPath(Actor actor) {
        return Paths.actor(actor.slug());
    }

    static String placePath(news.timeline.core.actor.Place place) {
        return Paths.place(place.slug());
    }

    static String tagPath(String tag) {
        return Paths.tag(tag);
    }

    /** A correction's change in the page's language: "Date: “2021” is now “2021-06-16”". */
    static String describe(news.timeline.web.persistence.MilestoneHistory.Change change,
                           @TemplateAttribute("locale") Object locale) {
        Messages words = messages(locale);
        String field = switch (change.field()) {
            case "Date" -> words.field_Date();
            case "Headline" -> words.field_Headline();
            case "Summary" -> words.field_Summary();
            case "Status" -> words.field_Status();
            case "Who" -> words.field_Who();
            case "Where" -> words.field_Where();
            default -> change.field();
        };
        return words.correction(field, change.before(), change.after());
    }

    /** The day a correction was made, in the page's language. */
    static String display(java.time.Instant at, @TemplateAttribute("locale") Object locale) {
        return format(locale).format(HistoricalDate.of(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
    }

    /** A year as a filter value: "2021", "-0044". */
    static String yearValue(Integer year) {
        return HistoricalDate.ofYear(year).value();
    }

    /** A year for readers: "2021", "44 BCE". */
    static String yearLabel(Integer year, @TemplateAttribute("locale") Object locale) {
        return format(locale).format(HistoricalDate.ofYear(year));
    }

    /** "2014–2025", "2025", or an empty string for a timeline without dated milestones. */
    static String span(TimelineSummary summary, @TemplateAttribute("locale") Object locale) {
        if (summary.firstDay() == null) {
            return "";
        }
        String first = yearLabel(HistoricalDate.of(summary.firstDay()).year(), locale);
        String last = yearLabel(HistoricalDate.of(summary.lastDay()).year(), locale);
        return first.equals(last) ? first : first + "–" + last;
    }

    private static HistoricalDateFormat format(Object locale) {
        return FORMATS.computeIfAbsent(locale(locale), HistoricalDateFormat::of);
    }

    static Messages messages(Object locale) {
        return MESSAGES.computeIfAbsent(locale(locale),
                l -> MessageBundles.get(Messages.class, Localized.Literal.of(l.toLanguageTag())));
    }

    private static Locale locale(Object attribute) {
        return attribute instanceof Locale locale ? locale : ReaderLocales.SUPPORTED.get(0);
    }
}
