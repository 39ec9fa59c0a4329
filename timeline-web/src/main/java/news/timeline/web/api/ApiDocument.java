package news.timeline.web.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * What the OpenAPI document (at {@code /q/openapi}) says about the API as a whole. Only the {@code api}
 * package is described ({@code mp.openapi.scan.packages}); the editor's HTML forms are not an API.
 */
@OpenAPIDefinition(info = @Info(title = "Newsroom timelines API", version = "1",
        description = "Public, read-only access to published timelines, and a token-authenticated API for editors. "
                + "See docs/api.md."))
@SecurityScheme(securitySchemeName = ApiDocument.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token made on the editor's page /editor/tokens.")
public class ApiDocument extends Application {

    static final String BEARER = "bearer";
}
