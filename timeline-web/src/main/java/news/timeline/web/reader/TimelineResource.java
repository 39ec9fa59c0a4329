package news.timeline.web.reader;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.ReaderView;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.NotFound;
import news.timeline.web.cache.Revalidated;
import news.timeline.web.persistence.Facet;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.MilestoneHistory;
import news.timeline.web.persistence.MilestoneWindow;
import news.timeline.web.persistence.Paged;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.UnknownKey;
import news.timeline.web.persistence.ReaderQueries.Found;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.persistence.TimelineSummary;

/** The list of timelines with search, each timeline's page, and each milestone's permalink page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TimelineResource {

    static final int SEARCH_LIMIT = 50;
    static final int CORRECTIONS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta page, List<TimelineSummary> timelines, String query,
                                             List<Found> results);

        static native TemplateInstance show(PageMeta page, Timeline timeline, MilestoneWindow window,
                                            FilterForm filter, List<Facet> kinds, List<Facet> actors,
                                            List<MilestoneHistory.Correction> corrections, AxisLayout.Axis axis,
                                            String axisList, ListMode list);

        static native TemplateInstance milestone(PageMeta page, Timeline timeline, Milestone milestone);
    }

    /**
     * The filter form as the reader filled it in: the values as typed (so the form shows them again) and
     * the problems with them, next to the field they concern; {@code keyError}, when the address's {@code after} or
     * {@code before} names no milestone of the list, says so over the first page shown instead.
     */
    public record FilterForm(String kind, String actor, String status, String q, String from, String to,
                             String fromError, String toError, List<MilestoneStatus> statuses, String keyError) {

        public boolean isActive() {
            return kind != null || actor != null || status != null || q != null || from != null || to != null;
        }

        /** The address's query string for these filters, with its "?", or nothing: for the links to story mode. */
        public String asQuery() {
            return Paths.withQuery("", query());
        }

        /** The query string that repeats these filters, for links to other windows of the same view. */
        public String query() {
            return Paged.param("kind", kind) + Paged.param("actor", actor) + Paged.param("status", status) + Paged.param("q", q)
                    + Paged.param("from", from) + Paged.param("to", to);
        }
    }

    /**
     * How the list names itself in its links: where the timeline's address shows story mode first, every link
     * that should stay on the list says so ({@code mode=list}), and so does the filter form.
     *
     * @param storyFirst true when the timeline's address shows story mode
     * @param path the list with the reader's filters, for the switch between the views
     * @param pagerQuery the pager's {@code &name=value} parameters: the filters, and the mode when needed
     */
    public record ListMode(boolean storyFirst, String path, String pagerQuery) {

        /** The list without filters, for "Clear filters". */
        public String cleared(String slug) {
            return Paths.withQuery(Paths.timeline(slug), storyFirst ? Paths.LIST_MODE : "");
        }
    }

    /**
     * The parameters that only the list reads (its filters, its pages, a milestone to open it at, and the axis's
     * lanes and span): a link with any of them was made on the list, and opens the list whatever the default.
     */
    static final Set<String> LIST_PARAMETERS = Set.of("kind", "actor", "status", "q", "from", "to",
            "offset", "at", "after", "before", "lanes", "view");

    @Inject
    TimelineStore store;
    @Inject
    StoryResource stories;
    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;
    @Inject
    MilestoneHistory history;

    @GET
    public TemplateInstance index(@QueryParam("q") String q) {
        String query = q == null || q.isBlank() ? null : q.strip();
        List<TimelineSummary> timelines = store.summaries();
        List<Found> results = List.of();
        if (query != null) {
            String lower = query.toLowerCase(java.util.Locale.ROOT);
            timelines = timelines.stream().filter(t -> t.title().toLowerCase(java.util.Locale.ROOT).contains(lower)
                    || (t.description() != null && t.description().toLowerCase(java.util.Locale.ROOT).contains(lower)))
                    .toList();
            results = queries.found(ReaderQueries.Across.TEXT, query, SEARCH_LIMIT);
        }
        PageMeta page = pages.meta(pages.siteName(), "Timelines of the news, each milestone with the sentence that reports it.",
                "/", "website", null);
        return pages.localized(Templates.index(page, timelines, query, results));
    }

    @Revalidated
    @GET
    @Path("timelines/{slug}")
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("kind") String kind,
                                 @QueryParam("actor") String actor, @QueryParam("status") String status,
                                 @QueryParam("q") String q, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("offset") Integer offset,
                                 @QueryParam("at") String at, @QueryParam("after") String after,
                                 @QueryParam("before") String before, @QueryParam("mode") String mode, @Context UriInfo uri) {
        return page(head(slug), kind, actor, status, q, from, to, offset, at, after, before, view(mode, uri));
    }

    /**
     * The view a link to a timeline's address asks for: the one it names ({@code mode=list} or {@code mode=story}),
     * the list when it carries one of the list's own parameters, else none (null), which is the timeline's default.
     */
    public static ReaderView view(String mode, UriInfo uri) {
        ReaderView named = ReaderView.readOrNull(mode);
        if (named != null) {
            return named;
        }
        return uri.getQueryParameters().keySet().stream().anyMatch(LIST_PARAMETERS::contains) ? ReaderView.LIST : null;
    }

    /**
     * The timeline's page of the timeline {@code head}, with the reader's filters: a reader's, or in a preview
     * (PreviewResource) the same page with the drafts.
     */
    public TemplateInstance page(TimelineHead head, String kind, String actor, String status, String q, String from,
                                 String to, Integer offset, String at, String after, String before, ReaderView asked) {
        Timeline timeline = head.timeline();
        String slug = timeline.slug();
        if ((asked == null ? timeline.defaultView() : asked) == ReaderView.STORY) {
            return stories.home(head, kind, actor, status, q, from, to);
        }
        boolean storyFirst = timeline.defaultView() == ReaderView.STORY;
        String fromError = dateError(from);
        String toError = dateError(to);
        MilestoneFilter filter = filter(kind, actor, status, q, from, to);
        // The page the pager's link asks for, or the page of a big timeline that holds the milestone "at"; the first page when none does.
        MilestoneWindow window;
        String keyError = null;
        try {
            window = queries.page(head, filter, offset, after, before, at);
        } catch (UnknownKey e) {
            window = queries.window(head, filter, 0, ReaderQueries.PAGE);
            keyError = DisplayExtensions.messages(pages.locale()).unknownPageKey(e.parameter(), e.slug());
        }
        FilterForm form = new FilterForm(filter.kind() == null ? null : filter.kind().slug(), filter.actor(),
                filter.status() == null ? null : filter.status().slug(), filter.text(), blankToNull(from),
                blankToNull(to), fromError, toError, List.of(MilestoneStatus.values()), keyError);
        String path = Paths.timeline(slug);
        // Where story mode is the timeline's address, the list is a page of its own.
        String canonical = storyFirst ? Paths.withQuery(path, Paths.LIST_MODE) : path;
        PageMeta page = pages.meta(timeline.title(), timeline.description(), canonical, "article",
                StructuredData.itemList(timeline.title(), timeline.description(), pages.absolute(path),
                        window.milestones(), pages, slug), pages.oembed(path));
        if (timeline.cover() != null) {
            page = page.withImage(timeline.cover().url(), timeline.cover().alt());
        }
        String listQuery = form.query() + (storyFirst ? Paths.LIST_MODE : "");
        // A cluster on the axis opens the list of its span, keeping the other filters.
        String axisList = path + "?" + (Paged.param("kind", form.kind()) + Paged.param("actor", form.actor())
                + Paged.param("status", form.status()) + Paged.param("q", form.q())).replaceFirst("^&", "");
        return pages.localized(Templates.show(page, timeline, window, form, queries.kinds(head),
                queries.actors(head), history.corrections(head.id(), CORRECTIONS),
                AxisView.of(timeline, window, pages.locale()), axisList.endsWith("?") ? axisList : axisList + "&",
                new ListMode(storyFirst, Paths.withQuery(path, listQuery), listQuery)));
    }

    @Revalidated
    @GET
    @Path("timelines/{slug}/milestones/{milestone}")
    public TemplateInstance milestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        return milestonePage(head(slug), milestoneSlug);
    }

    /** A milestone's page in the timeline {@code head}: a reader's, or a preview's, which may show a draft. */
    public TemplateInstance milestonePage(TimelineHead head, String milestoneSlug) {
        Timeline timeline = head.timeline();
        String slug = timeline.slug();
        Milestone milestone = queries.milestone(head, milestoneSlug).orElseThrow(() ->
                NotFound.milestone(timeline.title(), milestoneSlug));
        PageMeta page = pages.milestoneMeta(timeline, milestone, Paths.milestone(slug, milestoneSlug));
        return pages.localized(Templates.milestone(page, timeline, milestone));
    }

    /** The reader's filters as typed into the address; unreadable values filter nothing. */
    static MilestoneFilter filter(String kind, String actor, String status, String q, String from, String to) {
        return new MilestoneFilter(MilestoneFilter.readOrNull(kind, MilestoneKind::fromSlug),
                blankToNull(actor), MilestoneFilter.readOrNull(status, MilestoneStatus::fromSlug), q,
                MilestoneFilter.readOrNull(from, HistoricalDate::parse), MilestoneFilter.readOrNull(to, HistoricalDate::parse));
    }

    private TimelineHead head(String slug) {
        return queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    private static String dateError(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            HistoricalDate.parse(value);
            return null;
        } catch (InvalidDateException e) {
            return e.getMessage();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
