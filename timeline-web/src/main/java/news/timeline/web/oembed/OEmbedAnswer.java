package news.timeline.web.oembed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a provider's oEmbed answer (JSON) into what is kept of it: the title, the provider's name, the thumbnail
 * and its size, and the player's address, which is the {@code src} of the first {@code <iframe>} of its
 * {@code html}. The markup is read with jsoup and then dropped: a page never shows a provider's markup, and a
 * player address that is not a plain https:// address ({@code javascript:}, {@code data:}, relative) is no player.
 */
public final class OEmbedAnswer {

    /** The answer is not an oEmbed object. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("photo", "video", "link", "rich");

    private OEmbedAnswer() {
    }

    /**
     * What is kept of an answer.
     *
     * @throws Unreadable when it is not a JSON object, or names a type oEmbed does not have
     */
    public static MediaCard read(byte[] body) throws Unreadable {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Unreadable("The answer is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unreadable("The answer could not be read: " + e.getMessage());
        }
        if (answer == null || !answer.isObject()) {
            throw new Unreadable("The answer is not a JSON object");
        }
        String type = text(answer, "type");
        if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw new Unreadable("The answer's type '" + type + "' is none of oEmbed's (photo, video, link, rich)");
        }
        String thumbnail = webAddress(text(answer, "thumbnail_url"), false);
        Integer width = pixels(answer.get("thumbnail_width"));
        Integer height = pixels(answer.get("thumbnail_height"));
        if (thumbnail == null && "photo".equalsIgnoreCase(type)) {
            // A photo's answer is the picture itself.
            thumbnail = webAddress(text(answer, "url"), false);
            width = pixels(answer.get("width"));
            height = pixels(answer.get("height"));
        }
        return new MediaCard(text(answer, "title"), text(answer, "provider_name"), thumbnail, width, height,
                player(text(answer, "html")));
    }

    /** The {@code src} of the first frame in {@code html}, if it is an https:// address with a host; null otherwise. */
    public static String player(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Element frame = Jsoup.parseBodyFragment(html).selectFirst("iframe[src]");
        if (frame == null) {
            return null;
        }
        String src = frame.attr("src").strip();
        // Providers often write their players' addresses without a scheme: the player is https on an https page.
        return webAddress(src.startsWith("//") ? "https:" + src : src, true);
    }

    /** {@code address} if it is an absolute web address with a host (https only when {@code httpsOnly}); else null. */
    private static String webAddress(String address, boolean httpsOnly) {
        if (address == null || address.length() > Media.MAX_URL || !address.matches("(?i)https?://\\S+")) {
            return null;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || httpsOnly && !scheme.equals("https")) {
                return null;
            }
            return address;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String text(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** A size as providers write it: a number, or a number in a string; nothing else. */
    private static Integer pixels(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual() && value.asText().strip().matches("\\d{1,6}")) {
            return Integer.parseInt(value.asText().strip());
        }
        return null;
    }
}
