package news.timeline.web.editor;

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
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.reader.PageMeta;
import news.timeline.web.reader.Pages;
import news.timeline.web.security.AccountIdentityProvider;
import news.timeline.web.security.Accounts;
import org.jboss.resteasy.reactive.RestForm;

/** Administrators manage editors' accounts: create them, change their role, disable and enable them. */
@Path("/editor/accounts")
@RolesAllowed(AccountIdentityProvider.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(PageMeta page, String flash, List<Accounts.Row> accounts,
                                                Map<String, String> form, Map<String, String> errors);
    }

    @Inject
    Accounts accounts;
    @Inject
    Pages pages;
    @Inject
    SecurityIdentity identity;

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flash) {
        return Flash.page(page(Flash.read(flash), Map.of("role", "EDITOR"), Map.of()), flash);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String password,
                           @RestForm String role) {
        try {
            accounts.create(username, displayName, password, role(role));
            return redirect("Account '" + username.strip() + "' created");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String field = colon > 0 ? message.substring(0, colon) : "username";
            Map<String, String> form = new java.util.HashMap<>();
            form.put("username", username == null ? "" : username);
            form.put("displayName", displayName == null ? "" : displayName);
            form.put("role", role == null ? "EDITOR" : role);
            return Flash.again(page(null, form, Map.of(field, colon > 0 ? message.substring(colon + 2) : message)));
        }
    }

    @POST
    @Path("{username}")
    public Response update(@PathParam("username") String username, @RestForm String role, @RestForm String enabled,
                           @RestForm String password) {
        if (Accounts.sameAccount(username, identity.getPrincipal().getName())) {
            return redirect("You cannot change your own account here, so that an administrator always remains");
        }
        boolean reset = password != null && !password.isEmpty();
        if (reset) {
            try {
                accounts.setPassword(username, password);
            } catch (IllegalArgumentException e) {
                return redirect("Account '" + username + "' not saved: new " + e.getMessage());
            }
        }
        try {
            accounts.update(username, role(role), enabled != null);
        } catch (IllegalArgumentException e) {
            return redirect("Account '" + username + "' not saved: " + e.getMessage());
        }
        return redirect("Account '" + username + "' saved" + (reset ? ", with its new password; it is signed out everywhere" : ""));
    }

    private TemplateInstance page(String flash, Map<String, String> form, Map<String, String> errors) {
        return pages.localized(Templates.accounts(pages.meta(pages.editorWords().accountsTitle(), "/editor/accounts"), flash, accounts.rows(), form,
                errors));
    }

    private static AccountEntity.Role role(String role) {
        return "ADMIN".equals(role) ? AccountEntity.Role.ADMIN : AccountEntity.Role.EDITOR;
    }

    private static Response redirect(String message) {
        return Flash.redirect("/editor/accounts", message);
    }
}
