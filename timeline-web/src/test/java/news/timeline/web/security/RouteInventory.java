package news.timeline.web.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every route of the application, found by scanning the resource classes rather than listed by hand, so
 * a new route is in every check of the security suite the moment it exists.
 */
final class RouteInventory {

    /** One route: its HTTP method, its path template ({@code {slug}} and the like), what it takes, who may call it. */
    record Route(String method, String template, List<String> consumes, Set<String> roles) {
        boolean changes() {
            return !method.equals("GET");
        }

        /** The path with each parameter filled with {@code value}, which is written into the path as is. */
        String path(String value) {
            return template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
        }

        boolean multipart() {
            return consumes.contains("multipart/form-data");
        }

        boolean json() {
            return consumes.contains("application/json");
        }
    }

    private RouteInventory() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.timeline.web")) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(PATCH.class) ? "PATCH"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                        : method.isAnnotationPresent(PermitAll.class) ? null : resource.getAnnotation(RolesAllowed.class);
                routes.add(new Route(verb, join(root, method.getAnnotation(Path.class)),
                        consumes == null ? List.of() : List.of(consumes.value()), roles == null ? Set.of() : Set.of(roles.value())));
            }
        }
        return routes;
    }

    private static String join(Path type, Path method) {
        String path = (type == null ? "" : "/" + type.value()) + (method == null ? "" : "/" + method.value());
        // A parameter with a pattern ({id: \\d+}) keeps only its name.
        return path.replaceAll("/+", "/").replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}").replaceAll("(.)/$", "$1");
    }
}
