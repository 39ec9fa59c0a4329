package news.timeline.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.timeline.web.NotFound;
import news.timeline.web.Problems;
import news.timeline.web.Words;
import news.timeline.web.api.ApiModel.Accepted;
import news.timeline.web.api.ApiModel.Candidate;
import news.timeline.web.api.ApiModel.Candidates;
import news.timeline.web.api.ApiModel.Conflict;
import news.timeline.web.api.ApiModel.EditorMilestone;
import news.timeline.web.api.ApiModel.EditorMilestoneRow;
import news.timeline.web.api.ApiModel.EditorTimeline;
import news.timeline.web.api.ApiModel.EditorTimelineItem;
import news.timeline.web.api.ApiModel.EditorTimelineList;
import news.timeline.web.api.ApiModel.ImportRequest;
import news.timeline.web.api.ApiModel.MilestoneInput;
import news.timeline.web.api.ApiModel.MilestoneView;
import news.timeline.web.api.ApiModel.NewTimeline;
import news.timeline.web.api.ApiModel.TimelineChange;
import news.timeline.web.api.ApiModel.TimelineConflict;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.StaleEdit;
import news.timeline.web.form.FormErrors;
import news.timeline.web.importing.ImportIntake;
import news.timeline.web.importing.ImportQueue;
import news.timeline.web.oembed.MediaCards;
import news.timeline.web.reader.ErrorPages;
import news.timeline.web.reader.Pages;
import news.timeline.web.reader.Paths;
import news.timeline.web.security.AccountIdentityProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The editor's work as JSON, for programs: timelines, milestones with optimistic locking, and the import
 * queue. Only an API token opens it ({@link BearerTokenMechanism}); the same services as the editor's pages
 * do the work, so the rules, the validation and the history are the same.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccountIdentityProvider.EDITOR)
@CustomDeserialization(StrictReader.class)
@SecurityRequirement(name = ApiDocument.BEARER)
@Tag(name = "Editor", description = "Changing timelines; needs an API token (Authorization: Bearer ...).")
@APIResponse(responseCode = "401", description = "No token, or an unknown, revoked or expired one, or a disabled account")
public class EditorApiResource {

    private static final String TIMELINE = "api/editor/timelines/{slug}";
    private static final String MILESTONE = TIMELINE + "/milestones/{milestone}";

    @Inject
    EditorService editor;
    @Inject
    ImportIntake intake;
    @Inject
    ImportQueue imports;
    @Inject
    Pages pages;
    @Inject
    MediaCards mediaCards;
    @Inject
    ErrorPages errors;

    @GET
    @Path("api/editor/timelines")
    @Operation(summary = "Every timeline, drafts and archived ones included")
    @APIResponse(responseCode = "200", description = "The timelines with their counts")
    public EditorTimelineList timelines() {
        return new EditorTimelineList(editor.timelines().stream()
                .map(t -> new EditorTimelineItem(t.slug(), t.title(), t.state().slug(), t.milestones(), t.drafts(), t.deleted()))
                .toList());
    }

