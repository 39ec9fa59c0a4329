package news.timeline.web.api;

import static news.timeline.web.editor.EditRules.blank;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import news.timeline.core.actor.Actor;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.web.NotFound;
import news.timeline.web.Problems;
import news.timeline.web.cache.Revalidated;
import news.timeline.web.persistence.MilestoneFilter;
import news.timeline.web.persistence.MilestoneWindow;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.UnknownKey;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import news.timeline.web.reader.Paths;
import news.timeline.web.reader.ReaderLocales;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One window of a timeline's milestones as JSON, with the same filters as the timeline page, so the
 * reader's axis can load the milestones of the span it shows when a timeline is too big for one page.
 * A bad parameter is the caller's mistake: 400 with a message that names it, never 500.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PublicRead
@Tag(name = "Public")
public class MilestonesResource {

    /**
     * What the axis needs to draw and link a milestone; the page itself has the rest. {@code label} is the date as the
     * page shows it, in the language asked for ({@code lang}).
     */
    public record Item(String slug, String headline, String date, String label, Long start, Long end, String kind,
                       String status, List<String> actors, int importance, String path) {
    }

    public record Page(String timeline, long matching, int offset, int limit, List<Item> milestones,
                       List<MilestoneWindow.YearCount> years, long undated) {
    }

    /** A parameter that cannot be read: the API's 400 naming it, answered as it is. */
    static final class BadParameter extends jakarta.ws.rs.WebApplicationException {
        BadParameter(String parameter, String message) {
            super(message, Problems.of(parameter, message).response(400));
        }
    }

    @Inject
    ReaderQueries queries;

    @Revalidated
    @GET
    @Path("api/timelines/{slug}/milestones")
    @Operation(summary = "One window of a timeline's milestones for the reader's axis, with per-year counts",
            description = "At most " + ReaderQueries.WINDOW + " milestones per response; page with offset, and with after:"
                    + " the slug of the previous window's last milestone, from which the next is read however deep it is"
                    + " (offset then numbers it).")
    @APIResponse(responseCode = "200", description = "The window")
    @APIResponse(responseCode = "400", description = "A parameter cannot be read; the body names it")
    @APIResponse(responseCode = "404", description = "No readable timeline has this slug")
    public Response milestones(@PathParam("slug") String slug, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("kind") String kind,
                               @QueryParam("actor") String actor, @QueryParam("status") String status,
                               @QueryParam("q") String q, @QueryParam("offset") String offset,
                               @QueryParam("after") String after, @QueryParam("lang") String lang) {
        MilestoneFilter filter = filter(from, to, kind, actor, status, q);
        int start = offset(offset);
        TimelineHead timeline = queries.head(slug).orElseThrow(() -> NotFound.timeline(slug));
        return Response.ok(window(timeline, filter, blank(offset) ? null : start, after, lang)).build();
    }

    /**
     * The window of the timeline {@code head}'s milestones that the reader's axis asked for: a reader's, or a
     * preview's with the drafts (PreviewResource).
     */
    public Page window(TimelineHead head, String from, String to, String kind, String actor, String status, String q,
                       String offset, String after, String lang) {
        MilestoneFilter filter = filter(from, to, kind, actor, status, q);
        int start = offset(offset);
        return window(head, filter, blank(offset) ? null : start, after, lang);
    }

    /** The window at {@code offset} (0 when null), or, given {@code after}, the one after that milestone, read from its key. */
    private Page window(TimelineHead head, MilestoneFilter filter, Integer offset, String after, String lang) {
        return page(head, blank(after) ? queries.window(head, filter, offset == null ? 0 : offset, ReaderQueries.WINDOW)
                : keyed(() -> queries.windowAfter(head, filter, after, offset, ReaderQueries.WINDOW)), lang);
    }

    /** A window read from a milestone's key; a key that names none of the milestones asked for is a 400 naming it. */
    static MilestoneWindow keyed(java.util.function.Supplier<MilestoneWindow> window) {
        try {
            return window.get();
        } catch (UnknownKey e) {
            throw new BadParameter(e.parameter(), e.getMessage());
        }
    }

    /** The filter the parameters ask for; a parameter that cannot be read is a 400 naming it. */
    private static MilestoneFilter filter(String from, String to, String kind, String actor, String status, String q) {
        return new MilestoneFilter(named("kind", kind, MilestoneKind::fromSlug), actor,
                named("status", status, MilestoneStatus::fromSlug), q, date("from", from), date("to", to));
    }

    private Page page(TimelineHead head, MilestoneWindow window, String lang) {
        String slug = head.timeline().slug();
        // The page's own languages and fallback, so a label reads as the page around it does.
        HistoricalDateFormat dates = HistoricalDateFormat.of(ReaderLocales.resolve(lang, null, null));
        List<Item> items = window.milestones().stream().map(m -> item(m, slug, dates)).toList();
        return new Page(slug, window.matching(), window.offset(), ReaderQueries.WINDOW, items, window.years(), window.undated());
    }

    private static Item item(Milestone m, String timelineSlug, HistoricalDateFormat dates) {
        return new Item(m.slug(), m.headline(), m.date() == null ? null : m.date().toString(),
                m.date() == null ? null : dates.format(m.date()),
                m.date() == null ? null : m.date().startDay().toEpochDay(),
                m.date() == null ? null : m.date().endDayExclusive().toEpochDay(),
                m.kind().slug(), m.status().slug(), m.actors().stream().map(Actor::slug).toList(), m.importance(),
                Paths.milestone(timelineSlug, m.slug()));
    }

    static HistoricalDate date(String parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return HistoricalDate.parse(value.strip());
        } catch (InvalidDateException e) {
            throw new BadParameter(parameter, "Parameter '" + parameter + "': " + e.getMessage());
        }
    }

    /** A kind or a status by its slug, as {@code fromSlug} reads it; null when the parameter is blank. */
    private static <T> T named(String parameter, String value, Function<String, T> fromSlug) {
        try {
            return blank(value) ? null : fromSlug.apply(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(parameter, "Parameter '" + parameter + "': no " + parameter + " called '" + value.strip() + "'.");
        }
    }

    static int offset(String value) {
        if (blank(value)) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what is allowed.
        }
        throw new BadParameter("offset", "Parameter 'offset' must be a whole number from 0 on, not '" + value + "'.");
    }
}
