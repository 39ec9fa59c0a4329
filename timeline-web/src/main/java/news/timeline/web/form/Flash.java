package news.timeline.web.form;

import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The message an editor sees once, on the page a successful form redirects to ("Milestone saved"). It
 * rides in a short-lived cookie so that post-redirect-get needs no server-side session.
 */
public final class Flash {

    public static final String COOKIE = "timeline-flash";

    private Flash() {
    }

    public static NewCookie set(String message) {
        return cookie(URLEncoder.encode(message, StandardCharsets.UTF_8), 60);
    }

    public static NewCookie clear() {
        return cookie("", 0);
    }

    public static String read(String cookie) {
        return cookie == null || cookie.isBlank() ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/editor").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
