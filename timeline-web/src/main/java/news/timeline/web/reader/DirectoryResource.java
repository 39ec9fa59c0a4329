package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.web.NotFound;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.ReaderQueries.Across;
import news.timeline.web.persistence.ReaderQueries.Found;

/** Pages that gather milestones across timelines: by actor, by place, by tag. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DirectoryResource {

    static final int LIMIT = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listing(PageMeta page, String heading, List<String> aliases, List<Found> found);
    }

    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;

    @GET
    @Path("actors/{slug}")
    public TemplateInstance actor(@PathParam("slug") String slug) {
        Actor actor = queries.actor(slug).orElseThrow(() -> new NotFound("There is no actor called '" + slug + "'."));
        String heading = DisplayExtensions.messages(pages.locale()).actorHeading(actor.name());
        return listing(heading, actor.aliases(), Paths.actor(slug), queries.found(Across.ACTOR, slug, LIMIT));
    }

    @GET
    @Path("places/{slug}")
    public TemplateInstance place(@PathParam("slug") String slug) {
        Place place = queries.place(slug).orElseThrow(() -> new NotFound("There is no place called '" + slug + "'."));
        String heading = DisplayExtensions.messages(pages.locale()).placeHeading(place.name());
        return listing(heading, place.aliases(), Paths.place(slug), queries.found(Across.PLACE, slug, LIMIT));
    }

    @GET
    @Path("tags/{tag}")
    public TemplateInstance tag(@PathParam("tag") String tag) {
        List<Found> found = queries.found(Across.TAG, tag, LIMIT);
        if (found.isEmpty()) {
            throw new NotFound("No milestone is tagged '" + tag + "'.");
        }
        return listing(DisplayExtensions.messages(pages.locale()).tagHeading(tag), List.of(), Paths.tag(tag), found);
    }

    private TemplateInstance listing(String heading, List<String> aliases, String path, List<Found> found) {
        PageMeta page = pages.meta(heading, heading, path, "website", null);
        return pages.localized(Templates.listing(page, heading, aliases, found));
    }
}
