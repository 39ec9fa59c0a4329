package news.timeline.core.actor;

import java.util.List;
import news.timeline.core.text.Slugs;

/**
 * Where something happened, under its canonical name ("Kyiv"), with other spellings ("Kiev"), and the
 * country it lies in as an ISO 3166-1 alpha-2 code when known.
 */
public record Place(String slug, String name, PlaceType type, String countryCode, List<String> aliases) {

    public Place {
        name = Checks.name(name, "place name");
        type = type == null ? PlaceType.SITE : type;
        slug = slug == null || slug.isBlank() ? Slugs.of(name) : Slugs.require(slug, "place slug");
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "Invalid country code '" + countryCode + "' for place '" + name + "': expected two capital letters");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Place named(String name, PlaceType type, String countryCode) {
        return new Place(null, name, type, countryCode, List.of());
    }
}
