package news.timeline.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the API, its bearer tokens, and nothing of the editor's HTML pages. */
@QuarkusTest
class ApiDocumentResourceTest {

    @Test
    void documentListsTheApiAndItsBearerScheme() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths).containsKeys("/api/timelines", "/api/timelines/{slug}", "/api/timelines/{slug}/milestones",
                "/api/timelines/{slug}/milestones/{milestone}", "/api/editor/timelines", "/api/editor/timelines/{slug}",
                "/api/editor/timelines/{slug}/milestones", "/api/editor/timelines/{slug}/milestones/{milestone}",
                "/api/editor/timelines/{slug}/milestones/{milestone}/restore", "/api/editor/timelines/{slug}/imports",
                "/api/editor/timelines/{slug}/candidates", "/api/editor/timelines/{slug}/candidates/{id}/accept",
                "/api/editor/timelines/{slug}/candidates/{id}/reject");
        assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/"));

        assertThat(document.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(document.getList("paths.'/api/editor/timelines'.post.security.bearer")).isNotNull();
        assertThat(document.getString("paths.'/api/editor/timelines/{slug}/milestones/{milestone}'.put.summary"))
                .isEqualTo("Replace a milestone");
        assertThat(document.getMap("paths.'/api/editor/timelines/{slug}/milestones/{milestone}'.put.responses"))
                .containsKeys("200", "401", "404", "409", "422");
        assertThat(document.getList("paths.'/api/timelines'.get.security")).as("the public API needs no token").isNull();
        assertThat(document.getString("paths.'/api/editor/timelines'.post.responses.'422'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problems");
        assertThat(document.getMap("components.schemas.Problem.properties")).as("the API's error answer")
                .containsOnlyKeys("field", "message");
    }
}
