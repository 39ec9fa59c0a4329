package news.timeline.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.milestone.Summary;
import news.timeline.web.form.FormErrors;

/**
 * A milestone as an editor asks to save it, from the editor's form or the API, checked by
 * {@link EditRules} before it comes here: {@link #toMilestone} turns it into the core milestone, the
 * one mapping both share. Dates, statuses and kinds are texts until then, so that a wrong one can be
 * shown again as typed.
 */
public interface MilestoneEdit {

    String headline();
    String slug();
    String summary();
    String date();
    String end();
    boolean isApproximate();
    String status();
    String kind();
    List<String> actorNames();
    List<String> placeNames();
    List<String> tagNames();

    /** The first source, or null for none; a stored milestone's other sources stay. */
    Source firstSource();

    /** The milestone's media, given what it had before (empty for a new one); read once {@link #mediaProblems} found none. */
    List<Media> media(List<Media> previous);

    /** What is wrong with the media sent, by field ({@code media[1].alt}); empty when nothing is. */
    default java.util.Map<String, String> mediaProblems() {
        return java.util.Map.of();
    }

    /** The media sent, when they have no problems; none when they do, since such an edit is not saved. */
    default List<Media> mediaSent() {
        if (!mediaProblems().isEmpty()) {
            return List.of();
        }
        try {
            return media(List.of());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    int importanceLevel();
    boolean isPublished();

    /** The version this edit is based on; null when it names none. */
    Long baseVersion();

    default ActorType newActorType() {
        return ActorType.PERSON;
    }

    /** What the new name {@code name} becomes: its own choice where the edit makes one, else {@link #newActorType()}. */
    default ActorType newActorType(String name) {
        return newActorType();
    }

    /**
     * The milestone this edit describes, with its summary as cleaned on the way in. Names of actors and places
     * become actors and places through the two functions, which know the ones that exist.
     *
     * @throws FormErrors for what the rules could not see, such as a name too long for an actor
     */
    default Milestone toMilestone(Summary summary, Milestone previous, Function<String, Actor> actorNamed,
                                  Function<String, Place> placeNamed) {
        List<Source> before = previous == null ? List.of() : previous.sources();
        List<Source> sources = new ArrayList<>();
        Source first = firstSource();
        Source old = before.isEmpty() ? null : before.get(0);
        // Keep the quote's place in its article while the quote itself is unchanged.
        if (first != null && old != null && old.hasOffsets() && old.quote().equals(first.quote())) {
            first = new Source(first.title(), first.outlet(), first.url(), first.publishedOn(), old.quote(),
                    old.quoteStart(), old.quoteEnd());
        }
        if (first != null) {
            sources.add(first);
        }
        sources.addAll(before.subList(Math.min(1, before.size()), before.size()));
        try {
            return new Milestone(EditRules.blank(slug()) ? null : slug().strip(), headline(), summary,
                    EditRules.blank(date()) ? null : date(date(), end(), isApproximate()),
                    EditRules.blank(status()) ? null : MilestoneStatus.fromSlug(status()),
                    EditRules.blank(kind()) ? null : MilestoneKind.fromSlug(kind()),
                    actorNames().stream().map(actorNamed).toList(), placeNames().stream().map(placeNamed).toList(),
                    tagNames(), sources, media(previous == null ? List.of() : previous.media()), importanceLevel());
        } catch (IllegalArgumentException e) {
            throw FormErrors.of("headline", e.getMessage());
        }
    }

    /** A date, to the end of its range when {@code end} is not blank. */
    static HistoricalDate date(String date, String end, boolean approximate) {
        HistoricalDate when = HistoricalDate.parse(date);
        if (!EditRules.blank(end)) {
            when = when.to(HistoricalDate.parse(end));
        }
        return approximate ? when.approximately() : when;
    }

    /** A source from its fields as sent, the day as 2025-02-12; null when it has no title, address or quote. */
    static Source source(String title, String outlet, String url, String published, String quote) {
        return EditRules.blank(title) && EditRules.blank(url) && EditRules.blank(quote) ? null
                : Source.of(title, outlet, url, EditRules.day(published), quote);
    }

    /** Names as a list gives them: stripped, blank ones and repeats left out. */
    static List<String> names(List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }
}
