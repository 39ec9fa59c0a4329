package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.OptionalInt;
import news.timeline.core.timeline.ReaderView;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.cache.Revalidated;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;

/**
 * Story mode: a timeline one milestone at a time, each slide a complete page at its own address, with
 * plain links to the previous and next slides and to the nearby ones; the reader's filters carry over from
 * the list. The script adds keys, swipes and changing slides without reloading the page.
 */
@Path("/timelines/{slug}/story")
@Produces(MediaType.TEXT_HTML)
public class StoryResource {

    /** How many slides either side of the current one the compact axis links to. */
    static final int REACH = 7;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slide(PageMeta page, Timeline timeline, Story story);
    }

    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;

    @Revalidated
    @GET
    public TemplateInstance first(@PathParam("slug") String slug, @QueryParam("kind") String kind,
                                  @QueryParam("actor") String actor, @QueryParam("status") String status,
                                  @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to) {
        return firstSlide(head(slug), kind, actor, status, q, from, to);
    }

    /** Story mode's first slide of the timeline {@code head}: a reader's, or a preview's with the drafts. */
    public TemplateInstance firstSlide(TimelineHead head, String kind, String actor, String status, String q, String from,
                                       String to) {
        Filters filters = new Filters(kind, actor, status, q, from, to);
        return slide(head, filters.filter(), filters.params(), 0, Paths.story(head.timeline().slug()));
    }

    @Revalidated
    @GET
    @Path("{milestone}")
    public TemplateInstance slide(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                                  @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                                  @QueryParam("status") String status, @QueryParam("q") String q,
                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        return slideOf(head(slug), milestoneSlug, kind, actor, status, q, from, to);
    }

    /** The slide of the milestone {@code milestoneSlug} in the timeline {@code head}: a reader's, or a preview's. */
    public TemplateInstance slideOf(TimelineHead head, String milestoneSlug, String kind, String actor, String status, String q,
                                  String from, String to) {
        String slug = head.timeline().slug();
        Filters filters = new Filters(kind, actor, status, q, from, to);
        MilestoneFilter filter = filters.filter();
        String params = filters.params();
        OptionalInt index = queries.position(head, filter, milestoneSlug);
        if (index.isEmpty() && !params.isEmpty()) {
            // A slide the filters leave out (an address shared without them, edited by hand): shown among all.
            filter = TimelineResource.filter(null, null, null, null, null, null);
            params = "";
            index = queries.position(head, filter, milestoneSlug);
        }
        int at = index.orElseThrow(() -> NotFound.milestone(head.timeline().title(), milestoneSlug));
        return slide(head, filter, params, at, Paths.slide(slug, milestoneSlug));
    }

    /**
     * Story mode's first slide at the timeline's own address, for a timeline whose readers get story mode first
     * (or a link that asks for it with {@code mode=story}): the page is the timeline's, so its canonical address,
     * title and description are the timeline's, and its list is asked for by name.
     */
    public TemplateInstance home(TimelineHead head, String kind, String actor, String status, String q, String from,
                                 String to) {
        Timeline timeline = head.timeline();
        String path = Paths.timeline(timeline.slug());
        Filters filters = new Filters(kind, actor, status, q, from, to);
        Story story = Story.at(queries, head, filters.filter(), 0, REACH, filters.params(), links(timeline, filters.params()));
        PageMeta page = pages.meta(timeline.title(), timeline.description(), path, "article",
                story.current() == null ? null : StructuredData.itemList(timeline.title(), timeline.description(),
                        pages.absolute(path), story.axis().stream().map(Story.Mark::milestone).toList(), pages, timeline.slug()),
                pages.oembed(path));
        if (timeline.cover() != null) {
            page = page.withImage(timeline.cover().url(), timeline.cover().alt());
        }
        return pages.localized(Templates.slide(page, timeline, story));
    }

    private TemplateInstance slide(TimelineHead head, MilestoneFilter filter, String params, int index, String path) {
        Timeline timeline = head.timeline();
        Story story = Story.at(queries, head, filter, index, REACH, params, links(timeline, params));
        // Nothing matches, or the milestones changed between the two queries: the page says there is nothing to show.
        if (story.current() == null) {
            PageMeta page = pages.meta(timeline.title(), timeline.description(), path, "article", null);
            return pages.localized(Templates.slide(page, timeline, story));
        }
        // The first slide's address and its milestone's are one page: search engines keep the milestone's.
        PageMeta page = pages.milestoneMeta(timeline, story.current(), Paths.slide(timeline.slug(), story.current().slug()));
        return pages.localized(Templates.slide(page, timeline, story));
    }

    /** The site's links between slides and to the list, with the reader's filters. */
    static Story.Links links(Timeline timeline, String params) {
        return new Story.SiteLinks(timeline.slug(), params, timeline.defaultView() == ReaderView.STORY);
    }

    private TimelineHead head(String slug) {
        return queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    /** The list's filters, as the address gives them. */
    private record Filters(String kind, String actor, String status, String q, String from, String to) {

        MilestoneFilter filter() {
            return TimelineResource.filter(kind, actor, status, q, from, to);
        }

        /** The filters as {@code &name=value} parameters, for the links between slides. */
        String params() {
            return new TimelineResource.FilterForm(kind, actor, status, q, from, to, null, null, java.util.List.of(), null).query();
        }
    }
}
