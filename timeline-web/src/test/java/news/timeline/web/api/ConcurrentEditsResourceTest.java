package news.timeline.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.timeline.web.AtOnce;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.ApiTokens;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editors working on one timeline at the same moment, through the token API: several threads send their
 * requests together, and every answer is a success or a conflict that shows both versions, never a 500.
 */
@QuarkusTest
class ConcurrentEditsResourceTest {

    private static final String EDITOR = "concurrent-desk";
    private static final String PASSWORD = "concurrent desk's long password";
    private static final String API = "/api/editor/timelines";
    private static final int WRITERS = 6;
    private static final int CREATES_EACH = 5;

    @Inject
    Accounts accounts;
    @Inject
    ApiTokens tokens;
    @Inject
    LoginThrottle throttle;

    private String token;

    @BeforeEach
    void editorWithAToken() {
        throttle.forgive();
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.create(EDITOR, "Concurrent desk", PASSWORD, AccountEntity.Role.EDITOR);
        }
        token = tokens.create(EDITOR, "test", null).token();
    }

    @Test
    void writersAddingMilestonesToOneTimelineAllSucceed() throws Exception {
        String timeline = timeline("parallel-desk");
        long version = api().get(API + "/" + timeline).jsonPath().getLong("version");

        List<Response> answers = together(WRITERS, writer -> {
            List<Response> mine = new ArrayList<>();
            for (int i = 0; i < CREATES_EACH; i++) {
                mine.add(api().body(Map.of("headline", "Writer " + writer + " event " + i, "date", "2025-03-0" + (i + 1),
                        "kind", "meeting", "tags", List.of("parallel"))).post(API + "/" + timeline + "/milestones"));
            }
            return mine;
        });

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.asString()).isEqualTo(201));
        Response stored = api().get(API + "/" + timeline);
        assertThat(stored.jsonPath().getList("milestones.slug", String.class)).hasSize(WRITERS * CREATES_EACH);
        assertThat(stored.jsonPath().getLong("version")).as("adding milestones leaves the timeline's version").isEqualTo(version);
    }

    @Test
    void editorsOfOneMilestoneGetOneWinnerPerVersionAndConflictsNotErrors() throws Exception {
        String timeline = timeline("one-milestone-desk");
        Response created = api().body(Map.of("headline", "Contested event", "date", "2025-04-01"))
                .post(API + "/" + timeline + "/milestones");
        String path = created.getHeader("Location").replaceFirst("^.*(?=/api/)", "");
        long version = created.jsonPath().getLong("version");

        List<Response> answers = together(WRITERS, writer -> List.of(api().body(Map.of("headline", "Contested event",
                "summary", "Edited by writer " + writer, "date", "2025-04-01", "version", version)).put(path)));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        Response winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        String won = winner.jsonPath().getString("milestone.summary");
        long now = winner.jsonPath().getLong("version");
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(conflict -> {
            assertThat(conflict.jsonPath().getLong("yourVersion")).isEqualTo(version);
            assertThat(conflict.jsonPath().getLong("currentVersion")).isEqualTo(now);
            assertThat(conflict.jsonPath().getString("yours.summary")).startsWith("Edited by writer").isNotEqualTo(won);
            assertThat(conflict.jsonPath().getString("current.milestone.summary")).isEqualTo(won);
        });
        assertThat(api().get(path).jsonPath().getString("milestone.summary")).as("the winner's edit is kept").isEqualTo(won);
    }

    @Test
    void editorsOfOneTimelineGetOneWinnerAndConflictsNotErrors() throws Exception {
        String timeline = timeline("settings-desk");
        long version = api().get(API + "/" + timeline).jsonPath().getLong("version");

        List<Response> answers = together(WRITERS, writer -> List.of(api().body(Map.of("title", "Settings by writer " + writer,
                "state", "draft", "version", version)).put(API + "/" + timeline)));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(conflict -> {
            assertThat(conflict.jsonPath().getLong("yourVersion")).isEqualTo(version);
            assertThat(conflict.jsonPath().getLong("currentVersion")).isGreaterThan(version);
        });
    }

    @Test
    void milestonesNamingTheSameNewActorsAndPlacesShareThem() throws Exception {
        String timeline = timeline("new-names-desk");

        List<Response> answers = together(WRITERS, writer -> List.of(api().body(Map.of("headline", "Summit seen by writer " + writer,
                "date", "2025-06-01", "actors", List.of("Concurrent Envoy", "Second Concurrent Envoy"),
                "places", List.of("Concurrent Harbour"), "tags", List.of("concurrent-tag")))
                .post(API + "/" + timeline + "/milestones")));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.asString()).isEqualTo(201));
        assertThat(answers).extracting(a -> a.jsonPath().getList("milestone.actors.slug", String.class))
                .containsOnly(List.of("concurrent-envoy", "second-concurrent-envoy"));
        assertThat(answers).extracting(a -> a.jsonPath().getList("milestone.places.slug", String.class))
                .containsOnly(List.of("concurrent-harbour"));
    }

    /** Each writer's requests, the writers all at once; every answer, in no particular order. */
    private static List<Response> together(int writers, AtOnce.Numbered<List<Response>> requests) throws Exception {
        return AtOnce.run(writers, requests).stream().flatMap(List::stream).toList();
    }

    private String timeline(String slug) {
        if (api().get(API + "/" + slug).statusCode() == 404) {
            assertThat(api().body(Map.of("title", slug, "slug", slug)).post(API).statusCode()).isEqualTo(201);
        }
        return slug;
    }

    private RequestSpecification api() {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
