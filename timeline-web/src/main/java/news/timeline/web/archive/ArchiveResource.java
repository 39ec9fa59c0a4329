package news.timeline.web.archive;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Administrators download the whole site as one archive, and import one into an empty site. The class-level
 * path keeps the editor's own {@code /editor} resource from capturing these addresses.
 */
@Path(ArchiveResource.PAGE)
@RolesAllowed(AccountIdentityProvider.ADMIN)
public class ArchiveResource {

    static final String PAGE = "/editor/archive";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageMeta page, SiteArchive.Imported imported, List<ArchiveProblem> problems);
    }

    @Inject
    SiteArchive archive;
    @Inject
    Pages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return page(null, List.of());
    }

    /** Streams the archive as it is written, so a large site never sits in memory whole. */
    @GET
    @Path("download")
    @Produces("application/zip")
    public Response download() {
        StreamingOutput body = out -> archive.export(out, pages.absolute("/"));
        String name = "site-archive-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("archive") FileUpload upload) throws IOException {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(null, List.of(new ArchiveProblem("archive", 0, "choose an archive file to import")))).build();
        }
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            return Response.ok(page(archive.importArchive(in), List.of())).build();
        } catch (ArchiveRejected e) {
            return Response.status(e.problems().get(0).file().equals("site") ? Response.Status.CONFLICT
                    : Response.Status.BAD_REQUEST).entity(page(null, e.problems())).build();
        }
    }

    private TemplateInstance page(SiteArchive.Imported imported, List<ArchiveProblem> problems) {
        return pages.localized(Templates.page(pages.meta(pages.editorWords().archiveTitle(), PAGE), imported, problems));
    }
}
