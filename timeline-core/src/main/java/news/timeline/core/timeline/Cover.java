package news.timeline.core.timeline;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The picture at the head of a timeline's page and on its sharing cards: a web address, the text that
 * tells readers who cannot see it what it shows, and the credit the newsroom owes (optional).
 */
public record Cover(String url, String alt, String credit) {

    /** The longest address, as the store keeps it. */
    public static final int MAX_URL = 2000;
    /** The longest alt text or credit. */
    public static final int MAX_TEXT = 500;

    public Cover {
        url = required(url, "cover image URL", MAX_URL);
        if (!isWebAddress(url)) {
            throw new IllegalArgumentException("Invalid cover image URL '" + url + "': expected an http:// or https:// address");
        }
        alt = required(alt, "cover image alt text", MAX_TEXT);
        credit = credit == null || credit.isBlank() ? null : required(credit, "cover image credit", MAX_TEXT);
    }

    /** True for an absolute http or https address with a host, the only kind a reader's browser may load. */
    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Missing " + what);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("The " + what + " is " + stripped.length() + " characters long: at most "
                    + max + " are allowed");
        }
        return stripped;
    }
}
