package news.timeline.core.milestone;

import java.util.ArrayList;
import java.util.List;

/** One more size of an image, at its own address, for the reader's browser to choose from ({@code srcset}). */
public record Rendition(String url, int width) {

    /** The most sizes an image may list; newsroom image services offer a handful. */
    public static final int MAX = 8;

    public Rendition {
        url = Source.blankToNull(url);
        if (url == null || !url.matches("(?i)https?://[^\\s,]+")) {
            throw new IllegalArgumentException("Invalid rendition address '" + url
                    + "': expected an http:// or https:// address without spaces or commas");
        }
        if (width < 1 || width > Media.MAX_SIZE) {
            throw new IllegalArgumentException("A rendition's width is between 1 and " + Media.MAX_SIZE + " pixels");
        }
    }

    /**
     * Reads renditions written as {@code srcset} lists or one per line: an address then its width in pixels,
     * {@code https://img.example/640.jpg 640w, https://img.example/1280.jpg 1280w} (the {@code w} may be left
     * off); blank is none.
     */
    public static List<Rendition> parse(String text) {
        List<Rendition> renditions = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return renditions;
        }
        for (String item : text.strip().split("\\s*[,\\n]\\s*")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.strip().split("\\s+");
            if (parts.length != 2 || !parts[1].matches("\\d{1,5}w?")) {
                throw new IllegalArgumentException("Write each size as its address and its width in pixels, "
                        + "like 'https://img.example/640.jpg 640w'; '" + item.strip() + "' is not");
            }
            renditions.add(new Rendition(parts[0], Integer.parseInt(parts[1].replace("w", ""))));
        }
        if (renditions.size() > MAX) {
            throw new IllegalArgumentException("At most " + MAX + " sizes of one image; this one has " + renditions.size());
        }
        return renditions;
    }

    /** Renditions as a {@code srcset} attribute's value; the same text {@link #parse} reads. */
    public static String format(List<Rendition> renditions) {
        return String.join(", ", renditions.stream().map(r -> r.url() + " " + r.width() + "w").toList());
    }
}
