package news.timeline.core.milestone;

import java.util.List;

/**
 * A picture, video, sound, social post, map or document that illustrates a milestone, with the credit the
 * newsroom owes, a caption, and for an image the alt text that says what it shows to those who cannot see it.
 * An image may give its size in pixels and other sizes ({@link Rendition}s) for the reader's browser to choose.
 * Alt text is required of what editors save ({@link #checkedForEditing}); items from before it existed, or
 * from imports without one, are kept and shown without it until an editor adds it.
 *
 * @param card what the item's provider said about it when it was saved (oEmbed), or null
 */
public record Media(MediaKind kind, String url, String alt, String caption, String credit, Integer width, Integer height,
                    List<Rendition> renditions, MediaCard card) {

    /** The most media one milestone may carry. */
    public static final int MAX_PER_MILESTONE = 10;
    /** The largest width or height, in pixels, an image may claim. */
    public static final int MAX_SIZE = 20_000;
    public static final int MAX_URL = 2000;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_CREDIT = 500;

    public Media {
        kind = kind == null ? MediaKind.IMAGE : kind;
        url = Source.blankToNull(url);
        if (url == null) {
            throw new IllegalArgumentException("Missing media URL");
        }
        if (!url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("Invalid media URL '" + url + "': expected an http:// or https:// address");
        }
        if (url.length() > MAX_URL) {
            throw new IllegalArgumentException("A media URL has at most " + MAX_URL + " characters");
        }
        alt = fit(alt, MAX_TEXT, "alt text");
        caption = fit(caption, MAX_TEXT, "caption");
        credit = fit(credit, MAX_CREDIT, "credit");
        checkSize(width, "width");
        checkSize(height, "height");
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
        if (renditions.size() > Rendition.MAX) {
            throw new IllegalArgumentException("At most " + Rendition.MAX + " sizes of one image");
        }
        if (kind != MediaKind.IMAGE && !renditions.isEmpty()) {
            throw new IllegalArgumentException("Only an image has other sizes");
        }
        card = card == null || card.isEmpty() ? null : card;
    }

    /** An item as an editor gives it, before any provider was asked about it. */
    public Media(MediaKind kind, String url, String alt, String caption, String credit, Integer width, Integer height,
                 List<Rendition> renditions) {
        this(kind, url, alt, caption, credit, width, height, renditions, null);
    }

    /** Media from a format that knew only an address, a credit and a caption: its kind guessed, its caption its alt text. */
    public Media(String url, String credit, String caption) {
        this(url == null ? MediaKind.IMAGE : MediaKind.guess(url), url, caption, caption, credit, null, null, List.of());
    }

    /** An image with its alt text, caption and credit and no known size. */
    public static Media image(String url, String alt, String caption, String credit) {
        return new Media(MediaKind.IMAGE, url, alt, caption, credit, null, null, List.of());
    }

    /** This item with what its provider said about it ({@code null}: nothing). */
    public Media withCard(MediaCard card) {
        return new Media(kind, url, alt, caption, credit, width, height, renditions, card);
    }

    /** This item, if an editor may save it as it is: an image needs its alt text. */
    public Media checkedForEditing() {
        if (kind == MediaKind.IMAGE && alt == null) {
            throw new IllegalArgumentException("An image needs alt text: say what it shows for readers who cannot see it");
        }
        return this;
    }

    /** The {@code srcset} of an image with renditions (the main address at its width too, when known); null without. */
    public String srcset() {
        if (renditions.isEmpty()) {
            return null;
        }
        String others = Rendition.format(renditions);
        return width == null ? others : url + " " + width + "w, " + others;
    }

    private static String fit(String text, int max, String what) {
        text = Source.blankToNull(text);
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException("A media item's " + what + " has at most " + max + " characters");
        }
        return text;
    }

    private static void checkSize(Integer pixels, String what) {
        if (pixels != null && (pixels < 1 || pixels > MAX_SIZE)) {
            throw new IllegalArgumentException("An image's " + what + " is between 1 and " + MAX_SIZE + " pixels");
        }
    }
}
