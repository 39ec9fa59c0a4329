package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.persistence.TimelineSummary;

/** The list of timelines and each timeline's page, rendered on the server. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TimelineResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<TimelineSummary> timelines);

        static native TemplateInstance show(Timeline timeline);
    }

    private final TimelineStore store;

    public TimelineResource(TimelineStore store) {
        this.store = store;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(store.summaries());
    }

    @GET
    @Path("timelines/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug) {
        Timeline timeline = store.find(slug)
                .orElseThrow(() -> new ErrorPages.MissingPage("There is no timeline called '" + slug + "'."));
        return Templates.show(timeline);
    }
}
