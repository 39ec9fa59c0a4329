package news.timeline.core.milestone;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.text.Slugs;

/**
 * One dated event of a timeline.
 *
 * <p>{@code date} is {@code null} only for an event that has not happened (planned, expected or
 * cancelled) and has no date yet. {@code importance} runs from 1 (shown at every zoom) to 3 (shown only
 * zoomed in). A null {@code summary} is {@link Summary#NONE}.
 */
public record Milestone(
        String slug,
        String headline,
        Summary summary,
        HistoricalDate date,
        MilestoneStatus status,
        MilestoneKind kind,
        List<Actor> actors,
        List<Place> places,
        List<String> tags,
        List<Source> sources,
        List<Media> media,
        int importance) {

    /** The longest headline: what fits a line of the timeline. */
    public static final int MAX_HEADLINE = 120;

    /**
     * Dated milestones in date order, then undated ones. On the same date the more important comes first
     * (a day's main event before its market moves), then by headline and slug so the order is stable.
     */
    public static final Comparator<Milestone> CHRONOLOGICAL = Comparator
            .comparing(Milestone::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Milestone::importance)
            .thenComparing(Milestone::headline)
            .thenComparing(Milestone::slug);

    public Milestone {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("Missing milestone headline");
        }
        headline = headline.strip();
        if (headline.length() > MAX_HEADLINE) {
            throw new IllegalArgumentException("Milestone headline is " + headline.length()
                    + " characters long: at most " + MAX_HEADLINE + " are allowed");
        }
        slug = slug == null || slug.isBlank() ? Slugs.of(headline) : Slugs.require(slug, "milestone slug");
        summary = summary == null ? Summary.NONE : summary;
        status = status == null ? MilestoneStatus.OCCURRED : status;
        kind = kind == null ? MilestoneKind.OTHER : kind;
        if (date == null && status == MilestoneStatus.OCCURRED) {
            throw new IllegalArgumentException("Milestone '" + slug + "' has no date: only planned, expected "
                    + "or cancelled milestones may be undated");
        }
        if (importance < 1 || importance > 3) {
            throw new IllegalArgumentException("Invalid importance " + importance + " for milestone '" + slug
                    + "': expected 1 (major), 2 or 3 (minor)");
        }
        actors = copy(actors);
        places = copy(places);
        tags = copy(tags);
        sources = copy(sources);
        media = copy(media);
        if (media.size() > Media.MAX_PER_MILESTONE) {
            throw new IllegalArgumentException("A milestone carries at most " + Media.MAX_PER_MILESTONE + " media items; '"
                    + slug + "' has " + media.size());
        }
    }

    public Milestone withSlug(String slug) {
        return new Milestone(slug, headline, summary, date, status, kind, actors, places, tags, sources, media, importance);
    }

    public Milestone withSources(List<Source> sources) {
        return new Milestone(slug, headline, summary, date, status, kind, actors, places, tags, sources, media, importance);
    }

    public Milestone withMedia(List<Media> media) {
        return new Milestone(slug, headline, summary, date, status, kind, actors, places, tags, sources, media, importance);
    }

    /**
     * This milestone with what another report of the same event adds: the other's sources not here yet
     * (same quote and URL), and its summary, date, actors and places where this one has none. Everything
     * else stays this milestone's.
     */
    public Milestone mergedWith(Milestone other) {
        List<Source> merged = new java.util.ArrayList<>(sources);
        for (Source source : other.sources) {
            if (merged.stream().noneMatch(s -> Objects.equals(s.quote(), source.quote())
                    && Objects.equals(s.url(), source.url()))) {
                merged.add(source);
            }
        }
        return new Milestone(slug, headline, summary.isEmpty() ? other.summary : summary,
                date == null ? other.date : date, status, kind, actors.isEmpty() ? other.actors : actors,
                places.isEmpty() ? other.places : places, tags, merged, media, importance);
    }

    /** A builder for the common case of a milestone assembled field by field. */
    public static Builder builder(String headline) {
        return new Builder(headline);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Builds a {@link Milestone}; every check happens in {@link #build()}. */
    public static final class Builder {
        private String slug;
        private final String headline;
        private Summary summary = Summary.NONE;
        private HistoricalDate date;
        private MilestoneStatus status = MilestoneStatus.OCCURRED;
        private MilestoneKind kind = MilestoneKind.OTHER;
        private List<Actor> actors = List.of();
        private List<Place> places = List.of();
        private List<String> tags = List.of();
        private List<Source> sources = List.of();
        private List<Media> media = List.of();
        private int importance = 2;

        private Builder(String headline) {
            this.headline = headline;
        }

        public Builder slug(String slug) { this.slug = slug; return this; }
        /** A summary of plain text, as every reader of articles and files gives it. */
        public Builder summary(String text) { this.summary = Summary.plain(text); return this; }
        public Builder date(HistoricalDate date) { this.date = date; return this; }
        public Builder status(MilestoneStatus status) { this.status = Objects.requireNonNull(status); return this; }
        public Builder kind(MilestoneKind kind) { this.kind = Objects.requireNonNull(kind); return this; }
        public Builder actors(List<Actor> actors) { this.actors = actors; return this; }
        public Builder places(List<Place> places) { this.places = places; return this; }
        public Builder tags(List<String> tags) { this.tags = tags; return this; }
        public Builder sources(List<Source> sources) { this.sources = sources; return this; }
        public Builder media(List<Media> media) { this.media = media; return this; }
        public Builder importance(int importance) { this.importance = importance; return this; }

        public Milestone build() {
            return new Milestone(slug, headline, summary, date, status, kind, actors, places, tags, sources,
                    media, importance);
        }
    }
}
