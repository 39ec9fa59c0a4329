package news.timeline.web.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.Paths;

/** Downloads of a whole timeline in other tools' formats. */
@Path("/")
public class ExportResource {

    @Inject
    TimelineStore store;
    @Inject
    Pages pages;

    @GET
    @Path("timelines/{slug}/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response calendar(@PathParam("slug") String slug) {
        Timeline timeline = timeline(slug);
        String host = URI.create(pages.absolute("/")).getHost();
        return download(ICalendarExport.write(timeline, permalink(slug), host == null ? "localhost" : host), slug + ".ics");
    }

    @GET
    @Path("timelines/{slug}/feed.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public String feed(@PathParam("slug") String slug) {
        Timeline timeline = timeline(slug);
        return AtomExport.write(timeline, pages.absolute(Paths.timeline(slug)),
                pages.absolute(Paths.timeline(slug) + "/feed.atom"), store.updatedAt(slug).orElseThrow(),
                permalink(slug), HistoricalDateFormat.of(pages.locale()));
    }

    @GET
    @Path("timelines/{slug}/milestones.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@PathParam("slug") String slug) {
        return download(CsvExport.write(timeline(slug)), slug + ".csv");
    }

    @GET
    @Path("timelines/{slug}/timelinejs.json")
    @Produces("application/json;charset=UTF-8")
    public Response timelineJsJson(@PathParam("slug") String slug) {
        return download(TimelineJsExport.json(timeline(slug), HistoricalDateFormat.of(pages.locale())),
                slug + ".timelinejs.json");
    }

    @GET
    @Path("timelines/{slug}/timelinejs.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response timelineJsCsv(@PathParam("slug") String slug) {
        return download(TimelineJsExport.csv(timeline(slug), HistoricalDateFormat.of(pages.locale())),
                slug + ".timelinejs.csv");
    }

    private Timeline timeline(String slug) {
        return store.find(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    private Function<Milestone, String> permalink(String slug) {
        return milestone -> pages.absolute(Paths.milestone(slug, milestone.slug()));
    }

    private static Response download(String body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