    @POST
    @Path("api/editor/timelines")
    @Operation(summary = "Create a timeline (a draft unless a state is given)")
    @APIResponse(responseCode = "201", description = "Created; Location is its address in the API",
            content = @Content(schema = @Schema(implementation = EditorTimeline.class)))
    @APIResponse(responseCode = "422", description = "A field is wrong; each problem names its field",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response createTimeline(NewTimeline body) {
        String slug = editor.createTimeline(required(body));
        return Response.created(URI.create(pages.absolute("/api/editor/timelines/" + slug))).entity(timelineView(slug)).build();
    }

    @GET
    @Path(TIMELINE)
    @Operation(summary = "A timeline with every milestone, drafts and deleted ones included, and its version")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No timeline has this slug")
    public EditorTimeline timeline(@PathParam("slug") String slug) {
        return timelineView(slug);
    }

    @PUT
    @Path(TIMELINE)
    @Operation(summary = "Change a timeline's title, description, state or embedding sites",
            description = "Send the version you read; if someone changed the timeline since, the answer is 409 with "
                    + "the current timeline. The slug cannot change.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = EditorTimeline.class)))
    @APIResponse(responseCode = "404", description = "No timeline has this slug")
    @APIResponse(responseCode = "409", description = "The version is not the current one (also when the milestone was renamed since)",
            content = @Content(schema = @Schema(implementation = TimelineConflict.class)))
    @APIResponse(responseCode = "422", description = "A field is wrong", content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response updateTimeline(@PathParam("slug") String slug, TimelineChange body) {
        TimelineChange in = required(body);
        requireTimeline(slug);
        try {
            editor.updateTimeline(slug, in);
            return Response.ok(timelineView(slug)).build();
        } catch (StaleEdit e) {
            EditorTimeline current = timelineView(slug);
            return Response.status(Response.Status.CONFLICT).entity(new TimelineConflict(
                    "The timeline changed since version " + in.version() + "; it is now at version " + current.version(),
                    in.version(), current.version(), in, current)).build();
        }
    }

    @GET
    @Path(MILESTONE)
    @Operation(summary = "A milestone, draft or deleted ones included, with its version")
    @APIResponse(responseCode = "200", description = "The milestone")
    @APIResponse(responseCode = "404", description = "No such timeline or milestone")
    public EditorMilestone milestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        return milestoneView(slug, milestoneSlug);
    }

    @POST
    @Path(TIMELINE + "/milestones")
    @Operation(summary = "Add a milestone to a timeline")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EditorMilestone.class)))
    @APIResponse(responseCode = "404", description = "No timeline has this slug")
    @APIResponse(responseCode = "422", description = "A field is wrong", content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response createMilestone(@PathParam("slug") String slug, MilestoneInput body) {
        requireTimeline(slug);
        MilestoneInput in = required(body);
        editor.checkMilestone(in);
        MediaCards.Looked looked = mediaCards.lookUp(in.mediaSent(), List.of());
        String created = editor.saveMilestone(slug, null, in, looked.cards()).slug();
        return Response.created(URI.create(pages.absolute("/api/editor/timelines/" + slug + "/milestones/" + created)))
                .entity(milestoneView(slug, created).with(looked.say(Words.fields(pages.locale())))).build();
    }

    @PUT
    @Path(MILESTONE)
    @Operation(summary = "Replace a milestone",
            description = "Send every field, and the version you read. If someone saved the milestone since, nothing "
                    + "is overwritten: the answer is 409 with your version and theirs.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = EditorMilestone.class)))
    @APIResponse(responseCode = "404", description = "No such timeline or milestone")
    @APIResponse(responseCode = "409", description = "The version is not the current one (also when the milestone was renamed since)",
            content = @Content(schema = @Schema(implementation = Conflict.class)))
    @APIResponse(responseCode = "422", description = "A field is wrong", content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response updateMilestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                                    MilestoneInput body) {
        MilestoneInput in = required(body);
        if (editor.milestone(slug, milestoneSlug).isEmpty() && editor.renamed(slug, milestoneSlug).isEmpty()) {
            throw NotFound.milestone(slug, milestoneSlug);
        }
        if (in.version() == null) {
            throw FormErrors.of("version", "Send the version of the milestone you are changing");
        }
        editor.checkMilestone(in);
        try {
            MediaCards.Looked looked = mediaCards.lookUp(in.mediaSent(), editor.storedMedia(slug, milestoneSlug));
            String saved = editor.saveMilestone(slug, milestoneSlug, in, looked.cards()).slug();
            return Response.ok(milestoneView(slug, saved).with(looked.say(Words.fields(pages.locale())))).build();
        } catch (StaleEdit e) {
            // Renamed since it was read: theirs is at its new address, which the answer's current version names.
            String now = e.currentSlug(milestoneSlug);
            EditorMilestone current = milestoneView(slug, now);
            return Response.status(Response.Status.CONFLICT).entity(new Conflict("The milestone changed since version "
                    + in.version() + "; it is now at version " + current.version()
                    + (now.equals(milestoneSlug) ? "" : ", under the address '" + now + "'"), in.version(), current.version(), in,
                    current)).build();
        }
    }

    @DELETE
    @Path(MILESTONE)
    @Operation(summary = "Delete a milestone softly: readers no longer see it, and it can be restored")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such timeline or milestone")
    public Response delete(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        editor.delete(slug, milestoneSlug);
        return Response.noContent().build();
    }

    @POST
    @Path(MILESTONE + "/restore")
    @Operation(summary = "Restore a deleted milestone")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(schema = @Schema(implementation = EditorMilestone.class)))
    @APIResponse(responseCode = "404", description = "No such timeline or milestone")
    public EditorMilestone restore(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        editor.restore(slug, milestoneSlug);
        return milestoneView(slug, milestoneSlug);
    }

    @POST
    @Path(TIMELINE + "/imports")
    @Operation(summary = "Import an article's text: its candidate milestones join the timeline's review queue",
            description = "Importing the same text again adds nothing.")
    @APIResponse(responseCode = "200", description = "How many candidates were added, and the whole queue",
            content = @Content(schema = @Schema(implementation = Candidates.class)))
    @APIResponse(responseCode = "404", description = "No timeline has this slug")
    @APIResponse(responseCode = "422", description = "The text or publication date is missing or wrong",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    public Candidates importArticle(@PathParam("slug") String slug, ImportRequest body) {
        ImportRequest in = required(body);
        int added = intake.importText(slug, in.text(), in.published(), in.title(), in.outlet(), in.url());
        return new Candidates(added, candidates(slug));
    }

    @GET
    @Path(TIMELINE + "/candidates")
    @Operation(summary = "The candidates waiting for review")
    @APIResponse(responseCode = "200", description = "The queue, oldest import first")
    @APIResponse(responseCode = "404", description = "No timeline has this slug")
    public Candidates pending(@PathParam("slug") String slug) {
        requireTimeline(slug);
        return new Candidates(null, candidates(slug));
    }

    @POST
    @Path(TIMELINE + "/candidates/{id}/accept")
    @Operation(summary = "Accept a candidate: it becomes a draft milestone of the timeline")
    @APIResponse(responseCode = "201", description = "Accepted; Location is the new milestone",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "404", description = "No pending candidate with this id in this timeline")
    public Response accept(@PathParam("slug") String slug, @PathParam("id") long id) {
        String created = imports.accept(slug, id);
        String url = pages.absolute("/api/editor/timelines/" + slug + "/milestones/" + created);
        return Response.created(URI.create(url)).entity(new Accepted(created, url)).build();
    }

    @POST
    @Path(TIMELINE + "/candidates/{id}/reject")
    @Operation(summary = "Reject a candidate: it leaves the queue")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "404", description = "No pending candidate with this id in this timeline")
    public Response reject(@PathParam("slug") String slug, @PathParam("id") long id) {
        imports.reject(slug, id);
        return Response.noContent().build();
    }

    /** Field errors: 422, each problem naming its field. */
    @ServerExceptionMapper
    public Response invalid(FormErrors e) {
        return new Problems(e.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(f -> new Problems.Problem(f.getKey(), f.getValue())).toList()).response(422);
    }

    /** A body that is not JSON, or JSON of the wrong shape: 400 naming where. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problems.of(field(e), message(e)).response(400);
    }

    /**
     * A JSON body the framework's reader refused is answered as above; its other refusals (415 for a body
     * that is not JSON) as on every other API address.
     */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri, Request request) {
        return e.getCause() instanceof JsonProcessingException json ? unreadable(json) : errors.unexpected(e, uri, request);
    }

    /** The body of a changing request; without one, the API's 400 that says so. */
    private static <T> T required(T body) {
        if (body == null) {
            throw new WebApplicationException(Problems.of(null, "The request has no body; send a JSON object").response(400));
        }
        return body;
    }

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return null;
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        if (e instanceof JsonMappingException) {
            return "Wrong type of value" + where + ": " + firstLine(e.getOriginalMessage());
        }
        return "The body is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * A 404 when no timeline has this slug. Only the timeline's row is read: {@link #timelineView} lists every
     * milestone, which made each create of a 100,000-milestone timeline cost seconds.
     */
    private void requireTimeline(String slug) {
        editor.title(slug);
    }

    private EditorTimeline timelineView(String slug) {
        EditorService.EditableTimeline editable = editor.timeline(slug).orElseThrow(() -> NotFound.timeline(slug));
        var t = editable.timeline();
        return new EditorTimeline(t.slug(), t.title(), t.description(), t.state().slug(), t.embedOrigins(), t.defaultView().slug(),
                editable.version(),
                editor.allMilestoneRows(slug).stream().map(m -> new EditorMilestoneRow(m.slug(), m.headline(), m.date(),
                        m.status().slug(), m.published(), m.deleted())).toList());
    }

    private EditorMilestone milestoneView(String slug, String milestoneSlug) {
        EditorService.EditableMilestone m = editor.milestone(slug, milestoneSlug)
                .orElseThrow(() -> NotFound.milestone(slug, milestoneSlug));
        return new EditorMilestone(MilestoneView.of(m.milestone(),
                pages.absolute(Paths.milestone(slug, milestoneSlug))), m.published(), m.deleted(), m.version(), List.of());
    }

    /** The most candidates one answer lists: the first ones waiting; accept or reject them to see more. */
    static final int MAX_CANDIDATES = 1000;

    private List<Candidate> candidates(String slug) {
        return imports.pending(slug, 0, MAX_CANDIDATES).stream()
                .map(p -> new Candidate(p.id(), MilestoneView.of(p.milestone(), null), p.confidence(), p.flags())).toList();
    }
}
