package news.timeline.core.actor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import news.timeline.core.text.Slugs;

/**
 * A person, organisation or country that acts in the news, under its canonical name ("Vladimir Putin"),
 * with the other names the news uses for it ("Putin", "the Russian president").
 */
public record Actor(String slug, String name, ActorType type, List<String> aliases) {

    public Actor {
        name = Checks.name(name, "actor name");
        Objects.requireNonNull(type, "actor type");
        slug = slug == null || slug.isBlank() ? Slugs.of(name) : Slugs.require(slug, "actor slug");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Actor person(String name, String... aliases) {
        return new Actor(null, name, ActorType.PERSON, List.of(aliases));
    }

    public static Actor organisation(String name, String... aliases) {
        return new Actor(null, name, ActorType.ORGANISATION, List.of(aliases));
    }

    public static Actor country(String name, String... aliases) {
        return new Actor(null, name, ActorType.COUNTRY, List.of(aliases));
    }

    /** True if {@code text} is this actor's name or one of its aliases, ignoring case. */
    public boolean isCalled(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted)
                || aliases.stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
