package news.timeline.web.editor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.text.Slugs;
import news.timeline.web.form.FormErrors;
import news.timeline.web.markup.SummaryMarkup;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A milestone as the editor's form sends it: every field a string as typed, so that a form with mistakes
 * can be shown again exactly as it was, with a message beside each wrong field.
 */
public class MilestoneForm {

    /** The summary column's size, which the cleaned summary, markup and all, must fit. */
    static final int MAX_SUMMARY = 4000;

    @RestForm public String headline;
    @RestForm public String slug;
    @RestForm public String summary;
    /** A date value such as 2021, 2021-06 or 2021-06-16 (see HistoricalDate); blank for undated. */
    @RestForm public String date;
    /** The last day of a range, in the same form; blank for a single date. */
    @RestForm public String end;
    @RestForm public String approximate;
    @RestForm public String status;
    @RestForm public String kind;
    /** Names separated by commas; new names become new actors. */
    @RestForm public String actors;
    /** What the names in {@link #actors} that no actor has yet become: person, organisation or country. */
    @RestForm public String actorType;
    @RestForm public String places;
    @RestForm public String tags;
    @RestForm public String sourceTitle;
    @RestForm public String sourceOutlet;
    @RestForm public String sourceUrl;
    @RestForm public String sourcePublished;
    @RestForm public String sourceQuote;
    @RestForm public String mediaUrl;
    @RestForm public String mediaCredit;
    @RestForm public String mediaCaption;
    @RestForm public String importance;
    @RestForm public String published;
    @RestForm public String version;

    /** A form filled with a stored milestone, for editing it. */
    public static MilestoneForm of(Milestone m, boolean published, long version) {
        MilestoneForm form = new MilestoneForm();
        form.headline = m.headline();
        form.slug = m.slug();
        form.summary = m.summary();
        if (m.date() != null) {
            form.date = m.date().start().toString();
            form.end = m.date().isRange() ? m.date().end().toString() : null;
            form.approximate = m.date().approximate() ? "on" : null;
        }
        form.status = m.status().slug();
        form.kind = m.kind().slug();
        form.actors = String.join(", ", m.actors().stream().map(Actor::name).toList());
        form.places = String.join(", ", m.places().stream().map(Place::name).toList());
        form.tags = String.join(", ", m.tags());
        if (!m.sources().isEmpty()) {
            Source s = m.sources().get(0);
            form.sourceTitle = s.title();
            form.sourceOutlet = s.outlet();
            form.sourceUrl = s.url();
            form.sourcePublished = s.publishedOn() == null ? null : s.publishedOn().toString();
            form.sourceQuote = s.quote();
        }
        if (!m.media().isEmpty()) {
            Media media = m.media().get(0);
            form.mediaUrl = media.url();
            form.mediaCredit = media.credit();
            form.mediaCaption = media.caption();
        }
        form.importance = Integer.toString(m.importance());
        form.published = published ? "on" : null;
        form.version = Long.toString(version);
        return form;
    }

    /** An empty form for a new milestone: occurred, of middling importance, published. */
    public static MilestoneForm blank() {
        MilestoneForm form = new MilestoneForm();
        form.status = MilestoneStatus.OCCURRED.slug();
        form.kind = MilestoneKind.OTHER.slug();
        form.importance = "2";
        form.published = "on";
        return form;
    }

