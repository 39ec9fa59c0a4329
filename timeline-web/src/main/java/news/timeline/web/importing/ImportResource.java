package news.timeline.web.importing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.milestone.Milestone;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.editor.EditorResource;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.form.Flash;
import news.timeline.web.form.FormErrors;
import news.timeline.web.FieldMessages;
import news.timeline.web.NotFound;
import news.timeline.web.Words;
import news.timeline.web.persistence.Paged;
import news.timeline.web.persistence.ReviewActionEntity;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A timeline's import page: articles come in pasted, uploaded or fetched from a URL; uploaded and fetched
 * ones wait for their publication date to be confirmed; candidates wait for review, grouped by article and
 * a page at a time, where the editor accepts (as drafts or published) or rejects many at once and may undo
 * that, accepts one after editing it, or merges one into an existing milestone.
 */
@Path("/editor/timelines/{slug}/import")
@RolesAllowed(AccountIdentityProvider.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(PageMeta page, String flash, String timelineSlug, String timelineTitle,
                                              ImportForm form, Map<String, String> errors, List<ImportQueue.Staged> staged,
                                              ImportQueue.PendingPage pending, String maxSize, boolean admin,
                                              ImportReview.LastAction last, boolean selectAll, JobList jobs);

        /** The list of background imports alone, as the page's script asks for it while one is pending. */
        static native TemplateInstance review$jobs(String timelineSlug, JobList jobs);
    }

    /**
     * A background import as the page lists it, its words in the editor's language: what was asked (an address
     * or a file's name), by whom and when, and where it stands.
     */
    public record JobLine(long id, String what, boolean address, String asked, String status, boolean pending,
                          boolean failed) {
    }

    /** The timeline's recent background imports, newest first, and how many of them have not finished. */
    public record JobList(List<JobLine> lines, int pending) {
    }

    /** The longest address a job keeps (its column's width); a browser's own limit is about as long. */
    static final int MAX_ADDRESS = 2000;

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** What the page's forms hold as typed: the pasted article, the fetched address, confirmed dates by staged id. */
    public record ImportForm(String text, String published, String title, String outlet, String url,
                             String uploadPublished, String address, Map<String, String> dates) {

        static ImportForm blank() {
            return new ImportForm("", "", "", "", "", "", "", Map.of());
        }

        /** The date typed for a staged article, or what its metadata says. */
        public String date(ImportQueue.Staged staged) {
            return dates.getOrDefault(Long.toString(staged.id()), staged.published());
        }
    }

    @Inject
    ImportIntake intake;
    @Inject
    ImportQueue imports;
    @Inject
    ImportReview review;
    @Inject
    ImportJobs jobs;
    @Inject
    EditorService editor;
    @Inject
    Pages pages;
    @Inject
    SecurityIdentity identity;
    @Inject
    TimelineConfig config;

    /** The page; {@code offset} is the review's page, {@code select=all} ticks every candidate on it (no script needed). */
    @GET
    public Response review(@PathParam("slug") String slug, @CookieParam(Flash.COOKIE) String flash,
                           @QueryParam("offset") String offset, @QueryParam("select") String select) {
        return Flash.page(page(slug, Flash.read(flash), ImportForm.blank(), Map.of(), Paged.offset(offset),
                "all".equals(select)), flash);
    }

    /** A pasted article: its date is typed with it, so extraction runs at once. */
    @POST
    public Response paste(@PathParam("slug") String slug, @RestForm String text, @RestForm String published,
                          @RestForm String title, @RestForm String outlet, @RestForm String url) {
        try {
            int added = intake.importText(slug, text, published, title, outlet, url);
            FieldMessages words = Words.fields(pages.locale());
            return redirect(slug, added == 0 ? words.importNothingNew() : words.importToReview(added));
        } catch (FormErrors e) {
            return invalid(slug, new ImportForm(text, published, title, outlet, url, "", "", Map.of()), e.fields());
        }
    }

    /**
     * The timeline's background imports, the page's list alone (the page's script puts it in place of the list it
     * shows, every few seconds while one is waiting or running, and leaves the forms alone).
     */
    @GET
    @Path("jobs")
    public TemplateInstance jobs(@PathParam("slug") String slug) {
        editor.title(slug);
        return pages.localized(Templates.review$jobs(slug, jobLines(slug)));
    }

    /** Uploaded files: text, HTML, RSS/Atom feeds, TimelineJS JSON or CSV, each read by the readers' front door. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("slug") String slug, @RestForm("file") List<FileUpload> files,
                           @RestForm String uploadPublished) {
        List<FileUpload> given = files == null ? List.of()
                : files.stream().filter(f -> f.fileName() != null && !f.fileName().isBlank()).toList();
        ImportForm form = new ImportForm("", "", "", "", "", uploadPublished, "", Map.of());
        if (given.isEmpty()) {
            return invalid(slug, form, Map.of("file", "Choose one or more files to upload"));
        }
        LocalDate fallback;
        try {
            fallback = uploadPublished == null || uploadPublished.isBlank() ? null : LocalDate.parse(uploadPublished.strip());
        } catch (DateTimeParseException e) {
            return invalid(slug, form, Map.of("uploadPublished", "The publication date must look like 2025-02-12"));
        }
        List<ImportQueue.Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (given.stream().mapToLong(FileUpload::size).sum() > config.importing().backgroundBytes()) {
            return inBackground(slug, form, given, fallback);
        }
        for (FileUpload file : given) {
            if (file.size() > config.importing().maxBytes()) {
                failures.add(tooLarge(file));
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(file.uploadedFile());
                outcomes.add(intake.stage(slug, "file", file.fileName(), content,
                        new ArticleMetadata(null, null, null, fallback)));
            } catch (FormErrors e) {
                failures.add(e.fields().get("file"));
            } catch (IOException e) {
                failures.add(file.fileName() + ": the upload could not be read (" + e.getMessage() + ")");
            }
        }
        if (outcomes.isEmpty()) {
            return invalid(slug, form, Map.of("file", String.join("; ", failures)));
        }
        return redirect(slug, summary(outcomes, failures));
    }

    /** What the editor is told of a file over the size cap. */
    private String tooLarge(FileUpload file) {
        return file.fileName() + ": file is too large (" + ArticleFetcher.size(file.size()) + " > "
                + ArticleFetcher.size(config.importing().maxBytes()) + ")";
    }

    /**
     * Files that add up to more than {@code timeline.import.background-bytes}: each is kept in an import job and
     * read in the background, so the editor does not wait for the extraction of megabytes. A file over the size
     * cap is refused here, as always.
     */
    private Response inBackground(String slug, ImportForm form, List<FileUpload> given, LocalDate fallback) {
        List<String> failures = new ArrayList<>();
        int queued = 0;
        for (FileUpload file : given) {
            if (file.size() > config.importing().maxBytes()) {
                failures.add(tooLarge(file));
                continue;
            }
            try {
                jobs.file(slug, file.fileName(), Files.readAllBytes(file.uploadedFile()), fallback, editorName());
                queued++;
            } catch (IOException e) {
                failures.add(file.fileName() + ": the upload could not be read (" + e.getMessage() + ")");
            }
        }
        if (queued == 0) {
            return invalid(slug, form, Map.of("file", String.join("; ", failures)));
        }
        FieldMessages words = Words.fields(pages.locale());
        return redirect(slug, words.jobFilesQueued(queued) + (failures.isEmpty() ? ""
                : ". " + words.importProblems(ProblemWords.translateAll(failures, words))));
    }

    /**
     * An article, feed or TimelineJS file the server fetches from a URL (see ArticleFetcher): an address that is
     * no web address is refused at once; any other becomes an import job, fetched in the background and tried
     * again if the site is slow or down for a moment (ImportJobs), while the page answers at once.
     */
    @POST
    @Path("fetch")
    public Response fetch(@PathParam("slug") String slug, @RestForm String address) {
        ImportForm form = new ImportForm("", "", "", "", "", "", address, Map.of());
        editor.title(slug);
        String target;
        try {
            target = FetchPolicy.target(address).toString();
        } catch (IllegalArgumentException e) {
            return invalid(slug, form, Map.of("address", e.getMessage()));
        }
        if (target.length() > MAX_ADDRESS) {
            return invalid(slug, form, Map.of("address", "The address has more than " + MAX_ADDRESS
                    + " characters: give the article's own address"));
        }
        jobs.fetch(slug, target, editorName());
        // The notice rides in a cookie: a long address is shortened there, not in the job.
        return redirect(slug, Words.fields(pages.locale()).jobFetchQueued(target.length() <= 200 ? target
                : target.substring(0, 199) + "…"));
    }

    /** The publication dates confirmed (or corrected): extraction runs against them. */
    @POST
    @Path("confirm")
    public Response confirm(@PathParam("slug") String slug, @RestForm("id") List<Long> ids,
                            @RestForm("published") List<String> published) {
        List<Long> staged = ids == null ? List.of() : ids;
        List<String> dates = published == null ? List.of() : published;
        try {
            int added = intake.confirm(slug, staged, dates);
            return redirect(slug, Words.fields(pages.locale()).importToReview(added));
        } catch (FormErrors e) {
            Map<String, String> typed = new HashMap<>();
            for (int i = 0; i < staged.size() && i < dates.size(); i++) {
                typed.put(Long.toString(staged.get(i)), dates.get(i));
            }
            return invalid(slug, new ImportForm("", "", "", "", "", "", "", typed), e.fields());
        }
    }

    @POST
    @Path("staged/{id}/discard")
    public Response discard(@PathParam("slug") String slug, @PathParam("id") long id) {
        imports.discard(slug, id);
        return redirect(slug, "Article discarded");
    }

    /**
     * Accepts (as drafts), accepts and publishes, or rejects candidates: the one whose own button was pressed
     * ({@code candidate}), else every one ticked ({@code id}). Back to the same page of the review, which
     * offers to undo it.
     */
    @POST
    @Path("review/{verdict}")
    public Response decide(@PathParam("slug") String slug, @PathParam("verdict") String verdict,
                           @RestForm("id") List<String> ids, @RestForm String candidate, @RestForm String offset) {
        ReviewActionEntity.Verdict chosen = switch (verdict) {
            case "accept" -> ReviewActionEntity.Verdict.ACCEPT;
            case "publish" -> ReviewActionEntity.Verdict.PUBLISH;
            case "reject" -> ReviewActionEntity.Verdict.REJECT;
            default -> throw new NotFound("There is no review action '" + verdict + "': accept, publish or reject.");
        };
        List<String> selected = candidate == null || candidate.isBlank() ? ids : List.of(candidate);
        int at = Paged.offset(offset);
        try {
            ImportReview.Decided decided = review.decide(slug, editorName(), chosen, selected);
            return back(slug, at, decided.message());
        } catch (FormErrors e) {
            return Flash.again(page(slug, null, ImportForm.blank(), e.fields(), at, false));
        }
    }

    /** Undoes the editor's last decision on this timeline's queue (see ImportReview.undo). */
    @POST
    @Path("review/undo")
    public Response undo(@PathParam("slug") String slug, @RestForm String offset) {
        editor.title(slug);
        ImportReview.Undone undone = review.undo(slug, editorName());
        return back(slug, Paged.offset(offset), undone == null
                ? "Nothing to undo: your last decision here was undone already, or another one of yours replaced it"
                : undone.message());
    }

    /** The milestone form, filled with the candidate: saving it creates the milestone and accepts the candidate. */
    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("id") long id) {
        String title = editor.title(slug);
        Milestone candidate = imports.candidate(slug, id);
        return pages.localized(EditorResource.Templates.milestone(
                pages.meta(pages.editorWords().acceptCandidate(), "/editor/timelines/" + slug + "/import/" + id + "/edit"),
                slug, title, null, editor.withNewNames(MilestoneForm.of(candidate, false, 0)), Map.of(), EditorResource.Choices.of(editor))
                .data("candidate", id));
    }

    /** Adds the candidate's sources to an existing milestone, and fills its empty fields. */
    @POST
    @Path("{id}/merge")
    public Response merge(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String milestone,
                          @RestForm String other) {
        try {
            // A milestone the editor names by its address wins over the suggestion left selected.
            String headline = imports.merge(slug, id, other == null || other.isBlank() ? milestone : other.strip());
            return redirect(slug, "Candidate merged into “" + headline + "”: its sources were added");
        } catch (FormErrors e) {
            return invalid(slug, ImportForm.blank(), e.fields());
        }
    }

    private TemplateInstance page(String slug, String flash, ImportForm form, Map<String, String> errors) {
        return page(slug, flash, form, errors, 0, false);
    }

    private TemplateInstance page(String slug, String flash, ImportForm form, Map<String, String> errors, int offset,
                                  boolean selectAll) {
        String title = editor.title(slug);
        return pages.localized(Templates.review(pages.meta(pages.editorWords().importInto(title), "/editor/timelines/" + slug + "/import"),
                flash, slug, title, form, errors, imports.staged(slug), imports.pendingPage(slug, offset),
                ArticleFetcher.size(config.importing().maxBytes()), identity.hasRole(AccountIdentityProvider.ADMIN),
                review.last(slug, editorName()), selectAll, jobLines(slug)));
    }

    private JobList jobLines(String slug) {
        FieldMessages words = Words.fields(pages.locale());
        List<JobLine> lines = jobs.recent(slug).stream().map(job -> new JobLine(job.id(), job.what(),
                job.kind() == news.timeline.web.persistence.ImportJobEntity.Kind.ADDRESS,
                words.jobAsked(job.requestedBy(), WHEN.format(job.createdAt().withOffsetSameInstant(java.time.ZoneOffset.UTC))),
                status(job, words), job.pending(), job.status() == news.timeline.web.persistence.ImportJobEntity.Status.FAILED))
                .toList();
        return new JobList(lines, (int) lines.stream().filter(JobLine::pending).count());
    }

    /** Where a job stands, in the editor's words; the importer's and the fetch's reasons through ProblemWords. */
    static String status(ImportJobs.View job, FieldMessages words) {
        String reason = job.reason() == null ? "" : ProblemWords.translateAll(List.of(job.reason().split("; ")), words);
        return switch (job.status()) {
            case QUEUED -> words.jobQueued();
            case RUNNING -> words.jobRunning(job.attempt(), job.attempts());
            case RETRYING -> words.jobRetrying(job.attempt(), job.attempts(), reason,
                    WHEN.format(job.nextTryAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)));
            case FAILED -> words.jobFailed(reason);
            case DONE -> words.jobDone(summary(job.staged(), job.candidates(), job.known(), words)
                    + (reason.isEmpty() ? "" : ". " + words.importProblems(reason)));
        };
    }

    /** What came of a file or page, or of several: articles staged, candidates queued, files known already. */
    private static String summary(Integer staged, Integer candidates, Integer known, FieldMessages words) {
        List<String> parts = new ArrayList<>();
        if (staged != null && staged > 0) {
            parts.add(words.importStaged(staged));
        }
        if (candidates != null && candidates > 0) {
            parts.add(words.importCandidates(candidates));
        }
        if (known != null && known > 0) {
            parts.add(words.importKnown(known));
        }
        if (parts.isEmpty()) {
            parts.add(words.importNothing());
        }
        return String.join("; ", parts);
    }

    private String editorName() {
        return identity.getPrincipal().getName();
    }

    /** The review's page at {@code offset} again, with {@code message} if there is one. */
    private static Response back(String slug, int offset, String message) {
        String path = "/editor/timelines/" + slug + "/import" + (offset > 0 ? "?offset=" + offset : "");
        return message == null ? Response.seeOther(java.net.URI.create(path)).build() : Flash.redirect(path, message);
    }

    private Response invalid(String slug, ImportForm form, Map<String, String> errors) {
        return Flash.again(page(slug, null, form, errors));
    }

    private static Response redirect(String slug, String message) {
        return Flash.redirect("/editor/timelines/" + slug + "/import", message);
    }

    /**
     * One line on what came of the files or the page, in the editor's language, short enough for the flash
     * cookie.
     */
    private String summary(List<ImportQueue.Outcome> outcomes, List<String> failures) {
        FieldMessages words = Words.fields(pages.locale());
        int staged = outcomes.stream().mapToInt(ImportQueue.Outcome::staged).sum();
        int candidates = outcomes.stream().mapToInt(ImportQueue.Outcome::candidates).sum();
        int known = outcomes.stream().mapToInt(ImportQueue.Outcome::known).sum();
        List<String> problems = new ArrayList<>(failures);
        outcomes.forEach(o -> problems.addAll(o.problems()));
        String message = summary(staged, candidates, known, words) + (problems.isEmpty() ? ""
                : ". " + words.importProblems(ProblemWords.translateAll(problems, words)));
        return message.length() > 1000 ? message.substring(0, 999) + "…" : message;
    }
}
