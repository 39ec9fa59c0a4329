package news.timeline.web.editor;

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
 * refuses a visitor without a session, and a signed-in editor without a CSRF token.
 */
@QuarkusTest
class RouteSecurityResourceTest {

    /** Changing routes that are open by design: none so far. Sign-in itself is Quarkus's /j_security_check. */
    private static final Set<String> OPEN = Set.of();

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgiveFailedSignIns() {
        throttle.forgive();
    }

    @Test
    void changingRoutesRefuseAnonymousVisitors() {
        List<String> routes = changingRoutes();

        assertThat(routes).contains("/editor/timelines", "/editor/timelines/x/milestones/x/delete", "/editor/logout",
                "/editor/timelines/x/import/upload", "/editor/timelines/x/import/fetch", "/editor/timelines/x/import/x/merge",
                "/editor/import-hosts", "/editor/import-hosts/x/remove");
        for (String route : routes) {
            Response response = given().redirects().follow(false).formParam("headline", "x").when().post(route);
            assertThat(response.statusCode()).as("anonymous POST %s", route).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.getHeader("Location")).as("POST %s redirects to sign-in", route).contains("/login");
            }
        }
    }

    @Test
    void changingRoutesRefuseFormsWithoutACsrfToken() {
        String session = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "test-admin-password").when().post("/j_security_check").getCookie("timeline-session");
        assertThat(session).isNotNull();

        List<String> uploads = multipartRoutes();
        for (String route : changingRoutes()) {
            if (uploads.contains(route)) {
                continue;
            }
            Response response = given().redirects().follow(false).cookie("timeline-session", session)
                    .contentType("application/x-www-form-urlencoded").formParam("headline", "x").when().post(route);
            assertThat(response.statusCode()).as("POST %s without a CSRF token", route).isEqualTo(400);
        }
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

    /** Paths of every POST, PUT, PATCH and DELETE method of our resources, path parameters filled with "x". */
    private static List<String> changingRoutes() {
        List<String> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.timeline.web")) {
            Class<?> resource = type.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
                if (changes) {
                    String path = join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class));
                    if (!OPEN.contains(path)) {
                        routes.add(path);
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
