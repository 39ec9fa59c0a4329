package news.timeline.web.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaKind;
import news.timeline.core.milestone.Rendition;

/**
 * One media item as the editor's form and the API send it, every field a text as typed: read into the core
 * {@link Media} by {@link #toMedia}, or told what is wrong with it, field by field, by {@link #problems}. The
 * form and the API share it, so an item is refused with the same message whichever way it comes.
 *
 * @param renditions the image's other sizes, one per line or as a srcset ("https://… 640w, https://… 1280w")
 */
public record MediaFields(String kind, String url, String alt, String caption, String credit, String width, String height,
                          String renditions) {

    /** Whether the item is left empty: no address and nothing else, as a form's spare rows are. */
    public boolean isEmpty() {
        return EditRules.blank(url) && EditRules.blank(alt) && EditRules.blank(caption) && EditRules.blank(credit)
                && EditRules.blank(width) && EditRules.blank(height) && EditRules.blank(renditions);
    }

    /** What is wrong with the item, by its field's name (kind, url, alt, width, height, renditions); empty when nothing. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        MediaKind read = null;
        try {
            read = MediaKind.fromSlug(kind);
        } catch (IllegalArgumentException e) {
            problems.put("kind", e.getMessage());
        }
        if (EditRules.blank(url)) {
            problems.put("url", "Give the media's address, starting with https://");
        } else {
            check(problems, "url", () -> new Media(url, null, null));
        }
        check(problems, "width", () -> pixels(width, "width"));
        check(problems, "height", () -> pixels(height, "height"));
        check(problems, "renditions", () -> Rendition.parse(renditions));
        if (read == MediaKind.IMAGE && EditRules.blank(alt)) {
            problems.put("alt", "An image needs alt text: say what it shows for readers who cannot see it");
        }
        if (read != null && read != MediaKind.IMAGE && !EditRules.blank(renditions)) {
            problems.put("renditions", "Only an image has other sizes");
        }
        if (problems.isEmpty()) {
            check(problems, "url", this::toMedia);
        }
        return problems;
    }

    /** The core item; call only when {@link #problems} found none. */
    public Media toMedia() {
        return new Media(MediaKind.fromSlug(kind), url, alt, caption, credit, pixels(width, "width"), pixels(height, "height"),
                Rendition.parse(renditions)).checkedForEditing();
    }

    /** A stored item as fields to show on a form. */
    public static MediaFields of(Media media) {
        return new MediaFields(media.kind().slug(), media.url(), media.alt(), media.caption(), media.credit(),
                media.width() == null ? null : media.width().toString(), media.height() == null ? null : media.height().toString(),
                media.renditions().isEmpty() ? null : Rendition.format(media.renditions()));
    }

    /** Every item's problems, keyed {@code media[i].field} as the API's and the form's errors name them. */
    public static Map<String, String> problems(List<MediaFields> items, String prefix) {
        Map<String, String> problems = new LinkedHashMap<>();
        long given = items.stream().filter(item -> !item.isEmpty()).count();
        if (given > Media.MAX_PER_MILESTONE) {
            problems.put(prefix, "At most " + Media.MAX_PER_MILESTONE + " media items per milestone; this one has " + given);
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isEmpty()) {
                int index = i;
                items.get(i).problems().forEach((field, message) -> problems.put(prefix + "[" + index + "]." + field,
                        "Media item " + (index + 1) + ": " + message));
            }
        }
        return problems;
    }

    private static Integer pixels(String text, String what) {
        if (EditRules.blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1 || value > Media.MAX_SIZE) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " is a whole number of pixels, from 1 to " + Media.MAX_SIZE);
        }
    }

    private static void check(Map<String, String> problems, String field, Runnable reading) {
        try {
            reading.run();
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(field, e.getMessage());
        }
    }
}
