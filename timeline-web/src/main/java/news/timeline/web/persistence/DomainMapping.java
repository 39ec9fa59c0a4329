package news.timeline.web.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.Rendition;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Cover;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.markup.SummaryMarkup;

/**
 * The one place where entities become core records and back. Core records validate themselves, so a row
 * that breaks a domain rule fails here with the rule's message instead of reaching a page.
 */
public final class DomainMapping {

    private DomainMapping() {
    }

    // ------------------------------------------------------------------------------ entities to domain

    /** The timeline without its milestones, which pages load a window at a time. */
    public static Timeline toTimeline(TimelineEntity entity) {
        return toTimeline(entity, List.of());
    }

    /** The timeline with those of its milestones that {@code keep} accepts. */
    public static Timeline toTimeline(TimelineEntity entity, java.util.function.Predicate<MilestoneEntity> keep) {
        return toTimeline(entity, map(entity.milestones.stream().filter(keep).toList(), DomainMapping::toMilestone));
    }

    private static Timeline toTimeline(TimelineEntity entity, List<Milestone> milestones) {
        return new Timeline(entity.slug, entity.title, entity.description, entity.state, entity.defaultZoom,
                entity.defaultView, cover(entity),
                entity.embedOrigins, map(entity.eras, DomainMapping::toEra), milestones);
    }

    /**
     * The timeline's cover, or null. A row written before covers needed their alt text, or restored from a
     * hand-made archive, may hold a cover core refuses: the page is shown without it rather than not at all.
     */
    static Cover cover(TimelineEntity entity) {
        if (entity.coverUrl == null) {
            return null;
        }
        try {
            return new Cover(entity.coverUrl, entity.coverAlt, entity.coverCredit);
        } catch (IllegalArgumentException e) {
            org.jboss.logging.Logger.getLogger(DomainMapping.class).warnf("Timeline '%s': cover not shown: %s",
                    entity.slug, e.getMessage());
            return null;
        }
    }

    public static Era toEra(EraEntity entity) {
        return new Era(entity.name, HistoricalDate.parse(entity.dateValue));
    }

    public static Milestone toMilestone(MilestoneEntity entity) {
        return new Milestone(entity.slug, entity.headline, SummaryMarkup.stored(entity.summary),
                entity.dateValue == null ? null : HistoricalDate.parse(entity.dateValue),
                entity.status, entity.kind,
                map(entity.actors, DomainMapping::toActor),
                map(entity.places, DomainMapping::toPlace),
                List.copyOf(entity.tags),
                map(entity.sources, DomainMapping::toSource),
                map(entity.media, DomainMapping::toMedia),
                entity.importance);
    }

    public static Actor toActor(ActorEntity entity) {
        return new Actor(entity.slug, entity.name, entity.type, List.copyOf(entity.aliases));
    }

    public static Place toPlace(PlaceEntity entity) {
        return new Place(entity.slug, entity.name, entity.type, entity.countryCode, List.copyOf(entity.aliases));
    }

    public static Source toSource(SourceValue value) {
        return new Source(value.title, value.outlet, value.url, value.publishedOn, value.quote,
                value.quoteStart, value.quoteEnd);
    }

    public static Media toMedia(MediaValue value) {
        return new Media(value.kind, value.url, value.alt, value.caption, value.credit, value.width, value.height,
                Rendition.parse(value.renditions), new MediaCard(value.cardTitle, value.cardProvider, value.cardThumbnail,
                value.cardThumbnailWidth, value.cardThumbnailHeight, value.cardPlayer));
    }

    // ------------------------------------------------------------------------------ domain to entities

    /**
     * Copies everything but the milestones, which the store matches to existing rows by slug. The eras' rows
     * are replaced only when the eras changed, so that their history records changes alone.
     */
    public static void copy(Timeline timeline, TimelineEntity entity) {
        entity.slug = timeline.slug();
        entity.title = timeline.title();
        entity.description = timeline.description();
        entity.state = timeline.state();
        entity.defaultZoom = timeline.defaultZoom();
        entity.defaultView = timeline.defaultView();
        Cover cover = timeline.cover();
        entity.coverUrl = cover == null ? null : cover.url();
        entity.coverAlt = cover == null ? null : cover.alt();
        entity.coverCredit = cover == null ? null : cover.credit();
        entity.embedOrigins = timeline.embedOrigins();
        if (!map(entity.eras, DomainMapping::toEra).equals(timeline.eras())) {
            entity.eras.clear();
            timeline.eras().forEach(era -> entity.eras.add(toEntity(era, entity)));
        }
    }

