package news.timeline.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import news.timeline.web.config.Digests;

/**
 * The Content-Security-Policy of the site's pages. Scripts come only from the site's own files, never from
 * markup: no inline script, no event-handler attributes, no {@code javascript:} URLs, so markup that slipped
 * through every other check still runs nothing. The only inline elements are the site's stylesheets in each
 * page's head, allowed by their hashes. A page's images may come from anywhere on the web (covers and media are
 * links to other sites); plugins, {@code <base>} and forms to other sites are refused everywhere.
 */
public final class ContentSecurityPolicy {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    /** Where a page's and an embed's images may come from ({@code img-src}). */
    private static final String IMG_SRC = "img-src 'self' https: http: data:";
    private static final String COMMON = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private ContentSecurityPolicy() {
    }

    /**
     * The policy of a page that only this site may frame, with the inline stylesheets {@code css}; {@code media}
     * is the {@code frame-src} and {@code media-src} of the media hosts editors may use (MediaEmbeds#policy).
     */
    public static String page(List<String> css, String media) {
        return COMMON + "; style-src 'self'" + String.join("", css.stream().map(c -> " '" + hash(c) + "'").toList())
                + "; " + IMG_SRC + "; " + media
                + "; frame-ancestors 'self'";
    }

    /**
     * The policy of an embed widget: linked styles only, no script or style from other hosts (the widget's
     * promise to the publishers' readers) but the milestones' own pictures, which are links to other sites as
     * on the site's pages, and their players from the same allowed media hosts as the site's pages
     * ({@code media}); framed by {@code frameAncestors} (a {@code frame-ancestors} directive made of checked
     * origins, see Framing).
     */
    public static String embed(String frameAncestors, String media) {
        return COMMON + "; style-src 'self'; " + IMG_SRC + "; " + media + "; " + frameAncestors;
    }

    /**
     * Whether {@code img-src} lets pages show a picture from {@code address} from another site: an absolute
     * http:// or https:// address (the site's own and {@code data:} pictures are never third-party thumbnails).
     */
    public static boolean allowsImage(String address) {
        return address != null && address.matches("(?i)https?://[^\\s/?#]+[^\\s]*");
    }

    /**
     * The {@code frame-src} and {@code media-src} directives of the media hosts editors may use: frames from
     * {@code frameHosts} only ({@code 'none'} without), sound and video from the site and {@code fileHosts}.
     */
    public static String mediaSources(Set<String> frameHosts, Set<String> fileHosts) {
        return "frame-src " + (frameHosts.isEmpty() ? "'none'" : sources(frameHosts)) + "; media-src 'self'"
                + (fileHosts.isEmpty() ? "" : " " + sources(fileHosts));
    }

    /** The configured hosts of {@code key}, each a plain host name: anything else could widen the policy. */
    public static Set<String> hosts(List<String> configured, String key) {
        for (String host : configured) {
            if (!HOST.matcher(host.strip().toLowerCase(Locale.ROOT)).matches()) {
                throw new IllegalArgumentException(key + ": '" + host + "' is not a host name such as player.vimeo.com");
            }
        }
        return Set.copyOf(configured.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
    }

    private static String sources(Set<String> hosts) {
        return String.join(" ", hosts.stream().sorted().map(h -> "https://" + h).toList());
    }

    /** The CSP source for an inline element's exact text. */
    static String hash(String text) {
        return "sha256-" + Base64.getEncoder().encodeToString(Digests.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
