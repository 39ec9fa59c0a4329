package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route that changes something, found by scanning the resource classes rather than listed by hand,
 * refuses a visitor without a session. Form routes also refuse a signed-in editor without a CSRF token;
 * the JSON editor API under /api/editor, which takes no cookies and so needs no CSRF token, refuses
 * everything but a valid API token, a session cookie included.
 */
@QuarkusTest
class RouteSecurityResourceTest {

    /** Changing routes that are open by design: none so far. Sign-in itself is Quarkus's /j_security_check. */
    private static final Set<String> OPEN = Set.of();
    /** Where the token API lives; BearerTokenMechanism is its only authentication. */
    private static final String TOKEN_API = "/api/editor/";

    /** A changing route: its HTTP method and its path with parameters filled in. */
    record Route(String method, String path) {
        boolean tokenApi() {
            return path.startsWith(TOKEN_API);
        }
    }

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void changingRoutesRefuseAnonymousVisitors() {
        List<Route> routes = changingRoutes();

        assertThat(routes).extracting(Route::path)
                .contains("/editor/timelines", "/editor/timelines/x/milestones/x/delete", "/editor/logout", "/editor/tokens",
                        "/api/editor/timelines", "/api/editor/timelines/x/milestones/x",
                        "/editor/timelines/x/import/upload", "/editor/timelines/x/import/fetch", "/editor/timelines/x/import/x/merge",
                        "/editor/import-hosts", "/editor/import-hosts/x/remove");
        for (Route route : routes) {
            Response response = given().redirects().follow(false).formParam("headline", "x").when().request(route.method(), route.path());
            if (route.path().equals(FirstRun.PATH)) {
                // The setup needs no session while the site has no account (SetupResourceTest), but its CSRF token.
                assertThat(response.statusCode()).as("anonymous %s", route).isEqualTo(400);
                continue;
            }
            assertThat(response.statusCode()).as("anonymous %s", route).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.getHeader("Location")).as("%s redirects to sign-in", route).contains("/login");
            }
        }
    }

    @Test
    void formRoutesRefuseRequestsWithoutACsrfToken() {
        String session = signIn();
        List<Route> forms = changingRoutes().stream().filter(route -> !route.tokenApi()).toList();
        assertThat(forms).hasSizeGreaterThan(10);

        for (Route route : forms) {
            Response form = given().redirects().follow(false).cookie("timeline-session", session)
                    .contentType("application/x-www-form-urlencoded").formParam("headline", "x").when().request(route.method(), route.path());
            boolean upload = form.statusCode() == 415;
            if (upload) {
                // An upload route takes multipart forms only: send it one, still without the token.
                form = given().redirects().follow(false).cookie("timeline-session", session)
                        .multiPart("headline", "x").when().request(route.method(), route.path());
            }
            assertThat(form.statusCode()).as("%s without a CSRF token", route).isEqualTo(400);
            // A body that is not a form carries no CSRF token either: cross-site text/plain or JSON is refused too
            // (an upload route may refuse it for its type first).
            for (String type : List.of("text/plain", "application/json")) {
                Response other = given().redirects().follow(false).cookie("timeline-session", session).contentType(type)
                        .body("{\"headline\": \"x\"}").when().request(route.method(), route.path());
                assertThat(other.statusCode()).as("%s as %s", route, type).isIn(upload ? List.of(400, 415) : List.of(400));
            }
        }
        // Uploads with a file part, as the browser sends them: refused without a session and without a token.
        List<String> uploads = multipartRoutes();
        assertThat(uploads).contains("/editor/timelines/x/import/upload");
        for (String route : uploads) {
            Response anonymous = given().redirects().follow(false).multiPart("file", "a.txt", "x".getBytes(), "text/plain")
                    .when().post(route);
            assertThat(anonymous.statusCode()).as("anonymous multipart POST %s", route).isIn(302, 401, 403);
            Response response = given().redirects().follow(false).cookie("timeline-session", session)
                    .multiPart("file", "a.txt", "x".getBytes(), "text/plain").when().post(route);
            assertThat(response.statusCode()).as("multipart POST %s without a CSRF token", route).isEqualTo(400);
        }
    }

    /** The changing routes that take multipart forms (file uploads). */
    private static List<String> multipartRoutes() {
        List<String> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.timeline.web")) {
            Class<?> resource = type.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                if (method.isAnnotationPresent(POST.class) && consumes != null
                        && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA)) {
                    routes.add(join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class)));
                }
            }
        }
        return routes;
    }

    @Test
    void tokenApiRoutesRefuseEverythingButAToken() {
        String session = signIn();
        List<Route> api = changingRoutes().stream().filter(Route::tokenApi).toList();
        assertThat(api).hasSizeGreaterThan(5);

        for (Route route : api) {
            Response cookie = given().redirects().follow(false).cookie("timeline-session", session).contentType("application/json")
                    .body("{\"title\": \"x\"}").when().request(route.method(), route.path());
            assertThat(cookie.statusCode()).as("%s with a session cookie", route).isEqualTo(401);
            Response wrongToken = given().redirects().follow(false).header("Authorization", "Bearer tl_made_up")
                    .contentType("application/json").body("{\"title\": \"x\"}").when().request(route.method(), route.path());
            assertThat(wrongToken.statusCode()).as("%s with a made-up token", route).isEqualTo(401);
        }
    }

    private static String signIn() {
        return EditorSession.signIn("admin", "test-admin-password").cookie();
    }

    /** Every POST, PUT, PATCH and DELETE method of our resources, path parameters filled with "x". */
    private static List<Route> changingRoutes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.timeline.web")) {
            Class<?> resource = type.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(PATCH.class) ? "PATCH" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    String path = join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class));
                    if (!OPEN.contains(path)) {
                        routes.add(new Route(verb, path));
                    }
                }
            }
        }
        return routes;
    }

    private static String join(Path type, Path method) {
        String path = (type == null ? "" : "/" + type.value()) + (method == null ? "" : "/" + method.value());
        return path.replaceAll("/+", "/").replaceAll("\\{[^}]+}", "x").replaceAll("(.)/$", "$1");
    }
}
