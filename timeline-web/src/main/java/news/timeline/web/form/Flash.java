package news.timeline.web.form;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.timeline.web.Area;

/**
 * Post-redirect-get for every form: the message an editor sees once, on the page a successful form redirects
 * to ("Milestone saved"). It rides in a short-lived cookie so that post-redirect-get needs no server-side session.
 */
public final class Flash {

    public static final String COOKIE = "timeline-flash";

    private Flash() {
    }

    /** A 303 to {@code path} that carries {@code message} to the page there. */
    public static Response redirect(String path, String message) {
        return Response.seeOther(URI.create(path)).cookie(cookie(URLEncoder.encode(message, StandardCharsets.UTF_8), 60))
                .build();
    }

    /** The form's page again, each wrong field marked: 400, not a redirect, so that nothing typed is lost. */
    public static Response again(Object page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }

    /** A page that may show the message in {@code cookie}: the cookie goes, so the message shows once. */
    public static Response page(Object entity, String cookie) {
        Response.ResponseBuilder response = Response.ok(entity);
        return (cookie == null ? response : response.cookie(cookie("", 0))).build();
    }

    public static String read(String cookie) {
        return cookie == null || cookie.isBlank() ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(Area.EDITOR.path).maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
