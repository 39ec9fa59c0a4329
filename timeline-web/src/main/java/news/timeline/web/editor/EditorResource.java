package news.timeline.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.milestone.MediaCard;
import news.timeline.web.FieldMessages;
import news.timeline.web.NotFound;
import news.timeline.web.Words;
import news.timeline.web.form.Flash;
import news.timeline.web.form.FormErrors;
import news.timeline.web.importing.ImportQueue;
import news.timeline.web.oembed.MediaCards;
import news.timeline.web.persistence.MilestoneHistory;
import news.timeline.web.persistence.Paged;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.EditorSessions;
import news.timeline.web.security.SingleSignOn;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The editor's pages: timelines, and milestones in them. Every change is a POST with a CSRF token that
 * redirects to a page on success (post-redirect-get) and shows the form again, with a message beside
 * each wrong field, on failure.
 */
@Path("/editor")
@RolesAllowed(AccountIdentityProvider.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class EditorResource {

    @CheckedTemplate
    public static class Templates {
        static native TemplateInstance index(PageMeta page, String flash, String signedInAs,
                                             List<EditorService.TimelineRow> timelines, TimelineForm form,
                                             Map<String, String> errors);

        static native TemplateInstance timeline(PageMeta page, String flash, Timeline timeline,
                                                EditorService.MilestoneRows rows, TimelineForm form,
                                                Map<String, String> errors, EmbedPanel embed,
                                                List<MilestoneHistory.Note> notes, NoteForm noteForm,
                                                news.timeline.web.preview.PreviewPanel preview);

        /** Also the form in which an editor edits an import candidate before accepting it. */
        public static native TemplateInstance milestone(PageMeta page, String timelineSlug, String timelineTitle,
                                                 String milestoneSlug, MilestoneForm form, Map<String, String> errors,
                                                 Choices choices);

        static native TemplateInstance history(PageMeta page, String flash, String timelineSlug, String milestoneSlug,
                                               String headline, List<MilestoneHistory.Version> versions);

        static native TemplateInstance conflict(PageMeta page, String timelineSlug, String milestoneSlug,
                                                MilestoneForm mine, MilestoneForm theirs, Choices choices);

        static native TemplateInstance logout(PageMeta page, String sso);
    }

    /** The note form as typed, and what is wrong with it. */
    public record NoteForm(String note, Map<String, String> errors) {
        static final NoteForm EMPTY = new NoteForm("", Map.of());
    }

    /** What the milestone form's lists offer. */
    public record Choices(List<MilestoneKind> kinds, List<MilestoneStatus> statuses, List<String> actors,
                          List<String> places) {
        public static Choices of(EditorService editor) {
            return new Choices(List.of(MilestoneKind.values()), List.of(MilestoneStatus.values()), editor.actorNames(),
                    editor.placeNames());
        }
    }

    @Inject
    EditorService editor;
    @Inject
    MilestoneHistory history;
    @Inject
    ImportQueue imports;
    @Inject
    EditorSessions sessions;
    @Inject
    SingleSignOn singleSignOn;
    @Inject
    Accounts accounts;
    @Inject
    SecurityIdentity identity;
    @Inject
    Pages pages;
    @Inject
    MediaCards mediaCards;
    @Inject
    news.timeline.web.preview.PreviewLinksResource previews;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    /**
     * The page the footer's "Sign out" opens: signing out is a form with its CSRF token, and the readers'
     * pages, where the footer also is, carry no token (they set no cookie).
     */
    @GET
    @Path("logout")
    public TemplateInstance logoutPage() {
        return pages.localized(Templates.logout(pages.meta(pages.editorWords().signOutTitle(), "/editor/logout"),
                singleSignOn.enabled() ? singleSignOn.label() : null));
    }

    /** Signs out: the session ends on the server, its cookie is cleared and the editor lands on the public index. */
    @POST
    @Path("logout")
    public Response logout(@jakarta.ws.rs.core.Context io.quarkus.security.identity.SecurityIdentity identity) {
        sessions.close(identity.getAttribute(EditorSessions.TOKEN));
        return Response.seeOther(URI.create("/"))
                .cookie(new jakarta.ws.rs.core.NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0)
                        .httpOnly(true).build())
                .build();
    }

    @GET
    public Response index(@CookieParam(Flash.COOKIE) String flash) {
        return page(Templates.index(pages.meta(pages.editorWords().editorTitle(), "/editor"), Flash.read(flash), signedInAs(),
                editor.timelines(), TimelineForm.blank(), Map.of()), flash);
    }

    /**
     * "Signed in as Alice (alice)": which account the session is, which after single sign-on is the account
     * the provider's person was matched to.
     */
    private String signedInAs() {
        return Words.fields(pages.locale()).signedInAs(accounts.nameOf(identity.getPrincipal().getName()));
    }

    @POST
    @Path("timelines")
    public Response createTimeline(@BeanParam TimelineForm form) {
        try {
            String created = editor.createTimeline(form);
            return Flash.redirect("/editor/timelines/" + created, pages.editorWords().timelineCreated());
        } catch (FormErrors e) {
            return again(Templates.index(pages.meta(pages.editorWords().editorTitle(), "/editor"), null, signedInAs(),
                    editor.timelines(), form, e.fields()));
        }
    }

    @GET
    @Path("timelines/{slug}")
    public Response timeline(@PathParam("slug") String slug, @CookieParam(Flash.COOKIE) String flash,
                             @QueryParam("find") String find, @QueryParam("show") String show,
                             @QueryParam("start") String start, @QueryParam("at") String at,
                             @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        EditorService.EditableTimeline editable = editableTimeline(slug);
        EditorService.MilestoneRows rows = editor.milestoneRows(slug, find, show, at, Paged.offset(start));
        return page(timelinePage(editable.timeline(), Flash.read(flash), rows, TimelineForm.of(editable), Map.of(),
                NoteForm.EMPTY, uri.getQueryParameters()), flash);
    }

    @POST
    @Path("timelines/{slug}")
    public Response updateTimeline(@PathParam("slug") String slug, @BeanParam TimelineForm form) {
        Timeline timeline = editableTimeline(slug).timeline();
        if (form.wantsAnotherRow()) {
            return Response.ok(pages.localized(timelinePage(timeline, form, Map.of(), NoteForm.EMPTY))).build();
        }
        try {
            editor.updateTimeline(slug, form);
            return Flash.redirect("/editor/timelines/" + slug, pages.editorWords().timelineSaved());
        } catch (FormErrors e) {
            return again(timelinePage(timeline, form, e.fields(), NoteForm.EMPTY));
        } catch (StaleEdit e) {
            return again(timelinePage(timeline, form,
                    Map.of("title", "Someone else changed this timeline since you opened it; reload to see their changes"), NoteForm.EMPTY));
        }
    }

    /** The timeline's page shown again for a form, at the start of its milestones' list. */
    private TemplateInstance timelinePage(Timeline timeline, TimelineForm form, Map<String, String> errors, NoteForm note) {
        return timelinePage(timeline, null, editor.milestoneRows(timeline.slug(), null, null, null, 0), form, errors, note,
                new jakarta.ws.rs.core.MultivaluedHashMap<>());
    }

    /** The timeline's page: its settings form, its notes, a page of its milestones and the embed panel set by {@code query}. */
    private TemplateInstance timelinePage(Timeline timeline, String flash, EditorService.MilestoneRows rows, TimelineForm form,
                                          Map<String, String> errors, NoteForm note,
                                          jakarta.ws.rs.core.MultivaluedMap<String, String> query) {
        var preview = previews.panel(timeline, query.getFirst(news.timeline.web.preview.PreviewLinksResource.SHOWN));
        return Templates.timeline(pages.meta(pages.editorWords().editTitle(timeline.title()), "/editor/timelines/" + timeline.slug()), flash,
                timeline, rows, form, errors, EmbedPanel.of(pages.absolute(""), pages.requestOrigin(), timeline.slug(), timeline.title(), query)
                        .through(preview.frame()),
                history.notes(timeline.slug()), note, preview);
    }

    /** A note to readers under "Updates and corrections", for instance why a milestone was withdrawn. */
    @POST
    @Path("timelines/{slug}/notes")
    public Response addNote(@PathParam("slug") String slug, @RestForm String note,
                            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        EditorService.EditableTimeline editable = editableTimeline(slug);
        try {
            editor.addNote(slug, note, security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName());
            return Flash.redirect("/editor/timelines/" + slug + "#notes-heading", pages.editorWords().notePublished());
        } catch (FormErrors e) {
            return again(timelinePage(editable.timeline(), TimelineForm.of(editable), Map.of(), new NoteForm(note, e.fields())));
        }
    }

    @POST
    @Path("timelines/{slug}/notes/{id}/delete")
    public Response removeNote(@PathParam("slug") String slug, @PathParam("id") long id) {
        editor.removeNote(slug, id);
        return Flash.redirect("/editor/timelines/" + slug + "#notes-heading", pages.editorWords().noteWithdrawn());
    }

    @GET
    @Path("timelines/{slug}/milestones/new")
    public TemplateInstance newMilestone(@PathParam("slug") String slug) {
        return pages.localized(Templates.milestone(pages.meta(pages.editorWords().newMilestone(), "/editor/timelines/" + slug + "/milestones/new"),
                slug, editor.title(slug), null, MilestoneForm.blank(), Map.of(), Choices.of(editor)));
    }

    @POST
    @Path("timelines/{slug}/milestones")
    public Response createMilestone(@PathParam("slug") String slug, @BeanParam MilestoneForm form,
                                    @RestForm Long candidate) {
        if (candidate == null) {
            return save(slug, null, form);
        }
        // The form was opened from the import queue: saving it accepts that candidate, in one transaction.
        Response saved = save(slug, null, form,
                cards -> imports.acceptEdited(slug, candidate, () -> editor.saveMilestone(slug, null, form, cards)));
        if (saved.getEntity() instanceof TemplateInstance again) {
            again.data("candidate", candidate);
        }
        return saved;
    }

    @GET
    @Path("timelines/{slug}/milestones/{milestone}")
    public Response editMilestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                                  @CookieParam(Flash.COOKIE) String flash) {
        String title = editor.title(slug);
        EditorService.EditableMilestone m = editor.milestone(slug, milestoneSlug)
                .orElseThrow(() -> NotFound.milestone(milestoneSlug));
        // Accepting an import candidate lands here, with a word on what to check.
        return page(Templates.milestone(pages.meta(pages.editorWords().editTitle(m.milestone().headline()),
                        "/editor/timelines/" + slug + "/milestones/" + milestoneSlug), slug, title, milestoneSlug,
                editor.withNewNames(MilestoneForm.of(m.milestone(), m.published(), m.version())), Map.of(), Choices.of(editor))
                .data("flash", Flash.read(flash)), flash);
    }

    @POST
    @Path("timelines/{slug}/milestones/{milestone}")
    public Response updateMilestone(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                                    @BeanParam MilestoneForm form) {
        return save(slug, milestoneSlug, form);
    }

    @POST
    @Path("timelines/{slug}/milestones/{milestone}/delete")
    public Response delete(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        editor.delete(slug, milestoneSlug);
        return Flash.redirect(row(slug, milestoneSlug), pages.editorWords().milestoneDeleted());
    }

    @POST
    @Path("timelines/{slug}/milestones/{milestone}/restore")
    public Response restore(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug) {
        editor.restore(slug, milestoneSlug);
        return Flash.redirect(row(slug, milestoneSlug), pages.editorWords().milestoneRestored());
    }

    @GET
    @Path("timelines/{slug}/milestones/{milestone}/history")
    public Response history(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                            @CookieParam(Flash.COOKIE) String flash) {
        EditorService.EditableMilestone m = editor.milestone(slug, milestoneSlug)
                .orElseThrow(() -> NotFound.milestone(milestoneSlug));
        String path = "/editor/timelines/" + slug + "/milestones/" + milestoneSlug + "/history";
        return page(Templates.history(pages.meta(pages.editorWords().historyOf(m.milestone().headline()), path), Flash.read(flash), slug,
                milestoneSlug, m.milestone().headline(), history.versions(slug, milestoneSlug)), flash);
    }

    @POST
    @Path("timelines/{slug}/milestones/{milestone}/history/{revision}/restore")
    public Response restoreVersion(@PathParam("slug") String slug, @PathParam("milestone") String milestoneSlug,
                                   @PathParam("revision") long revision) {
        history.restore(slug, milestoneSlug, revision);
        return Flash.redirect("/editor/timelines/" + slug + "/milestones/" + milestoneSlug + "/history",
                pages.editorWords().versionRestored(revision));
    }

    private Response save(String slug, String milestoneSlug, MilestoneForm form) {
        return save(slug, milestoneSlug, form, cards -> editor.saveMilestone(slug, milestoneSlug, form, cards));
    }

    /**
     * Asks the media's providers for their cards, runs {@code store}, which saves the milestone with them, and
     * answers as the form expects: the notice after saving says which items were saved without a card, and why.
     */
    private Response save(String slug, String milestoneSlug, MilestoneForm form,
                          java.util.function.Function<Map<String, MediaCard>, EditorService.Saved> store) {
        String title = editor.title(slug);
        try {
            // A wrong field is told before any provider is asked, which may take the save's whole time for them.
            editor.checkMilestone(form);
            MediaCards.Looked looked = mediaCards.lookUp(form.mediaSent(), editor.storedMedia(slug, milestoneSlug));
            EditorService.Saved saved = store.apply(looked.cards());
            String message = saved.removed().isEmpty() ? pages.editorWords().milestoneSaved()
                    : pages.editorWords().milestoneSavedCleaned(String.join(", ", saved.removed().stream()
                    .map(r -> r.equals("a") ? pages.editorWords().removedLink() : r).toList()));
            FieldMessages words = Words.fields(pages.locale());
            return Flash.redirect(row(slug, saved.slug()), withNotices(message, looked.say(words), words));
        } catch (FormErrors e) {
            String path = "/editor/timelines/" + slug + "/milestones/" + (milestoneSlug == null ? "new" : milestoneSlug);
            return again(Templates.milestone(pages.meta(milestoneSlug == null ? pages.editorWords().newMilestone() : pages.editorWords().editMilestone(), path), slug,
                    title, milestoneSlug, editor.withNewNames(form), e.fields(), Choices.of(editor)));
        } catch (StaleEdit e) {
            // Renamed since the form was opened: theirs is under its new address, and the form posts there.
            String now = e.currentSlug(milestoneSlug);
            EditorService.EditableMilestone current = editor.milestone(slug, now)
                    .orElseThrow(() -> NotFound.milestone(now));
            MilestoneForm theirs = MilestoneForm.of(current.milestone(), current.published(), current.version());
            return Response.status(Response.Status.CONFLICT).entity(pages.localized(Templates.conflict(
                    pages.meta(pages.editorWords().conflictTitle(), "/editor/timelines/" + slug), slug, now, form, theirs, Choices.of(editor)))).build();
        }
    }

    /** How many notices about media cards the flash message carries (a cookie holds a few kilobytes); then how many more. */
    private static final int NOTICES_SHOWN = 3;

    private static String withNotices(String message, List<String> notices, FieldMessages words) {
        if (notices.isEmpty()) {
            return message;
        }
        String shown = String.join(" ", notices.subList(0, Math.min(NOTICES_SHOWN, notices.size())));
        return message + ". " + shown + (notices.size() > NOTICES_SHOWN
                ? " " + words.cardMore(Integer.toString(notices.size() - NOTICES_SHOWN)) : "");
    }

    /** The editor's list of a timeline at the page that holds this milestone's row. */
    private static String row(String slug, String milestoneSlug) {
        return "/editor/timelines/" + slug + "?at=" + milestoneSlug + "#row-" + milestoneSlug;
    }

    private EditorService.EditableTimeline editableTimeline(String slug) {
        return editor.timeline(slug).orElseThrow(() -> NotFound.timeline(slug));
    }

    private Response again(TemplateInstance template) {
        return Flash.again(pages.localized(template));
    }

    private Response page(TemplateInstance template, String flash) {
        return Flash.page(pages.localized(template), flash);
    }

}
