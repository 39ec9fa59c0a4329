package news.timeline.web.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.timeline.web.config.TimelineConfig;

/**
 * The current request as the reader pages see it: which language it wants, the site's absolute URLs, and
 * the head metadata every page carries. One place, so that no resource repeats it.
 */
@RequestScoped
public class Pages {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    HttpServerRequest request;
    @Inject
    TimelineConfig config;
    @Inject
    SecurityIdentity identity;
    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            Cookie cookie = request.getCookie(ReaderLocales.COOKIE);
            locale = ReaderLocales.resolve(request.getParam("lang"), cookie == null ? null : cookie.getValue(),
                    request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /** The editor's words in the request's language, for its page titles and notices. */
    public news.timeline.web.EditorMessages editorWords() {
        return news.timeline.web.Words.editor(locale());
    }

    /** An absolute URL for a site path such as {@code /timelines/x}. */
    public String absolute(String path) {
        return config.site().baseUrl() + path;
    }

    /**
     * The scheme and host the current request was made to ({@code https://news.example.org}), as the browser
     * sees them when a proxy forwards them, to compare with the configured public address.
     */
    public String requestOrigin() {
        String host = request.authority() == null ? null : request.authority().toString();
        return host == null || host.isBlank() ? null : request.scheme() + "://" + host;
    }

    public String siteName() {
        return config.site().name();
    }

    /** Head metadata for a page at {@code path} with no description or structured data: the editor's, an error's. */
    public PageMeta meta(String title, String path) {
        return meta(title, null, path, "website", null);
    }

    /** Head metadata for a page at {@code path}. {@code jsonLd} is any object Jackson can write, or null. */
    public PageMeta meta(String title, String description, String path, String ogType, Object jsonLd) {
        return meta(title, description, path, ogType, jsonLd, null);
    }

    /** The oEmbed discovery address of the page at {@code path} (a timeline's). */
    public String oembed(String path) {
        return "/oembed?format=json&url=" + URLEncoder.encode(absolute(path), StandardCharsets.UTF_8);
    }

    public PageMeta meta(String title, String description, String path, String ogType, Object jsonLd, String oembed) {
        List<PageMeta.LanguageLink> languages = new ArrayList<>();
        for (Locale supported : ReaderLocales.SUPPORTED) {
            String tag = supported.toLanguageTag();
            String back = URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
            languages.add(new PageMeta.LanguageLink(tag, supported.getDisplayLanguage(supported),
                    "/language?lang=" + tag + "&return=" + back, absolute(path) + (path.contains("?") ? "&" : "?") + "lang=" + tag,
                    supported.equals(locale())));
        }
        return new PageMeta(title, description, absolute(path), locale(), ogType, json(jsonLd), oembed,
                languages, siteName(), null, null, !identity.isAnonymous());
    }

    /** True if the request comes with a signed-in editor's session, for the routes outside the REST layer. */
    public static boolean signedIn(io.vertx.ext.web.RoutingContext context) {
        return context.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous();
    }

    /**
     * Head metadata for a page that shows one milestone at {@code path}: its permalink, its story-mode slide.
     * Sharing cards show the milestone's own picture, else the timeline's cover.
     */
    public PageMeta milestoneMeta(news.timeline.core.timeline.Timeline timeline, news.timeline.core.milestone.Milestone milestone,
                                  String path) {
        PageMeta page = meta(milestone.headline() + " · " + timeline.title(),
                milestone.summary().isEmpty() ? timeline.description() : milestone.summary().text(), path, "article",
                StructuredData.event(milestone, absolute(Paths.milestone(timeline.slug(), milestone.slug())), true));
        // A card shows a picture: the milestone's first image, not a video's or a document's address.
        var image = milestone.media().stream().filter(m -> m.kind() == news.timeline.core.milestone.MediaKind.IMAGE).findFirst();
        if (image.isPresent()) {
            var media = image.get();
            return page.withImage(media.url(), media.alt() != null ? media.alt()
                    : media.caption() == null ? milestone.headline() : media.caption());
        }
        return timeline.cover() == null ? page : page.withImage(timeline.cover().url(), timeline.cover().alt());
    }

    /** The site's words in the request's language, for text a resource writes rather than a template. */
    public Messages messages() {
        return DisplayExtensions.messages(locale());
    }

    /** The template with the request's locale set, so messages and dates come out in its language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setAttribute("locale", locale());
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            // "<" escaped so that no value can close the script element that holds the JSON.
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD", e);
        }
    }
}
