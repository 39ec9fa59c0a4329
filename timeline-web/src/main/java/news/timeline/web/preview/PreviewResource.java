package news.timeline.web.preview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import news.timeline.web.api.MilestonesResource;
import news.timeline.web.embed.EmbedResource;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.StoryResource;
import news.timeline.web.reader.TimelineResource;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A timeline as readers will see it once published, drafts included, at a preview link: the timeline's page,
 * its milestones' pages, story mode and the widget, made by the readers' own resources, with a banner that
 * says what is not published yet and until when the link works. Anyone with the link may open it, signed in
 * or not. These pages are never kept nor revalidated (no {@code Revalidated}): the readers' cache never sees
 * them, and they never see what it keeps. Browsers and proxies are told not to keep them either, search
 * engines not to list them, and other sites not to learn their address from a click.
 */
@Path("/preview/{token}")
@Produces(MediaType.TEXT_HTML)
public class PreviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(PageMeta page, String heading, String text);
    }

    /** No copy anywhere, no address passed on, no place in search results. */
    static final String CACHE_CONTROL = "private, no-store";
    static final String REFERRER_POLICY = "no-referrer";
    static final String ROBOTS = "noindex, nofollow";

    @Inject
    news.timeline.web.reader.MediaEmbeds media;
    @Inject
    PreviewLinks links;
    @Inject
    PreviewQueries queries;
    @Inject
    Pages pages;
    @Inject
    TimelineResource timelines;
    @Inject
    StoryResource stories;
    @Inject
    EmbedResource embeds;
    @Inject
    MilestonesResource axis;
    @Inject
    news.timeline.web.reader.ErrorPages errors;

    /** The link an editor shares: the timeline's page, at the timeline's address of the moment. */
    @GET
    public Response start(@PathParam("token") String token) {
        PreviewLinks.Opened opened = links.open(token);
        return unkept(Response.seeOther(URI.create(PreviewPage.prefix(token) + "/timelines/" + opened.head().timeline().slug())))
                .build();
    }

    @GET
    @Path("timelines/{slug}")
    public Response timeline(@PathParam("token") String token, @PathParam("slug") String slug,
                             @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                             @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("offset") Integer offset, @QueryParam("at") String at,
                             @QueryParam("after") String after, @QueryParam("before") String before,
                             @QueryParam("mode") String mode, @Context UriInfo uri) {
        PreviewLinks.Opened opened = open(token, slug);
        return page(opened, token, timelines.page(opened.head(), kind, actor, status, q, from, to, offset, at, after, before,
                TimelineResource.view(mode, uri)));
    }

    @GET
    @Path("timelines/{slug}/milestones/{milestone}")
    public Response milestone(@PathParam("token") String token, @PathParam("slug") String slug,
                              @PathParam("milestone") String milestone) {
        PreviewLinks.Opened opened = open(token, slug);
        return page(opened, token, timelines.milestonePage(opened.head(), milestone));
    }

    @GET
    @Path("timelines/{slug}/story")
    public Response story(@PathParam("token") String token, @PathParam("slug") String slug,
                          @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                          @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        PreviewLinks.Opened opened = open(token, slug);
        return page(opened, token, stories.firstSlide(opened.head(), kind, actor, status, q, from, to));
    }

    @GET
    @Path("timelines/{slug}/story/{milestone}")
    public Response slide(@PathParam("token") String token, @PathParam("slug") String slug,
                          @PathParam("milestone") String milestone, @QueryParam("kind") String kind,
                          @QueryParam("actor") String actor, @QueryParam("status") String status, @QueryParam("q") String q,
                          @QueryParam("from") String from, @QueryParam("to") String to) {
        PreviewLinks.Opened opened = open(token, slug);
        return page(opened, token, stories.slideOf(opened.head(), milestone, kind, actor, status, q, from, to));
    }

    /** The widget, framed only by this site (the editor's embed panel), whatever the timeline's allow-list says. */
    @GET
    @Path("embed/timelines/{slug}")
    public Response embed(@PathParam("token") String token, @PathParam("slug") String slug, @QueryParam("m") String start,
                          @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                          @QueryParam("tag") String tag, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("height") String height, @QueryParam("theme") String theme,
                          @QueryParam("axis") @DefaultValue("on") String axis, @QueryParam("childId") String childId,
                          @QueryParam("offset") String offset, @QueryParam("mode") String mode, @Context UriInfo uri) {
        PreviewLinks.Opened opened = open(token, slug);
        return answer(opened, token, embeds.widget(opened.head(), start, kind, actor, tag, from, to, height, theme, axis, childId,
                offset, mode, uri))
                .header("Content-Security-Policy", news.timeline.web.security.ContentSecurityPolicy.embed("frame-ancestors 'self'",
                        media.policy()))
                .build();
    }

    /**
     * The milestones the axis of a big timeline loads as the reader zooms and pans, drafts included, each
     * linked within the preview.
     */
    @GET
    @Path("api/timelines/{slug}/milestones")
    @Produces(MediaType.APPLICATION_JSON)
    public Response milestones(@PathParam("token") String token, @PathParam("slug") String slug,
                               @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
                               @QueryParam("actor") String actor, @QueryParam("status") String status,
                               @QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("after") String after,
                               @QueryParam("lang") String lang) {
        PreviewLinks.Opened opened = open(token, slug);
        MilestonesResource.Page page = axis.window(opened.head(), from, to, kind, actor, status, q, offset, after, lang);
        var items = page.milestones().stream().map(i -> new MilestonesResource.Item(i.slug(), i.headline(), i.date(), i.label(),
                i.start(), i.end(), i.kind(), i.status(), i.actors(), i.importance(), PreviewPage.prefix(token) + i.path())).toList();
        return unkept(Response.ok(new MilestonesResource.Page(page.timeline(), page.matching(), page.offset(), page.limit(), items,
                page.years(), page.undated()), MediaType.APPLICATION_JSON_TYPE)).build();
    }

    /** An expired, withdrawn or unreadable link: a page that says which, never the timeline. */
    @ServerExceptionMapper
    public Response refused(PreviewRefused e) {
        var words = pages.messages();
        String heading = switch (e.reason()) {
            case EXPIRED -> words.previewExpired();
            case WITHDRAWN -> words.previewWithdrawn();
            case INVALID -> words.previewInvalid();
        };
        String text = e.reason() == PreviewRefused.Reason.INVALID ? words.previewInvalidText() : words.previewAskAgain();
        return unkept(Response.status(e.reason().status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.localized(Templates.refused(pages.meta(heading, "/"), heading, text)).render())).build();
    }

    /** A milestone the preview does not have: the site's not-found page, kept nowhere either. */
    @ServerExceptionMapper
    public Response missing(news.timeline.web.NotFound e, UriInfo uri) {
        return unkept(Response.fromResponse(errors.missing(e, uri))).build();
    }

    /** The link's timeline, if the address names it by its slug; a link never opens another timeline. */
    private PreviewLinks.Opened open(String token, String slug) {
        PreviewLinks.Opened opened = links.open(token);
        if (!opened.head().timeline().slug().equals(slug)) {
            throw new PreviewRefused(PreviewRefused.Reason.INVALID);
        }
        return opened;
    }

    private Response page(PreviewLinks.Opened opened, String token, TemplateInstance page) {
        return answer(opened, token, page).build();
    }

    private Response.ResponseBuilder answer(PreviewLinks.Opened opened, String token, TemplateInstance page) {
        TimelineHead head = opened.head();
        int drafts = (int) Math.min(Integer.MAX_VALUE, queries.drafts(head.id()));
        PreviewPage banner = new PreviewPage(head.timeline().slug(), !head.timeline().state().isReadable(), queries.draftHeadlines(head.id(), PreviewPage.NAMED)
                .stream().map(d -> new PreviewPage.Draft(d[0], d[1])).toList(), drafts, PreviewPage.until(opened.expires(), pages.locale()));
        String html = PreviewPage.within(page.data("previewBanner", banner).render(), head.timeline().slug(), token, pages.absolute(""));
        return unkept(Response.ok().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html));
    }

    /** An answer no browser, proxy or search engine keeps, and whose address no click passes on. */
    private static Response.ResponseBuilder unkept(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", CACHE_CONTROL).header("Referrer-Policy", REFERRER_POLICY).header("X-Robots-Tag", ROBOTS);
    }
}
