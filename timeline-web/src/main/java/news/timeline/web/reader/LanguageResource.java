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
        // Only paths on this site: "//host" or "http://..." would make this an open redirect.
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/";
        Response.ResponseBuilder response = Response.seeOther(URI.create(target));
        if (locale != null) {
            response.cookie(new NewCookie.Builder(ReaderLocales.COOKIE).value(locale.toLanguageTag()).path("/")
                    .maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }
}
