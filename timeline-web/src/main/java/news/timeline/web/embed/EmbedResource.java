package news.timeline.web.embed;

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
import java.util.Set;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.timeline.ReaderView;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.cache.Revalidated;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.MilestoneWindow;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.Paths;
import news.timeline.web.reader.Story;

/**
 * The widget publishers embed: a timeline without the site's chrome, filtered and styled by query
 * parameters. By default it is a fixed-height frame ({@link EmbedOptions#DEFAULT_HEIGHT}), as tall as its content
 * only when asked ({@code height=auto}), in the timeline's default view unless the publisher names one
 * ({@code mode=story} or {@code mode=list}): story mode shows one milestone at a time, large, with plain links to
 * the previous and next; the list of milestones scrolls inside the frame. It sets no
 * cookies and loads nothing from other hosts but its milestones' pictures; who may frame it is the timeline's
 * embed allow-list, sent as {@code Content-Security-Policy: frame-ancestors}.
 */
@Path("/")
public class EmbedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(PageMeta page, Timeline timeline, MilestoneWindow window,
                                                EmbedOptions options, String fullUrl, String pagerQuery,
                                                news.timeline.web.reader.AxisLayout.Axis axis, String storyPath,
                                                String listPath);

        static native TemplateInstance story(PageMeta page, Timeline timeline, Story story, EmbedOptions options,
                                             String fullUrl);
    }

    /**
     * The widget's links between its slides and to its list, inside the frame: the publisher's options
     * ({@code options}, as {@code &name=value}, without the start, the page and the mode) are kept, so the height,
     * theme, filters and pym.js child id stay as the publisher set them.
     */
    record Links(String slug, String options, String mode) implements Story.Links {

        @Override
        public String slide(String milestoneSlug) {
            return base() + "?m=" + milestoneSlug + mode + options;
        }

        @Override
        public String first() {
            return base() + "?mode=story" + options;
        }

        @Override
        public String list(Milestone at) {
            return base() + "?mode=list" + (at == null ? "" : "&m=" + at.slug()) + options;
        }

        private String base() {
            return "/embed/timelines/" + slug;
        }
    }

    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;
    @Inject
    news.timeline.web.reader.MediaEmbeds media;

    @Revalidated
    @GET
    @Path("embed/timelines/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response timeline(@PathParam("slug") String slug, @QueryParam("m") String start,
                             @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                             @QueryParam("tag") String tag, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("height") String height, @QueryParam("theme") String theme,
                             @QueryParam("axis") @DefaultValue("on") String axis, @QueryParam("childId") String childId,
                             @QueryParam("offset") String offset, @QueryParam("mode") String mode, @Context UriInfo uri) {
        TimelineHead head = queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
        String body = widget(head, start, kind, actor, tag, from, to, height, theme, axis, childId, offset, mode, uri).render();
        return Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", news.timeline.web.security.ContentSecurityPolicy.embed(
                        Framing.embedPolicy(head.timeline().embedOrigins()), media.policy()))
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .build();
    }

    /**
     * The widget of the timeline {@code head} with the options of its address, not yet rendered: a reader's, or a
     * preview's with the drafts, which sends its own headers.
     */
    public TemplateInstance widget(TimelineHead head, String start, String kind, String actor, String tag, String from,
                                   String to, String height, String theme, String axis, String childId, String offset,
                                   String mode, UriInfo uri) {
        Timeline timeline = head.timeline();
        String slug = timeline.slug();
        MilestoneFilter filter = new MilestoneFilter(MilestoneFilter.readOrNull(kind, MilestoneKind::fromSlug), actor, null,
                null, MilestoneFilter.readOrNull(from, HistoricalDate::parse), MilestoneFilter.readOrNull(to, HistoricalDate::parse), tag);
        EmbedOptions options = new EmbedOptions(start, EmbedOptions.height(height), theme, !"off".equals(axis), childId);
        PageMeta page = pages.meta(timeline.title(), timeline.description(), Paths.timeline(slug), "article", null);
        ReaderView named = ReaderView.readOrNull(mode);
        // The links keep the mode only when the publisher named it: otherwise the timeline's default decides.
        Links links = new Links(slug, query(uri, Set.of("m", "offset", "after", "before", "mode")), named == null ? "" : "&mode=" + named.slug());
        if ((named == null ? timeline.defaultView() : named) == ReaderView.STORY) {
            // The slide of the start milestone; the first when it names none, or one the filters leave out.
            int index = start == null || start.isBlank() ? 0 : queries.position(head, filter, start.strip()).orElse(0);
            Story story = Story.at(queries, head, filter, index, 1, "", links);
            return pages.localized(Templates.story(page, timeline, story, options, pages.absolute(Paths.timeline(slug))));
        }
        // A page of cards, as on the reader's page: the one holding the start milestone, or the one asked for.
        // The pager's links carry the key of the page they open ("after", "before") besides its offset.
        MilestoneWindow window = queries.page(head, filter, offset == null ? null : Math.max(0, number(offset)),
                uri.getQueryParameters().getFirst("after"), uri.getQueryParameters().getFirst("before"), start);
        return pages.localized(Templates.timeline(page, timeline, window, options,
                pages.absolute(Paths.timeline(slug)), query(uri, Set.of("m", "offset", "after", "before")),
                options.axis() ? news.timeline.web.reader.AxisView.of(timeline, window, pages.locale()) : null, links.first(),
                links.list(null)));
    }

    /** The widget's own options for its links, as {@code &name=value}: all but those named in {@code except}. */
    private static String query(UriInfo uri, Set<String> except) {
        StringBuilder query = new StringBuilder();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!except.contains(name)) {
                for (String value : values) {
                    query.append('&').append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                            .append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
