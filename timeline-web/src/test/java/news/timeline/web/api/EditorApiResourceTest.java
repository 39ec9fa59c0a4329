package news.timeline.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.editor.StaleEdit;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.ApiTokenEntity;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.MilestoneHistory;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.ApiTokens;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor API: every operation with a token, and every way of being refused: no token, a wrong, revoked
 * or expired one, a disabled account, a session cookie instead of a token, a stale version, a body that is
 * not JSON.
 */
@QuarkusTest
class EditorApiResourceTest {

    private static final String EDITOR = "api-desk";
    private static final String PASSWORD = "api desk's long password";
    private static final String API = "/api/editor/timelines";
    /** The demo's sample article: the importer finds several candidates in it. */
    private static final String ARTICLE = article();

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    MilestoneHistory history;

    @Inject
    EditorService editor;

    @Inject
    LoginThrottle throttle;

    @Inject
    TransactionManager transactions;

    private String token;

    @BeforeEach
    void editorWithAToken() {
        throttle.forgive();
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.create(EDITOR, "API desk", PASSWORD, AccountEntity.Role.EDITOR);
        }
        token = tokens.create(EDITOR, "test", null).token();
    }

    @Test
    void editorCreatesAndChangesATimeline() {
        Response created = api().body(Map.of("title", "Grain deal", "description", "Black Sea exports")).post(API);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.getHeader("Location")).endsWith(API + "/grain-deal");
        JsonPath timeline = created.jsonPath();
        assertThat(timeline.getString("state")).as("a new timeline is a draft").isEqualTo("draft");
        assertThat(timeline.getList("milestones")).isEmpty();
        given().when().get("/api/timelines/grain-deal").then().statusCode(404);

        long version = timeline.getLong("version");
        Response published = api().body(Map.of("title", "Black Sea grain deal", "description", "Exports", "state", "published",
                "version", version)).put(API + "/grain-deal");
        assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
        assertThat(published.jsonPath().getString("title")).isEqualTo("Black Sea grain deal");
        assertThat(published.jsonPath().getString("state")).isEqualTo("published");
        given().when().get("/api/timelines/grain-deal").then().statusCode(200);

        Response stale = api().body(Map.of("title", "Overwritten", "state", "published", "version", version))
                .put(API + "/grain-deal");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.jsonPath().getLong("yourVersion")).isEqualTo(version);
        assertThat(stale.jsonPath().getLong("currentVersion")).isGreaterThan(version);
        assertThat(stale.jsonPath().getString("current.title")).isEqualTo("Black Sea grain deal");
        assertThat(stale.jsonPath().getString("yours.title")).isEqualTo("Overwritten");

        Response list = api().get(API);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.jsonPath().getList("timelines.slug", String.class)).contains("grain-deal", "us-russia-relations");
    }

    @Test
    void aSaveToTheAddressOfARenamedMilestoneIsAConflictNotANotFound() {
        timeline("renames");
        Response created = api().body(Map.of("headline", "Envoys meet in Doha", "slug", "envoys-doha", "date", "2025-03-04"))
                .post(API + "/renames/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long version = created.jsonPath().getLong("version");
        Response renamed = api().body(Map.of("headline", "Envoys meet in Doha", "slug", "envoys-meet-in-doha", "date", "2025-03-04",
                "version", version)).put(API + "/renames/milestones/envoys-doha");
        assertThat(renamed.statusCode()).as(renamed.asString()).isEqualTo(200);

        Response stale = api().body(Map.of("headline", "Envoys meet in Doha again", "date", "2025-03-05", "version", version))
                .put(API + "/renames/milestones/envoys-doha");

        assertThat(stale.statusCode()).as(stale.asString()).isEqualTo(409);
        assertThat(stale.jsonPath().getString("message")).contains("'envoys-meet-in-doha'");
        assertThat(stale.jsonPath().getLong("currentVersion")).isEqualTo(renamed.jsonPath().getLong("version"));
        assertThat(stale.jsonPath().getString("current.milestone.date.value")).isEqualTo("2025-03-04");
        assertThat(stale.jsonPath().getString("yours.headline")).isEqualTo("Envoys meet in Doha again");
        assertThat(api().body(Map.of("headline", "Never", "date", "2025", "version", 0)).put(API + "/renames/milestones/never-was")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void invalidFieldsAreListedByName() {
        Response noTitle = api().body(Map.of("slug", "Not A Slug", "state", "sideways")).post(API);
        assertThat(noTitle.statusCode()).isEqualTo(422);
        assertThat(noTitle.jsonPath().getList("errors.field", String.class)).containsExactly("slug", "state", "title");
        assertThat(noTitle.jsonPath().getString("errors.find { it.field == 'title' }.message")).isEqualTo("A timeline needs a title");

        timeline("checks");
        Response milestone = api().body(Map.of("headline", "", "date", "2021-13-45", "importance", 7))
                .post(API + "/checks/milestones");
        assertThat(milestone.statusCode()).isEqualTo(422);
        assertThat(milestone.jsonPath().getList("errors.field", String.class)).contains("date", "headline", "importance");
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        timeline("malformed");
        Response broken = api().body("{\"headline\": \"Talks\", \"date\": ").post(API + "/malformed/milestones");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/json");
        assertThat(broken.jsonPath().getString("errors[0].message")).startsWith("The body is not valid JSON").doesNotContain("at ");

        Response wrongType = api().body("{\"headline\": \"Talks\", \"importance\": \"very\"}").post(API + "/malformed/milestones");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.jsonPath().getString("errors[0].field")).isEqualTo("importance");

        Response unknown = api().body("{\"headline\": \"Talks\", \"headlin\": \"typo\"}").post(API + "/malformed/milestones");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("errors[0].message")).isEqualTo("Unknown field 'headlin'");

        Response empty = api().post(API + "/malformed/milestones");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.jsonPath().getString("errors[0].message")).contains("no body");

        Response notJson = given().header("Authorization", "Bearer " + token).contentType(ContentType.TEXT).body("headline")
                .post(API + "/malformed/milestones");
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(notJson.contentType()).startsWith("application/json");
        assertThat(notJson.jsonPath().getString("errors[0].message")).contains("Content-Type: application/json");
        assertThat(notJson.asString()).doesNotContain("Exception");
    }

    @Test
    void milestonesAndActorsNamedInUkrainianGetLatinAddresses() {
        if (api().get(API + "/davos").statusCode() == 404) {
            assertThat(api().body(Map.of("title", "Davos", "slug", "davos", "state", "published")).post(API).statusCode())
                    .isEqualTo(201);
        }
        Response created = api().body(Map.of("headline", "Зеленський і Трамп зустрілися в Давосі", "date", "2026-01-22",
                "kind", "meeting", "actors", List.of("Володимир Зеленський"))).post(API + "/davos/milestones");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.getHeader("Location")).endsWith(API + "/davos/milestones/zelenskyi-i-tramp-zustrilysia-v-davosi");
        assertThat(created.jsonPath().getString("milestone.actors[0].slug")).isEqualTo("volodymyr-zelenskyi");
        given().when().get("/actors/volodymyr-zelenskyi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Зеленський і Трамп зустрілися в Давосі"));
    }

    @Test
    void milestonesAreCreatedEditedDeletedAndRestoredWithOptimisticLocking() {
        timeline("talks");
        Response created = api().body(Map.of("headline", "Foreign ministers meet in Istanbul", "date", "2025-05-16",
                "kind", "meeting", "actors", List.of("Sergei Lavrov", "Andrii Sybiha"), "places", List.of("Istanbul"),
                "tags", List.of("talks"), "source", Map.of("title", "Ministers to meet", "url", "https://news.example.org/a",
                        "quote", "The foreign ministers will meet in Istanbul"), "importance", 1)).post(API + "/talks/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String path = API + "/talks/milestones/foreign-ministers-meet-in-istanbul";
        assertThat(created.getHeader("Location")).endsWith(path);
        JsonPath m = created.jsonPath();
        assertThat(m.getString("milestone.date.value")).isEqualTo("2025-05-16");
        assertThat(m.getString("milestone.date.precision")).isEqualTo("day");
        assertThat(m.getList("milestone.actors.name", String.class)).containsExactly("Sergei Lavrov", "Andrii Sybiha");
        assertThat(m.getString("milestone.sources[0].quote")).isEqualTo("The foreign ministers will meet in Istanbul");
        assertThat(m.getBoolean("published")).isTrue();
        long version = m.getLong("version");

        Response edited = api().body(Map.of("headline", "Foreign ministers meet in Istanbul", "date", "2025-05", "approximate", true,
                "kind", "meeting", "published", false, "version", version)).put(path);
        assertThat(edited.statusCode()).as(edited.asString()).isEqualTo(200);
        assertThat(edited.jsonPath().getString("milestone.date.value")).isEqualTo("2025-05~");
        assertThat(edited.jsonPath().getString("milestone.date.precision")).isEqualTo("month");
        assertThat(edited.jsonPath().getBoolean("published")).isFalse();
        assertThat(history.versions("talks", "foreign-ministers-meet-in-istanbul"))
                .as("history names the token's account").allSatisfy(v -> assertThat(v.by()).isEqualTo(EDITOR));

        Response stale = api().body(Map.of("headline", "Someone else's headline", "date", "2025", "version", version)).put(path);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.jsonPath().getLong("yourVersion")).isEqualTo(version);
        assertThat(stale.jsonPath().getLong("currentVersion")).isEqualTo(edited.jsonPath().getLong("version"));
        assertThat(stale.jsonPath().getString("yours.headline")).isEqualTo("Someone else's headline");
        assertThat(stale.jsonPath().getString("current.milestone.date.value")).isEqualTo("2025-05~");
        assertThat(api().get(path).jsonPath().getString("milestone.date.value")).as("nothing overwritten").isEqualTo("2025-05~");

        Response noVersion = api().body(Map.of("headline", "No version", "date", "2025")).put(path);
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(noVersion.jsonPath().getString("errors[0].field")).isEqualTo("version");

        assertThat(api().delete(path).statusCode()).isEqualTo(204);
        assertThat(api().get(path).jsonPath().getBoolean("deleted")).isTrue();
        Response restored = api().post(path + "/restore");
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(restored.jsonPath().getBoolean("deleted")).isFalse();

        assertThat(api().get(API + "/talks/milestones/nothing").statusCode()).isEqualTo(404);
        assertThat(api().get(API + "/nothing").jsonPath().getString("errors[0].message")).contains("no timeline called 'nothing'");
    }

    @Test
    void namesWithCommasAndEveryPictureSurviveASave() {
        timeline("typed");
        Response created = api().body(Map.of("headline", "Treaty signed in Washington", "date", "1987-12-08",
                "actors", List.of("Gorbachev, Mikhail", "Reagan, Ronald"), "places", List.of("Washington, D.C."),
                "media", List.of(Map.of("url", "https://img.example.org/1.jpg", "credit", "Archive", "caption", "The two leaders"),
                        Map.of("url", "https://img.example.org/2.jpg", "caption", "The signing")))).post(API + "/typed/milestones");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        JsonPath m = created.jsonPath();
        assertThat(m.getList("milestone.actors.name", String.class)).containsExactly("Gorbachev, Mikhail", "Reagan, Ronald");
        assertThat(m.getList("milestone.places.name", String.class)).containsExactly("Washington, D.C.");
        assertThat(m.getList("milestone.media.url", String.class))
                .containsExactly("https://img.example.org/1.jpg", "https://img.example.org/2.jpg");
        assertThat(m.getString("milestone.media[1].caption")).isEqualTo("The signing");

        Response one = api().body(Map.of("headline", "Treaty signed in Washington", "date", "1987-12-08",
                "media", Map.of("url", "https://img.example.org/3.jpg", "alt", "A pen on a signed page"), "version", m.getLong("version")))
                .put(API + "/typed/milestones/treaty-signed-in-washington");
        assertThat(one.statusCode()).as(one.asString()).isEqualTo(200);
        assertThat(one.jsonPath().getList("milestone.media.url", String.class)).as("one picture, sent as an object")
                .containsExactly("https://img.example.org/3.jpg");

        Response badPicture = api().body(Map.of("headline", "Pictures", "date", "1987",
                "media", List.of(Map.of("url", "https://img.example.org/ok.jpg", "alt", "A desk"), Map.of("url", "ftp://nope"))))
                .post(API + "/typed/milestones");
        assertThat(badPicture.statusCode()).isEqualTo(422);
        assertThat(badPicture.jsonPath().getList("errors.field", String.class)).contains("media[1].url");
        assertThat(badPicture.jsonPath().getString("errors.find { it.field == 'media[1].url' }.message")).contains("http:// or https://");
    }

    @Test
    void aTimelineChangedBetweenReadingAndSavingIsAConflictNotAFieldError() {
        timeline("race");
        long read = api().get(API + "/race").jsonPath().getLong("version");
        editor.updateTimeline("race", new ApiModel.TimelineChange("Race", null, "draft", null, read, null));

        // The API's check and the save are one: a change that loses the race is refused as a conflict.
        assertThatThrownBy(() -> editor.updateTimeline("race", new ApiModel.TimelineChange("Race lost", null, "draft", null, read, null)))
                .isInstanceOf(StaleEdit.class);
        Response stale = api().body(Map.of("title", "Race lost", "state", "draft", "version", read)).put(API + "/race");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.jsonPath().getString("current.title")).isEqualTo("Race");
    }

    @Test
    void aSaveThatPassedTheVersionCheckButLostTheRaceToWriteIsStale() throws Exception {
        timeline("race-to-write");
        String created = api().body(Map.of("headline", "Before", "date", "2025-05-01")).post(API + "/race-to-write/milestones")
                .jsonPath().getString("milestone.slug");
        EditorService.EditableMilestone read = editor.milestone("race-to-write", created).orElseThrow();
        transactions.begin();
        try {
            // The slow save has read the milestone at this version when the fast one commits.
            MilestoneEntity.findBySlug("race-to-write", created);
            Transaction slow = transactions.suspend();
            MilestoneForm first = MilestoneForm.of(read.milestone(), true, read.version());
            first.headline = "Won";
            editor.saveMilestone("race-to-write", created, first);
            transactions.resume(slow);
            MilestoneForm late = MilestoneForm.of(read.milestone(), true, read.version());
            late.headline = "Lost";

            assertThatThrownBy(() -> editor.saveMilestone("race-to-write", created, late)).isInstanceOf(StaleEdit.class);
        } finally {
            transactions.rollback();
        }
        assertThat(editor.milestone("race-to-write", created).orElseThrow().milestone().headline()).isEqualTo("Won");
    }

    @Test
    void whatDoesNotExistIsAJsonProblemThatSaysWhat() {
        timeline("missing-things");
        assertNotFound(api().get(API + "/no-such-story"), "There is no timeline called 'no-such-story'.");
        assertNotFound(api().get(API + "/missing-things/milestones/nothing"),
                "The timeline 'missing-things' has no milestone called 'nothing'.");
        assertNotFound(api().post(API + "/missing-things/candidates/987654/reject"),
                "There is no pending candidate 987654 for this timeline.");
    }

    private static void assertNotFound(Response response, String message) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.contentType()).contains("application/json");
        assertThat(response.jsonPath().getList("errors")).hasSize(1);
        assertThat(response.jsonPath().getString("errors[0].field")).isNull();
        assertThat(response.jsonPath().getString("errors[0].message")).isEqualTo(message);
    }

    @Test
    void articlesAreImportedAndCandidatesAcceptedOrRejected() {
        timeline("imports");
        Response missingDate = api().body(Map.of("text", ARTICLE)).post(API + "/imports/imports");
        assertThat(missingDate.statusCode()).isEqualTo(422);
        assertThat(missingDate.jsonPath().getString("errors[0].field")).isEqualTo("published");

        Response imported = api().body(Map.of("text", ARTICLE, "published", "2025-02-12", "outlet", "Wire"))
                .post(API + "/imports/imports");
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
        int added = imported.jsonPath().getInt("added");
        assertThat(added).isGreaterThanOrEqualTo(2);
        assertThat(api().body(Map.of("text", ARTICLE, "published", "2025-02-12")).post(API + "/imports/imports")
                .jsonPath().getInt("added")).as("the same article again").isZero();

        List<Long> ids = api().get(API + "/imports/candidates").jsonPath().getList("candidates.id", Long.class);
        assertThat(ids).hasSize(added);
        Response accepted = api().post(API + "/imports/candidates/" + ids.get(0) + "/accept");
        assertThat(accepted.statusCode()).isEqualTo(201);
        String milestone = accepted.jsonPath().getString("milestone");
        assertThat(api().get(API + "/imports/milestones/" + milestone).jsonPath().getBoolean("published"))
                .as("an accepted candidate is a draft").isFalse();
        assertThat(api().post(API + "/imports/candidates/" + ids.get(1) + "/reject").statusCode()).isEqualTo(204);
        assertThat(api().post(API + "/imports/candidates/" + ids.get(1) + "/reject").statusCode()).isEqualTo(404);
        assertThat(api().get(API + "/imports/candidates").jsonPath().getList("candidates.id", Long.class))
                .doesNotContain(ids.get(0), ids.get(1));
    }

    @Test
    void requestsWithoutAWorkingTokenAreRefused() {
        Map<String, String> body = Map.of("title", "Refused");
        assertThat(given().contentType(ContentType.JSON).body(body).post(API).statusCode()).as("no token").isEqualTo(401);
        assertThat(given().get(API).statusCode()).as("no token, reading").isEqualTo(401);
        assertThat(given().get(API).getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(withToken("tl_wrongtoken_abc").body(body).post(API).statusCode()).as("made-up token").isEqualTo(401);
        assertThat(withToken(token + "x").body(body).post(API).statusCode()).as("altered token").isEqualTo(401);

        String revoked = tokens.create(EDITOR, "revoked", null).token();
        long revokedId = tokens.of(EDITOR).get(0).id();
        assertThat(withToken(revoked).get(API).statusCode()).isEqualTo(200);
        tokens.revoke(EDITOR, revokedId, false);
        assertThat(withToken(revoked).get(API).statusCode()).as("revoked token").isEqualTo(401);

        String expired = tokens.create(EDITOR, "expired", null).token();
        long expiredId = tokens.of(EDITOR).get(0).id();
        QuarkusTransaction.requiringNew().run(() -> ApiTokenEntity.update("expiresAt = ?1 where id = ?2",
                OffsetDateTime.now().minusMinutes(1), expiredId));
        assertThat(withToken(expired).get(API).statusCode()).as("expired token").isEqualTo(401);

        accounts.create("api-leaver", "Leaver", PASSWORD, AccountEntity.Role.EDITOR);
        String leavers = tokens.create("api-leaver", "script", null).token();
        assertThat(withToken(leavers).get(API).statusCode()).isEqualTo(200);
        accounts.update("api-leaver", AccountEntity.Role.EDITOR, false);
        assertThat(withToken(leavers).get(API).statusCode()).as("disabled account's token").isEqualTo(401);
    }

    @Test
    void aSessionCookieDoesNotOpenTheJsonApi() {
        EditorSession editor = EditorSession.signIn(EDITOR, PASSWORD);
        String session = editor.cookie();
        assertThat(editor.get("/editor").statusCode()).as("the session itself works").isEqualTo(200);

        Response write = given().redirects().follow(false).cookie("timeline-session", session).contentType(ContentType.JSON)
                .body(Map.of("title", "Forged")).post(API);
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(given().redirects().follow(false).cookie("timeline-session", session).get(API).statusCode()).isEqualTo(401);
        assertThat(api().get(API + "/forged").statusCode()).as("nothing was created").isEqualTo(404);
    }

    @Test
    void aTokenDoesNotOpenTheEditorsPages() {
        Response page = given().redirects().follow(false).header("Authorization", "Bearer " + token).get("/editor");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.getHeader("Location")).contains("/login");
    }

    @Test
    void mediaOfEveryKindKeepTheirAltTextSizesAndOrderAndOlderClientsStillSendPictures() {
        timeline("kinds");
        Response created = api().body(Map.of("headline", "Summit in Geneva", "date", "2021-06-16",
                "media", List.of(
                        Map.of("kind", "image", "url", "https://img.example.org/g.jpg", "alt", "Two leaders at a villa",
                                "width", 1600, "height", 900,
                                "renditions", List.of(Map.of("url", "https://img.example.org/g-640.jpg", "width", 640))),
                        Map.of("url", "https://www.youtube.com/watch?v=M7lc1UVf-VE", "caption", "The press conference"),
                        Map.of("kind", "document", "url", "https://docs.example.org/statement.pdf")))).post(API + "/kinds/milestones");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        JsonPath m = created.jsonPath();
        assertThat(m.getList("milestone.media.kind", String.class)).containsExactly("image", "video", "document");
        assertThat(m.getString("milestone.media[0].alt")).isEqualTo("Two leaders at a villa");
        assertThat(m.getInt("milestone.media[0].width")).isEqualTo(1600);
        assertThat(m.getString("milestone.media[0].renditions[0].url")).isEqualTo("https://img.example.org/g-640.jpg");
        assertThat(m.getInt("milestone.media[0].renditions[0].width")).isEqualTo(640);

        Response older = api().body(Map.of("headline", "Old client", "date", "2021",
                "media", Map.of("url", "https://img.example.org/old.jpg", "credit", "Archive", "caption", "The old villa")))
                .post(API + "/kinds/milestones");
        assertThat(older.statusCode()).as(older.asString()).isEqualTo(201);
        assertThat(older.jsonPath().getString("milestone.media[0].kind")).isEqualTo("image");
        assertThat(older.jsonPath().getString("milestone.media[0].alt")).as("the caption, as before alt text").isEqualTo("The old villa");

        Response wordless = api().body(Map.of("headline", "Wordless", "date", "2021",
                "media", List.of(Map.of("kind", "video", "url", "https://vimeo.com/1"), Map.of("url", "https://img.example.org/w.jpg"),
                        Map.of("kind", "hologram", "url", "https://img.example.org/h.jpg", "alt", "x"))))
                .post(API + "/kinds/milestones");
        assertThat(wordless.statusCode()).isEqualTo(422);
        assertThat(wordless.jsonPath().getList("errors.field", String.class)).containsExactly("media[1].alt", "media[2].kind");
        assertThat(wordless.jsonPath().getString("errors[0].message")).startsWith("Media item 2: An image needs alt text");

        List<Map<String, String>> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("url", "https://img.example.org/" + i + ".jpg", "alt", "Picture " + i));
        }
        Response tooMany = api().body(Map.of("headline", "Eleven", "date", "2021", "media", eleven)).post(API + "/kinds/milestones");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.jsonPath().getString("errors[0].field")).isEqualTo("media");
    }

    private static String article() {
        try (var in = EditorApiResourceTest.class.getResourceAsStream("/demo/us-russia-call-2025-02-12.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void timeline(String slug) {
        if (api().get(API + "/" + slug).statusCode() == 404) {
            assertThat(api().body(Map.of("title", slug, "slug", slug)).post(API).statusCode()).isEqualTo(201);
        }
    }

    private RequestSpecification api() {
        return withToken(token);
    }

    private static RequestSpecification withToken(String token) {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
