package news.timeline.web.reader;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/** The language switcher: remembers the reader's choice in a cookie and goes back to the page. */
@Path("/language")
public class LanguageResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("return") String back) {
        Locale locale = ReaderLocales.supported(lang);
        Response.ResponseBuilder response = Response.seeOther(back(back));
        if (locale != null) {
            response.cookie(new NewCookie.Builder(ReaderLocales.COOKIE).value(locale.toLanguageTag()).path("/")
                    .maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }

    /**
     * Where to go back to: a path on this site, else the front page. "//host" or "http://..." would make
     * this an open redirect, and a line break or a space cannot go into the Location header at all.
     */
    static URI back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return URI.create("/");
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri : URI.create("/");
        } catch (java.net.URISyntaxException e) {
            return URI.create("/");
        }
    }
}
