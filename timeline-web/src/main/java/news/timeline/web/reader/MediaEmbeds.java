package news.timeline.web.reader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.MediaKind;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.security.ContentSecurityPolicy;

/**
 * How a milestone's media item reaches readers: an image as a lazy {@code <img>} with its sizes, a player,
 * map or post in an {@code <iframe>} only when its address is (or is turned into) one on the configured
 * frame hosts, a sound or video file in the browser's own player only on the configured file hosts, and
 * everything else, and everything besides, as a link with its caption and credit. The same hosts make the
 * Content-Security-Policy's {@code frame-src} and {@code media-src}, so a page never frames what the policy
 * would block, nor the policy allow what no page frames. What a provider answered through oEmbed (the item's
 * {@link MediaCard}) adds its player's address, framed by the same rule (oEmbed never widens the policy), and
 * a title and thumbnail for the link.
 */
@ApplicationScoped
@Named("mediaEmbeds")
public class MediaEmbeds {

    static final String FRAME_HOSTS = "timeline.media.frame-hosts";
    static final String FILE_HOSTS = "timeline.media.file-hosts";
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern YOUTUBE_LIST = Pattern.compile("[A-Za-z0-9_-]{10,64}");
    private static final Pattern FILE = Pattern.compile(".*\\.(mp4|webm|mov|mp3|ogg|oga|m4a|wav|flac)");

    private final Set<String> frameHosts;
    private final Set<String> fileHosts;

    @jakarta.inject.Inject
    public MediaEmbeds(TimelineConfig config) {
        this(config.media().frameHosts(), config.media().fileHosts().orElse(List.of()));
    }

    MediaEmbeds(List<String> frameHosts, List<String> fileHosts) {
        this.frameHosts = ContentSecurityPolicy.hosts(frameHosts, FRAME_HOSTS);
        this.fileHosts = ContentSecurityPolicy.hosts(fileHosts, FILE_HOSTS);
    }

    /**
     * A media item as a page shows it.
     *
     * @param title the provider's title of it, for its link; null when unknown
     * @param thumbnail the provider's picture of it, for its link when it is not framed; null when unknown or not
     *                  an address the Content-Security-Policy's {@code img-src} allows
     */
    public record Shown(Media media, String kind, String frameSrc, String player, String host, String title, String thumbnail,
                        Integer thumbnailWidth, Integer thumbnailHeight) {

        public boolean image() {
            return media.kind() == MediaKind.IMAGE;
        }
    }

    public Shown show(Media media) {
        MediaCard card = media.kind() == MediaKind.IMAGE ? null : media.card();
        String frame = media.kind() == MediaKind.IMAGE ? null : card != null && frameSrc(card.player()) != null
                ? frameSrc(card.player()) : frameSrc(media.url());
        String player = null;
        if (frame == null && (media.kind() == MediaKind.VIDEO || media.kind() == MediaKind.AUDIO)
                && fileHosts.contains(host(media.url())) && FILE.matcher(path(media.url())).matches()) {
            player = media.kind() == MediaKind.VIDEO ? "video" : "audio";
        }
        String thumbnail = card == null || frame != null || player != null || card.thumbnail() == null
                || !card.thumbnail().startsWith("https://") || !ContentSecurityPolicy.allowsImage(card.thumbnail()) ? null
                : card.thumbnail();
        return new Shown(media, media.kind().slug(), frame, player, host(media.url()), card == null ? null : card.title(),
                thumbnail, thumbnail == null ? null : card.thumbnailWidth(), thumbnail == null ? null : card.thumbnailHeight());
    }

    /** The address to frame for this media address, on an allowed host; null when it may not be framed. */
    String frameSrc(String url) {
        if (url == null) {
            return null;
        }
        String candidate = playerAddress(url);
        return candidate != null && candidate.startsWith("https://") && frameHosts.contains(host(candidate)) ? candidate : null;
    }

    /** The {@code frame-src} and {@code media-src} directives these hosts allow, for the Content-Security-Policy. */
    public String policy() {
        return ContentSecurityPolicy.mediaSources(frameHosts, fileHosts);
    }

    /** Well-known page addresses as their players' addresses; other addresses as they are. */
    private static String playerAddress(String url) {
        String host = host(url);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.replaceFirst("^/", "");
        } else if (host.matches("(www\\.|m\\.)?youtube(-nocookie)?\\.com")) {
            id = path.startsWith("/embed/") ? path.substring(7) : path.startsWith("/shorts/") ? path.substring(8) : param(uri, "v");
        }
        if ("videoseries".equals(id) || id == null && host.matches("(www\\.|m\\.)?youtube\\.com") && path.equals("/playlist")) {
            // A playlist: its player is the series player with the list's id, which it cannot do without.
            String list = param(uri, "list");
            return list != null && YOUTUBE_LIST.matcher(list).matches()
                    ? "https://www.youtube-nocookie.com/embed/videoseries?list=" + list : null;
        }
        if (id != null) {
            return YOUTUBE_ID.matcher(id).matches() ? "https://www.youtube-nocookie.com/embed/" + id : null;
        }
        if (host.matches("(www\\.)?vimeo\\.com") && path.matches("/\\d{1,12}")) {
            return "https://player.vimeo.com/video" + path;
        }
        if (host.matches("(www\\.|m\\.)?soundcloud\\.com")) {
            return "https://w.soundcloud.com/player/?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        }
        return url;
    }

    private static String param(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        return m.find() ? m.group(1) : null;
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String path(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
