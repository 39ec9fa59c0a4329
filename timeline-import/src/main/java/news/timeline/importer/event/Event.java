package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.gazetteer.Entry;

/**
 * One event as extraction finds it, and as deduplication grows it: every mention merged into it adds its
 * source, actors and places, and a more precise date.
 */
final class Event {

    final MilestoneKind kind;
    MilestoneStatus status;
    HistoricalDate date;
    /** Index in {@link #sources} of the source whose text gave {@link #date}, or -1. */
    int datedBy;
    /** Actors by canonical name, in the order headlines should name them. */
    final Map<String, Entry> actors = new LinkedHashMap<>();
    final Map<String, Entry> places = new LinkedHashMap<>();
    /** Canonical names of the actors named before the trigger: who did it, rather than to whom. */
    final Set<String> subjects = new LinkedHashSet<>();
    /** People named only as another's possessor ("Trump's envoy"): actors, but not in the headline. */
    final Set<String> bystanders = new LinkedHashSet<>();
    final List<Source> sources = new ArrayList<>();
    /** Where each of {@link #sources} holds the trigger and the time expression, in the same order. */
    final List<Highlight> highlights = new ArrayList<>();
    final Set<String> flags = new LinkedHashSet<>();
    double confidence;
    /**
     * True while every mention is a definite reference without a date of its own ("the Kremlin confirmed
     * the meeting") or a headline in title case: such mentions refer back to, or announce, an event told
     * elsewhere and are no milestone alone.
     */
    boolean anaphoric;
    /** True if the event is told of an event named before ("The truce takes effect"): it has that one's actors. */
    boolean toldBefore;
    /** True if a noun told the event ("the talks"), false for a verb ("met"). */
    boolean noun;
    /** The mention that writes the headline: the most confident one. */
    Trigger trigger;
    Headlines.Parts parts;
    String summary;
    String fallbackHeadline;
    /** A headline made from the clause (ClauseHeadline) for events of the open lexicon, or null. */
    String clauseHeadline;

    Event(MilestoneKind kind) {
        this.kind = kind;
    }

    /** The same event on another of the dates it was told with: "re-elected in 2014 and 2018". */
    Event on(HistoricalDate other, Highlight highlight) {
        Event copy = new Event(kind);
        copy.status = status;
        copy.date = other;
        copy.datedBy = datedBy;
        copy.actors.putAll(actors);
        copy.places.putAll(places);
        copy.subjects.addAll(subjects);
        copy.bystanders.addAll(bystanders);
        copy.sources.addAll(sources);
        copy.highlights.add(highlight);
        copy.flags.addAll(flags);
        copy.confidence = confidence;
        copy.anaphoric = anaphoric;
        copy.toldBefore = toldBefore;
        copy.noun = noun;
        copy.trigger = trigger;
        copy.parts = parts;
        copy.summary = summary;
        copy.fallbackHeadline = fallbackHeadline;
        copy.clauseHeadline = clauseHeadline;
        return copy;
    }

    Set<String> persons() {
        Set<String> persons = new LinkedHashSet<>();
        actors.values().stream().filter(Entry::isPerson).forEach(actor -> persons.add(actor.name()));
        return persons;
    }
}
