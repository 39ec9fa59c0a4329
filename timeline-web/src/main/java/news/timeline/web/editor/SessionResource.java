package news.timeline.web.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;

/** Signing in; signing out is the editor's (EditorResource#logout). The form posts to Quarkus's {@code /j_security_check}; see AccountIdentityProvider. */
@Path("/")
public class SessionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageMeta page, boolean failed);
    }

    private final Pages pages;

    public SessionResource(Pages pages) {
        this.pages = pages;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("failed") boolean failed) {
        return pages.localized(Templates.login(pages.meta("Sign in", null, "/login", "website", null), failed));
    }
}
