package news.timeline.web.preview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.form.Flash;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The editor's preview links of a timeline: making one, which the timeline's page then shows to copy, and
 * withdrawing them all. Also what the timeline's page shows of them ({@link #panel}).
 */
@Path("/editor/timelines/{slug}/preview-links")
@RolesAllowed(AccountIdentityProvider.EDITOR)
public class PreviewLinksResource {

    /** How long the link behind the embed panel's frame lasts: the editor's page is seldom open longer. */
    static final Duration FRAME = Duration.ofHours(1);

    /** The query parameter by which the timeline's page shows the link just made. */
    public static final String SHOWN = "preview";

    @Inject
    PreviewLinks links;
    @Inject
    PreviewQueries queries;
    @Inject
    TimelineConfig config;
    @Inject
    Pages pages;

    /** A new link that lasts as long as the editor chose among the offered lifetimes. */
    @POST
    public Response create(@PathParam("slug") String slug, @RestForm String lifetime) {
        long id = id(slug);
        Optional<Duration> chosen = read(lifetime).filter(config.preview().lifetimes()::contains);
        if (chosen.isEmpty()) {
            return Flash.redirect(page(slug) + "#preview-heading", pages.messages().previewLifetimeError());
        }
        String token = links.issue(id, chosen.get());
        return Flash.redirect(page(slug) + "?" + SHOWN + "=" + token + "#preview-link", pages.messages().previewCreated());
    }

    /** Every link made so far stops working. */
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("slug") String slug) {
        links.withdraw(id(slug));
        return Flash.redirect(page(slug) + "#preview-heading", pages.messages().previewWithdrawnAll());
    }

    /**
     * The panel on the timeline's page, showing the link {@code shown} if it is one of this timeline's, and
     * making a short link for the embed panel's frame when anything is unpublished.
     */
    public PreviewPanel panel(Timeline timeline, String shown) {
        long id = id(timeline.slug());
        Locale locale = pages.locale();
        String link = null;
        String until = null;
        Optional<java.time.Instant> expires = links.expires(shown, id);
        if (expires.isPresent()) {
            link = pages.absolute(PreviewPage.prefix(shown));
            until = PreviewPage.until(expires.get(), locale);
        }
        List<Duration> offered = config.preview().lifetimes();
        Duration preset = offered.contains(config.preview().defaultLifetime()) ? config.preview().defaultLifetime() : offered.get(0);
        List<PreviewPanel.Lifetime> lifetimes = offered.stream().map(d -> PreviewPanel.Lifetime.of(d, d.equals(preset))).toList();
        boolean draftTimeline = !timeline.state().isReadable();
        int drafts = (int) Math.min(Integer.MAX_VALUE, queries.drafts(id));
        String frame = draftTimeline || drafts > 0 ? PreviewPage.prefix(links.issue(id, FRAME)) : null;
        return new PreviewPanel(link, until, lifetimes, draftTimeline, drafts, frame);
    }

    private long id(String slug) {
        return queries.id(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    private static String page(String slug) {
        return "/editor/timelines/" + slug;
    }

    private static Optional<Duration> read(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Duration.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
