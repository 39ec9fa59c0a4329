package news.timeline.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.Problems;
import news.timeline.web.api.ApiModel.MilestoneView;
import news.timeline.web.api.ApiModel.TimelineItem;
import news.timeline.web.api.ApiModel.TimelineList;
import news.timeline.web.api.ApiModel.TimelineView;
import news.timeline.web.cache.Revalidated;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.MilestoneWindow;
import news.timeline.web.persistence.Paged;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.Paths;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public read-only API: what readers see, as JSON. Drafts, draft timelines and deleted milestones never
 * appear; a big timeline comes in windows of {@link ReaderQueries#WINDOW} milestones.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PublicRead
@Tag(name = "Public", description = "Published timelines and milestones; no authentication.")
public class TimelinesResource {

    @Inject
    TimelineStore store;
    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;

    @GET
    @Path("api/timelines")
    @Operation(summary = "The published timelines, by title")
    @APIResponse(responseCode = "200", description = "Every published timeline with its milestone count and span",
            content = @Content(schema = @Schema(implementation = TimelineList.class)))
    public TimelineList timelines() {
        return new TimelineList(store.summaries().stream()
                .map(t -> new TimelineItem(t.slug(), t.title(), t.description(), t.milestones(), t.firstDay(), t.lastDay(),
                        pages.absolute(Paths.timeline(t.slug())), pages.absolute("/api/timelines/" + t.slug())))
                .toList());
    }

    @Revalidated
    @GET
    @Path("api/timelines/{slug}")
    @Operation(summary = "A timeline with its eras and a window of its published milestones",
            description = "Milestones come in date order, at most " + ReaderQueries.WINDOW + " per response; follow "
                    + "`next` (or raise `offset`) for the rest: `next` reads on `after` the window's last milestone, however"
                    + " deep. `from` and `to` narrow the window to a span of dates.")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read; the body names it",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "404", description = "No published or archived timeline has this slug",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response timeline(@PathParam("slug") String slug,
                             @Parameter(description = "Skip this many milestones (0 first).") @QueryParam("offset") String offset,
                             @Parameter(description = "Only milestones from this date on, e.g. 2022.") @QueryParam("from") String from,
                             @Parameter(description = "Only milestones up to this date, e.g. 2022-06.") @QueryParam("to") String to,
                             @Parameter(description = "The slug of the previous window's last milestone: the window starts"
                                     + " after it, and `offset` only numbers it.") @QueryParam("after") String after) {
        var filter = new MilestoneFilter(null, null, null, null, MilestonesResource.date("from", from),
                MilestonesResource.date("to", to));
        int start = MilestonesResource.offset(offset);
        TimelineHead head = queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
        MilestoneWindow window = after == null || after.isBlank() ? queries.window(head, filter, start, ReaderQueries.WINDOW)
                : MilestonesResource.keyed(() -> queries.windowAfter(head, filter, after,
                        offset == null || offset.isBlank() ? null : start, ReaderQueries.WINDOW));
        List<MilestoneView> milestones = window.milestones().stream()
                .map(m -> MilestoneView.of(m, milestoneUrl(slug, m.slug()))).toList();
        int end = window.offset() + milestones.size();
        String next = end < window.matching() ? pages.absolute("/api/timelines/" + slug + "?offset=" + end + window.nextKey()
                + Paged.param("from", from) + Paged.param("to", to)) : null;
        Timeline timeline = head.timeline();
        return Response.ok(new TimelineView(timeline.slug(), timeline.title(), timeline.description(),
                pages.absolute(Paths.timeline(slug)), timeline.eras().stream().map(ApiModel::era).toList(),
                window.matching(), window.offset(), ReaderQueries.WINDOW, next, milestones)).build();
    }

    @Revalidated
    @GET
    @Path("api/timelines/{slug}/milestones/{milestone}")
    @Operation(summary = "One published milestone of a timeline")
    @APIResponse(responseCode = "200", description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "404", description = "No such timeline, or no published milestone with this slug in it",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response milestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        TimelineHead head = queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
        return queries.milestone(head, milestoneSlug)
                .map(m -> Response.ok(MilestoneView.of(m, milestoneUrl(slug, m.slug()))).build())
                .orElseThrow(() -> NotFound.milestone(slug, milestoneSlug));
    }

    private String milestoneUrl(String timeline, String milestone) {
        return pages.absolute(Paths.milestone(timeline, milestone));
    }
}
