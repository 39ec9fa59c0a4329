package news.timeline.importer.gazetteer;

import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;

/**
 * One actor or place of the gazetteer under its canonical name.
 *
 * @param name the canonical name ("Vladimir Putin")
 * @param shortName what headlines call it ("Putin")
 * @param type what it is
 * @param placeType for a place, how big it is; otherwise {@code null}
 * @param countryCode ISO 3166-1 alpha-2 code of its country, or {@code null}
 */
public record Entry(String name, String shortName, Type type, PlaceType placeType, String countryCode) {

    /** What an entry stands for. */
    public enum Type { PERSON, ORGANISATION, COUNTRY, PLACE }

    public boolean isPerson() {
        return type == Type.PERSON;
    }

    /** True for a person of the gazetteer's list (who always has a country), not a name read from the text. */
    public boolean isListedPerson() {
        return type == Type.PERSON && countryCode != null;
    }

    /** The core actor; only for persons, organisations and countries. */
    public Actor toActor() {
        return switch (type) {
            case PERSON -> Actor.person(name);
            case ORGANISATION -> Actor.organisation(name);
            case COUNTRY -> Actor.country(name);
            case PLACE -> throw new IllegalStateException(name + " is a place, not an actor");
        };
    }

    /** The core place; a country is a place too. */
    public Place toPlace() {
        PlaceType kind = type == Type.COUNTRY ? PlaceType.COUNTRY : placeType;
        return Place.named(name, kind, countryCode);
    }
}
