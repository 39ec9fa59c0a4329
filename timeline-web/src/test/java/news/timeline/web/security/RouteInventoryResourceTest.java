package news.timeline.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import news.timeline.web.persistence.AccountEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call each route, for every route the code has: readers' routes are open to anyone, the
 * editor's need a session, the administrators' an administrator, the editor API a token. A new route is
 * checked the moment it is written, since the list comes from scanning the resources.
 */
@QuarkusTest
class RouteInventoryResourceTest {

    private static final String EDITOR = "inventory-editor";
    private static final String EDITOR_PASSWORD = "an inventory editor's password";

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void anEditorWhoIsNoAdministrator() {
        throttle.forgive();
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.create(EDITOR, "Inventory editor", EDITOR_PASSWORD, AccountEntity.Role.EDITOR);
        }
    }

    /**
     * Request metrics are kept per route template, up to a bound on the templates (Micrometer then stops
     * adding any): the bound leaves room for every route, the static files, /q and the catch-alls (NOT_FOUND…),
     * so the route a reader reaches last is measured too.
     */
    @Test
    void everyRouteHasRoomInTheRequestMetrics() {
        long templates = RouteInventory.all().stream().map(RouteInventory.Route::template).distinct().count();
        int bound = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        assertThat(bound).as("room for %s route templates, twice over", templates).isGreaterThanOrEqualTo(2 * (int) templates);
    }

    @Test
    void everyRouteIsOpenOnlyToWhoMayCallIt() {
        EditorSession editor = EditorSession.signIn(EDITOR, EDITOR_PASSWORD);
        List<RouteInventory.Route> routes = RouteInventory.all();
        assertThat(routes).extracting(RouteInventory.Route::template)
                .contains("/", "/timelines/{slug}", "/editor", "/editor/accounts", "/editor/archive", "/api/timelines",
                        "/api/editor/timelines");
        int admin = 0;
        for (RouteInventory.Route route : routes) {
            String path = route.path("x");
            Response anonymous = given().redirects().follow(false).when().request(route.method(), path);
            if (route.template().equals(FirstRun.PATH)) {
                // Open to anyone only while the site has no account (SetupResourceTest); this one has.
                assertThat(anonymous.statusCode()).as("%s %s on a site with accounts", route.method(), path).isIn(400, 404);
            } else if (isEditor(route)) {
                assertThat(anonymous.statusCode()).as("a visitor at %s %s", route.method(), path).isEqualTo(302);
                assertThat(anonymous.getHeader("Location")).as(path).endsWith("/login");
                if (route.roles().contains("admin")) {
                    admin++;
                    Response asEditor = given().redirects().follow(false).cookie("timeline-session", editor.cookie())
                            .when().request(route.method(), path);
                    assertThat(asEditor.statusCode()).as("an editor at the administrators' %s %s", route.method(), path)
                            .isIn(400, 403, 415);
                    if (!route.changes()) {
                        assertThat(asEditor.statusCode()).as(path).isEqualTo(403);
                    }
                }
            } else if (route.template().startsWith("/api/editor")) {
                assertThat(anonymous.statusCode()).as("no token at %s %s", route.method(), path).isEqualTo(401);
                Response withSession = given().redirects().follow(false).cookie("timeline-session", editor.cookie())
                        .when().request(route.method(), path);
                assertThat(withSession.statusCode()).as("a session cookie at %s %s", route.method(), path).isEqualTo(401);
            } else {
                assertThat(route.changes()).as("a public route that changes something: %s %s", route.method(), path).isFalse();
                assertThat(anonymous.statusCode()).as("a reader at %s", path).isNotIn(401, 403, 500);
                if (anonymous.statusCode() == 302 || anonymous.statusCode() == 303) {
                    assertThat(anonymous.getHeader("Location")).as(path).doesNotEndWith("/login");
                }
            }
        }
        assertThat(admin).as("administrators' routes").isGreaterThan(5);
    }

    private static boolean isEditor(RouteInventory.Route route) {
        return route.template().equals("/editor") || route.template().startsWith("/editor/");
    }
}
