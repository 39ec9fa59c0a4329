package news.timeline.core.milestone;

import java.net.URI;
import java.util.Locale;

/** What a milestone's media item is, which decides how readers get it: a picture, a player, a post, a map or a file. */
public enum MediaKind {
    IMAGE, VIDEO, AUDIO, SOCIAL, MAP, DOCUMENT;

    /** The kind as forms and the API write it: image, video, audio, social, map, document. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a kind by its slug or name; blank is an image, the one kind older data had. */
    public static MediaKind fromSlug(String text) {
        if (text == null || text.isBlank()) {
            return IMAGE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown media kind '" + text.strip()
                    + "': choose image, video, audio, social, map or document");
        }
    }

    /**
     * The kind an address most likely is, for media that came without one (older data, imports): players and
     * maps by their well-known hosts, files by their extension, else an image, as every older item was.
     */
    public static MediaKind guess(String url) {
        String host;
        String path;
        try {
            URI uri = URI.create(url.strip());
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return IMAGE;
        }
        if (host.matches("(.+\\.)?(youtube\\.com|youtube-nocookie\\.com|youtu\\.be|vimeo\\.com)") || path.matches(".*\\.(mp4|webm|mov)")) {
            return VIDEO;
        }
        if (host.matches("(.+\\.)?soundcloud\\.com") || path.matches(".*\\.(mp3|ogg|oga|m4a|wav|flac)")) {
            return AUDIO;
        }
        if (host.matches("(.+\\.)?(twitter\\.com|x\\.com|instagram\\.com|facebook\\.com|threads\\.net|bsky\\.app|tiktok\\.com)")) {
            return SOCIAL;
        }
        if (host.matches("(.+\\.)?openstreetmap\\.org")) {
            return MAP;
        }
        if (path.matches(".*\\.(pdf|docx?|odt|xlsx?|ods|csv|pptx?)")) {
            return DOCUMENT;
        }
        return IMAGE;
    }
}
