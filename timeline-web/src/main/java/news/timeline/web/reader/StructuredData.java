package news.timeline.web.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Milestone;

/** schema.org JSON-LD for search engines: a timeline as an {@code ItemList} of {@code Event}s. */
final class StructuredData {

    private StructuredData() {
    }

    static Map<String, Object> itemList(String name, String description, String url, List<Milestone> milestones,
                                        Pages pages, String timelineSlug) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("name", name);
        if (description != null) {
            list.put("description", description);
        }
        list.put("url", url);
        list.put("numberOfItems", milestones.size());
        List<Object> items = new ArrayList<>();
        int position = 1;
        for (Milestone milestone : milestones) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", position++);
            item.put("item", event(milestone, pages.absolute(Paths.milestone(timelineSlug, milestone.slug())), false));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    /**
     * One milestone as an {@code Event}. In a timeline's item list ({@code topLevel} false) the summary is left out:
     * the page shows it, the item's {@code url} leads to the permalink whose own Event carries it, and repeating
     * every summary in the head made the JSON-LD a third of a 200-milestone page's gzipped weight.
     */
    static Map<String, Object> event(Milestone milestone, String url, boolean topLevel) {
        Map<String, Object> event = new LinkedHashMap<>();
        if (topLevel) {
            event.put("@context", "https://schema.org");
        }
        event.put("@type", "Event");
        event.put("name", milestone.headline());
        event.put("url", url);
        if (topLevel && !milestone.summary().isEmpty()) {
            event.put("description", milestone.summary().text());
        }
        if (milestone.date() != null && milestone.date().year() > 0) {
            event.put("startDate", milestone.date().value());
            if (milestone.date().isRange()) {
                event.put("endDate", milestone.date().end().value());
            }
        }
        event.put("eventStatus", switch (milestone.status()) {
            case CANCELLED -> "https://schema.org/EventCancelled";
            default -> "https://schema.org/EventScheduled";
        });
        if (!milestone.places().isEmpty()) {
            List<Object> places = new ArrayList<>();
            for (Place place : milestone.places()) {
                places.add(typed("Place", place.name()));
            }
            event.put("location", places.size() == 1 ? places.get(0) : places);
        }
        if (!milestone.actors().isEmpty()) {
            List<Object> about = new ArrayList<>();
            for (Actor actor : milestone.actors()) {
                about.add(typed(switch (actor.type()) {
                    case PERSON -> "Person";
                    case ORGANISATION -> "Organization";
                    case COUNTRY -> "Country";
                }, actor.name()));
            }
            event.put("about", about);
        }
        return event;
    }

    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }
}
