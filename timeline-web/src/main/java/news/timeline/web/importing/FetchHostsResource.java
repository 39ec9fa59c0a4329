package news.timeline.web.importing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import news.timeline.web.form.Flash;
import news.timeline.web.form.FormErrors;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Administrators list the hosts the server may fetch articles from although they resolve to internal
 * addresses (see ArticleFetcher): an intranet CMS, a staging server, a test server on 127.0.0.1.
 */
@Path("/editor/import-hosts")
@RolesAllowed(AccountIdentityProvider.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class FetchHostsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hosts(PageMeta page, String flash, List<FetchHosts.Row> hosts, String host,
                                             Map<String, String> errors);
    }

    @Inject
    FetchHosts hosts;
    @Inject
    Pages pages;
    @Inject
    SecurityIdentity identity;

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flash) {
        return Flash.page(page(Flash.read(flash), "", Map.of()), flash);
    }

    @POST
    public Response allow(@RestForm String host) {
        try {
            String allowed = hosts.allow(host, identity.getPrincipal().getName());
            return redirect("Articles may now be fetched from " + allowed);
        } catch (FormErrors e) {
            return Flash.again(page(null, host, e.fields()));
        }
    }

    @POST
    @Path("{host}/remove")
    public Response remove(@PathParam("host") String host) {
        return redirect(hosts.remove(host) ? host + " is no longer allowed" : host + " was not allowed");
    }

    private TemplateInstance page(String flash, String host, Map<String, String> errors) {
        return pages.localized(Templates.hosts(pages.meta(pages.editorWords().hostsTitle(), "/editor/import-hosts"), flash, hosts.rows(), host,
                errors));
    }

    private static Response redirect(String message) {
        return Flash.redirect("/editor/import-hosts", message);
    }
}