    private static EraEntity toEntity(Era era, TimelineEntity timeline) {
        EraEntity row = new EraEntity();
        row.timeline = timeline;
        row.name = era.name();
        row.dateValue = era.span().toString();
        row.startDay = era.span().startDay().toEpochDay();
        row.endDay = era.span().endDayExclusive().toEpochDay();
        return row;
    }

    /**
     * The words of a summary stored as cleaned markup ({@code milestone.summary}): what the reader's search
     * reads ({@code summary_text}); null for no summary or no words.
     */
    public static String summaryText(String storedHtml) {
        String text = SummaryMarkup.stored(storedHtml).text();
        return text.isEmpty() ? null : text;
    }

    /** Copies a milestone's own fields, sources and media; actors and places are the store's. */
    public static void copy(Milestone milestone, MilestoneEntity entity) {
        entity.slug = milestone.slug();
        entity.headline = milestone.headline();
        // A summary was made safe to show where it came in (escaped plain text, or markup cleaned once).
        entity.summary = milestone.summary().isEmpty() ? null : milestone.summary().html();
        entity.summaryText = milestone.summary().isEmpty() ? null : milestone.summary().text();
        HistoricalDate date = milestone.date();
        entity.dateValue = date == null ? null : date.toString();
        entity.datePrecision = date == null ? null : date.precision();
        entity.dateApproximate = date != null && date.approximate();
        entity.startDay = date == null ? null : date.startDay().toEpochDay();
        entity.endDay = date == null ? null : date.endDayExclusive().toEpochDay();
        entity.dateOrder = dateOrder(date);
        entity.status = milestone.status();
        entity.kind = milestone.kind();
        entity.importance = (short) milestone.importance();
        entity.tags.clear();
        entity.tags.addAll(milestone.tags());
        entity.sources.clear();
        milestone.sources().forEach(source -> entity.sources.add(toValue(source)));
        entity.media.clear();
        milestone.media().forEach(media -> entity.media.add(toValue(media)));
    }

    /**
     * What orders dates that start on the same day as {@code HistoricalDate}'s own order does: precision, time
     * (none first), approximate, then the end of a range (none first) by its first day, precision, time and
     * mark. Digits only and fixed widths, so every database compares it as Java does, whatever its collation;
     * null for no date. The reader's order is the first day, then this ({@link MilestoneEntity#READER_ORDER}).
     */
    public static String dateOrder(HistoricalDate date) {
        if (date == null) {
            return null;
        }
        return dateOrderPart(date) + (date.end() == null ? "0"
                : "1" + "%08d".formatted(date.end().startDay().toEpochDay() + END_DAY_SHIFT) + dateOrderPart(date.end()));
    }

    /** Keeps the first day of an end positive: day -10,000,000 is some 27,000 years before the earliest date. */
    private static final long END_DAY_SHIFT = 10_000_000;

    private static String dateOrderPart(HistoricalDate date) {
        return "%02d%05d%d".formatted(date.precision().ordinal(), date.time() == null ? 0 : date.time().toSecondOfDay() + 1,
                date.approximate() ? 1 : 0);
    }

    public static void copy(Actor actor, ActorEntity entity) {
        entity.slug = actor.slug();
        entity.name = actor.name();
        entity.type = actor.type();
        entity.aliases.clear();
        entity.aliases.addAll(actor.aliases());
    }

    public static void copy(Place place, PlaceEntity entity) {
        entity.slug = place.slug();
        entity.name = place.name();
        entity.type = place.type();
        entity.countryCode = place.countryCode();
        entity.aliases.clear();
        entity.aliases.addAll(place.aliases());
    }

    private static SourceValue toValue(Source source) {
        SourceValue value = new SourceValue();
        value.title = source.title();
        value.outlet = source.outlet();
        value.url = source.url();
        value.publishedOn = source.publishedOn();
        value.quote = source.quote();
        value.quoteStart = source.quoteStart();
        value.quoteEnd = source.quoteEnd();
        return value;
    }

    private static MediaValue toValue(Media media) {
        MediaValue value = new MediaValue();
        value.url = media.url();
        value.credit = media.credit();
        value.caption = media.caption();
        value.kind = media.kind();
        value.alt = media.alt();
        value.width = media.width();
        value.height = media.height();
        value.renditions = media.renditions().isEmpty() ? null : Rendition.format(media.renditions());
        MediaCard card = media.card();
        if (card != null) {
            value.cardTitle = card.title();
            value.cardProvider = card.provider();
            value.cardThumbnail = card.thumbnail();
            value.cardThumbnailWidth = card.thumbnailWidth();
            value.cardThumbnailHeight = card.thumbnailHeight();
            value.cardPlayer = card.player();
        }
        return value;
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> mapper) {
        List<B> out = new ArrayList<>(list.size());
        for (A item : list) {
            out.add(mapper.apply(item));
        }
        return out;
    }
}