    /**
     * The type of the actors this form creates; a person unless chosen otherwise.
     *
     * @throws IllegalArgumentException when the type is none of {@link ActorType}'s
     */
    public ActorType newActorType() {
        if (blank(actorType)) {
            return ActorType.PERSON;
        }
        try {
            return ActorType.valueOf(actorType.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("New names are a person, an organisation or a country");
        }
    }

    public boolean isPublished() {
        return published != null;
    }

    /**
     * The milestone this form describes, keeping the sources beyond the first one that {@code previous}
     * had (the form edits only the first). Names of actors and places become actors and places through
     * the two functions, which know the ones that exist.
     *
     * @throws FormErrors naming every field that is wrong
     */
    public Milestone toMilestone(Milestone previous, java.util.function.Function<String, Actor> actorNamed,
                                 java.util.function.Function<String, Place> placeNamed) {
        Map<String, String> errors = new LinkedHashMap<>();
        HistoricalDate when = null;
        if (!blank(date)) {
            try {
                when = HistoricalDate.parse(date);
                if (!blank(end)) {
                    when = when.to(HistoricalDate.parse(end));
                }
                if (approximate != null) {
                    when = when.approximately();
                }
            } catch (InvalidDateException e) {
                errors.put(blank(end) || e.input().equals(date.strip()) ? "date" : "end", e.getMessage());
            }
        } else if (!blank(end)) {
            errors.put("date", "Give the first day of the range as well as its end");
        }
        MilestoneStatus statusValue = parse(errors, "status", () -> MilestoneStatus.fromSlug(status));
        MilestoneKind kindValue = parse(errors, "kind", () -> MilestoneKind.fromSlug(kind));
        parse(errors, "actorType", this::newActorType);
        Integer importanceValue = parse(errors, "importance", () -> {
            int value = Integer.parseInt(importance == null ? "" : importance.strip());
            if (value < 1 || value > 3) {
                throw new IllegalArgumentException("Importance is 1 (major), 2 or 3 (minor)");
            }
            return value;
        });
        if (blank(headline)) {
            errors.put("headline", "A milestone needs a headline");
        } else if (headline.strip().length() > Milestone.MAX_HEADLINE) {
            errors.put("headline", "At most " + Milestone.MAX_HEADLINE + " characters; this one has " + headline.strip().length());
        }
        String cleanSummary = SummaryMarkup.clean(summary).html();
        if (cleanSummary != null && cleanSummary.length() > MAX_SUMMARY) {
            errors.put("summary", "At most " + MAX_SUMMARY + " characters, markup included; this one has " + cleanSummary.length());
        }
        if (!blank(slug) && !Slugs.isValid(slug.strip())) {
            errors.put("slug", "Use lower-case letters, digits and single hyphens");
        }
        if (when == null && statusValue == MilestoneStatus.OCCURRED && !errors.containsKey("date")) {
            errors.put("date", "A milestone that occurred needs a date; mark it planned or expected if it has none yet");
        }
        List<Source> sources = previous == null ? List.of() : previous.sources();
        Source source = parse(errors, "sourceUrl", () -> source(sources));
        Media media = blank(mediaUrl) ? null : parse(errors, "mediaUrl", () -> new Media(mediaUrl, mediaCredit, mediaCaption));
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        List<Source> allSources = new java.util.ArrayList<>();
        if (source != null) {
            allSources.add(source);
        }
        if (sources.size() > 1) {
            allSources.addAll(sources.subList(1, sources.size()));
        }
        try {
            return new Milestone(blank(slug) ? null : slug.strip(), headline, summary, when, statusValue, kindValue,
                    names(actors).stream().map(actorNamed).toList(),
                    names(places).stream().map(placeNamed).toList(),
                    names(tags), allSources, media == null ? List.of() : List.of(media), importanceValue);
        } catch (IllegalArgumentException e) {
            throw FormErrors.of("headline", e.getMessage());
        }
    }

    private Source source(List<Source> previous) {
        if (blank(sourceTitle) && blank(sourceUrl) && blank(sourceQuote)) {
            return null;
        }
        LocalDate day;
        try {
            day = blank(sourcePublished) ? null : LocalDate.parse(sourcePublished.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("The source's publication date must look like 2025-02-12");
        }
        Source old = previous.isEmpty() ? null : previous.get(0);
        // Keep the quote's place in its article while the quote itself is unchanged.
        if (old != null && old.hasOffsets() && old.quote().equals(blank(sourceQuote) ? null : sourceQuote.strip())) {
            return new Source(sourceTitle, sourceOutlet, sourceUrl, day, old.quote(), old.quoteStart(), old.quoteEnd());
        }
        return Source.of(sourceTitle, sourceOutlet, sourceUrl, day, sourceQuote);
    }

    static List<String> names(String list) {
        if (blank(list)) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static <T> T parse(Map<String, String> errors, String field, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            errors.put(field, e instanceof NumberFormatException ? "Importance is 1 (major), 2 or 3 (minor)" : e.getMessage());
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
