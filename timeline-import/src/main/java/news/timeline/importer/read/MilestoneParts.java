package news.timeline.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaKind;
import news.timeline.core.milestone.Rendition;
import news.timeline.core.milestone.Source;

/**
 * A milestone's actors, places, sources and media as one-line JSON objects, the way our iCalendar export
 * carries them in its {@code X-TIMELINE-…} properties, and back. Reading throws
 * {@link IllegalArgumentException} with a message that names what is wrong.
 */
public final class MilestoneParts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MilestoneParts() {
    }

    public static String json(Actor actor) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("slug", actor.slug());
        object.put("name", actor.name());
        object.put("type", actor.type().name());
        object.put("aliases", actor.aliases());
        return write(object);
    }

    public static String json(Place place) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("slug", place.slug());
        object.put("name", place.name());
        object.put("type", place.type().name());
        object.put("country", place.countryCode());
        object.put("aliases", place.aliases());
        return write(object);
    }

    public static String json(Source source) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("title", source.title());
        object.put("outlet", source.outlet());
        object.put("url", source.url());
        object.put("published", source.publishedOn() == null ? null : source.publishedOn().toString());
        object.put("quote", source.quote());
        object.put("quoteStart", source.quoteStart());
        object.put("quoteEnd", source.quoteEnd());
        return write(object);
    }

    public static String json(Media media) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("url", media.url());
        object.put("credit", media.credit());
        object.put("caption", media.caption());
        object.put("kind", media.kind().slug());
        object.put("alt", media.alt());
        object.put("width", media.width());
        object.put("height", media.height());
        object.put("renditions", media.renditions().isEmpty() ? null : Rendition.format(media.renditions()));
        return write(object);
    }

    public static Actor actor(String json) {
        JsonNode node = read(json);
        return new Actor(text(node, "slug"), text(node, "name"), ActorType.valueOf(required(node, "type")), list(node, "aliases"));
    }

    public static Place place(String json) {
        JsonNode node = read(json);
        return new Place(text(node, "slug"), text(node, "name"), PlaceType.valueOf(required(node, "type")),
                text(node, "country"), list(node, "aliases"));
    }

    public static Source source(String json) {
        JsonNode node = read(json);
        LocalDate published;
        try {
            published = text(node, "published") == null ? null : LocalDate.parse(text(node, "published"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published '" + text(node, "published") + "' is not a date like 2025-02-12");
        }
        return new Source(text(node, "title"), text(node, "outlet"), text(node, "url"), published, text(node, "quote"),
                node.path("quoteStart").asInt(-1), node.path("quoteEnd").asInt(-1));
    }

    public static Media media(String json) {
        JsonNode node = read(json);
        String url = required(node, "url");
        if (!node.has("kind")) {
            // Written before media had kinds: the kind its address shows, the caption as alt text.
            return new Media(url, text(node, "credit"), text(node, "caption"));
        }
        return new Media(MediaKind.fromSlug(text(node, "kind")), url, text(node, "alt"), text(node, "caption"),
                text(node, "credit"), node.hasNonNull("width") ? node.get("width").asInt() : null,
                node.hasNonNull("height") ? node.get("height").asInt() : null, Rendition.parse(text(node, "renditions")));
    }

    private static String write(Map<String, Object> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + object, e);
        }
    }

    private static JsonNode read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("expected a JSON object, not '" + json + "'");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + "): '" + json + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("no '" + field + "' in " + node);
        }
        return value;
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
