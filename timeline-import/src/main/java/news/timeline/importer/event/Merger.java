package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.gazetteer.Entry;

/**
 * Deduplication: mentions of the same event, in one article or several, become one event with several
 * sources. Two mentions are the same event when they have the same kind, compatible dates and statuses,
 * and overlapping actors or places. Mentions that each name two or more people, at least one of them
 * dated, must share two of them ("Trump's call with Putin" and "Trump's call with Zelensky" on the same
 * day stay apart).
 */
final class Merger {

    private Merger() {
    }

    static List<Event> merge(List<Event> mentions) {
        List<Event> merged = new ArrayList<>();
        List<Event> ordered = new ArrayList<>(mentions);
        // The most confident mention of an event leads it: its headline and actor order are kept.
        ordered.sort((a, b) -> Double.compare(b.confidence, a.confidence));
        for (Event mention : ordered) {
            Event same = null;
            for (Event event : merged) {
                if (sameEvent(event, mention)) {
                    same = event;
                    break;
                }
            }
            if (same == null) {
                merged.add(mention);
            } else {
                absorb(same, mention);
            }
        }
        return merged;
    }

    static boolean sameEvent(Event a, Event b) {
        if (a.kind != b.kind) {
            return false;
        }
        boolean aHappened = a.status == MilestoneStatus.OCCURRED;
        boolean bHappened = b.status == MilestoneStatus.OCCURRED;
        if (aHappened != bHappened) {
            return false;
        }
        if (a.date == null || b.date == null) {
            if (a.date != b.date && (aHappened || bHappened)) {
                return false;
            }
        } else if (!a.date.isCompatibleWith(b.date) && !reportedAgain(a, b) && !reportedAgain(b, a)) {
            return false;
        }
        boolean sharedPlace = a.places.keySet().stream().anyMatch(b.places::containsKey);
        Set<String> personsA = a.persons();
        Set<String> personsB = b.persons();
        if (!personsA.isEmpty() && !personsB.isEmpty()) {
            Set<String> shared = new HashSet<>(personsA);
            shared.retainAll(personsB);
            // Two undated plans that share a person are most likely the one plan told twice; once a date
            // is given, "meet Putin" and "meet Zelensky next week" are two meetings.
            boolean dated = a.date != null || b.date != null;
            return shared.size() >= (dated && personsA.size() >= 2 && personsB.size() >= 2 ? 2 : 1);
        }
        if (personsA.isEmpty() && personsB.isEmpty()) {
            if (a.actors.isEmpty() && b.actors.isEmpty()) {
                return sharedPlace || a.parts.subject().equalsIgnoreCase(b.parts.subject());
            }
            return sharedPlace || a.actors.keySet().stream().anyMatch(b.actors::containsKey);
        }
        // People on one side only: the countries they share must be on the doing side of both, so a
        // statement by Hegseth about Ukraine stays apart from a statement by European nations about Ukraine;
        // or the other side's countries are those of the people ("a call between Russia and the United
        // States" is Putin's call with Biden).
        return sharedPlace || a.subjects.stream().anyMatch(b.subjects::contains)
                || countriesOfPeople(personsA.isEmpty() ? a : b, personsA.isEmpty() ? b : a);
    }

    /** How many countries a mention must name to be told again as the meeting of their leaders. */
    private static final int PARTIES = 2;

    /** True if {@code countries} names two countries or more, and only countries of {@code people}'s people. */
    private static boolean countriesOfPeople(Event countries, Event people) {
        Set<String> theirs = new HashSet<>();
        people.actors.values().stream().filter(Entry::isListedPerson).forEach(person -> theirs.add(person.countryCode()));
        int named = 0;
        for (Entry actor : countries.actors.values()) {
            if (actor.type() != Entry.Type.COUNTRY || !theirs.contains(actor.countryCode())) {
                return false;
            }
            named++;
        }
        return named >= PARTIES;
    }

    /**
     * True if {@code reported} is dated by its article's publication date and {@code told} by its text with a
     * day of the week before: a headline's "signs decree" and the body's "On Friday ... signed a decree" are
     * one event, whose day the body tells.
     */
    private static boolean reportedAgain(Event reported, Event told) {
        if (reported.datedBy >= 0 || told.datedBy < 0 || told.date.precision() != reported.date.precision()
                || reported.date.precision() != news.timeline.core.date.Precision.DAY) {
            return false;
        }
        java.time.LocalDate published = reported.date.startDay();
        java.time.LocalDate day = told.date.startDay();
        return !day.isAfter(published) && !day.isBefore(published.minusDays(RECENT_DAYS));
    }

    /** How many days before its report a day of the week reaches. */
    private static final int RECENT_DAYS = 6;

    /** Adds {@code mention}'s sources, actors and places to {@code event}, and its date if more precise. */
    static void absorb(Event event, Event mention) {
        for (int i = 0; i < mention.sources.size(); i++) {
            Source source = mention.sources.get(i);
            if (!event.sources.contains(source)) {
                event.sources.add(source);
                event.highlights.add(mention.highlights.get(i));
            }
        }
        mention.actors.forEach(event.actors::putIfAbsent);
        event.subjects.addAll(mention.subjects);
        event.bystanders.addAll(mention.bystanders);
        event.anaphoric &= mention.anaphoric;
        mention.places.forEach(event.places::putIfAbsent);
        event.flags.addAll(mention.flags);
        if (mention.date != null && (event.date == null || morePrecise(mention, event))) {
            event.date = mention.date;
            event.datedBy = mention.datedBy < 0 ? -1 : event.sources.indexOf(mention.sources.get(mention.datedBy));
        }
        if (rank(mention.status) < rank(event.status)) {
            event.status = mention.status;
        }
        event.confidence = Math.min(0.99, 1 - (1 - event.confidence) * (1 - mention.confidence / 2));
        if (event.parts != null && mention.parts != null) {
            // Later mentions may name the people the first one left out ("the two leaders").
            List<String> names = new ArrayList<>(event.parts.actors());
            boolean persons = event.actors.values().stream().anyMatch(Entry::isPerson);
            if (persons) {
                names.removeIf(name -> event.actors.values().stream()
                        .noneMatch(actor -> actor.isPerson() && actor.shortName().equals(name)));
            }
            for (Entry actor : event.actors.values()) {
                if ((!persons || actor.isPerson()) && !event.bystanders.contains(actor.name()) && names.size() < 3
                        && !names.contains(actor.shortName())) {
                    names.add(actor.shortName());
                }
            }
            List<String> places = event.places.values().stream().map(Entry::name).toList();
            Headlines.Parts p = event.parts;
            List<String> all = new ArrayList<>(p.allActors());
            for (Entry actor : event.actors.values()) {
                if (!all.contains(actor.shortName())) {
                    all.add(actor.shortName());
                }
            }
            event.parts = new Headlines.Parts(names, all, p.doers(), places, p.duration() != null ? p.duration()
                    : mention.parts.duration(), p.subject(), p.object(), p.amount(), p.trigger());
        }
    }

    /** The finer precision wins; at the same precision a date the text gives beats the publication date. */
    private static boolean morePrecise(Event mention, Event event) {
        int finer = mention.date.precision().compareTo(event.date.precision());
        return finer > 0 || finer == 0 && mention.datedBy >= 0 && event.datedBy < 0;
    }

    /** Planned beats expected: an announcement says more than observers' expectations. */
    private static int rank(MilestoneStatus status) {
        return switch (status) {
            case OCCURRED -> 0;
            case CANCELLED -> 1;
            case PLANNED -> 2;
            case EXPECTED -> 3;
        };
    }

}
