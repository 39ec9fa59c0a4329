package news.timeline.web.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.timeline.web.AtOnce;
import news.timeline.web.editor.EditorService;
import news.timeline.web.persistence.ImportCandidateEntity;
import org.junit.jupiter.api.Test;

/**
 * A timeline's review queue and its articles waiting for a date are bounded
 * ({@code timeline.import.max-pending}, {@code timeline.import.max-staged}): imports no one reviews cannot
 * fill the database or a review page, and an import past a bound is refused whole, saying which.
 */
@QuarkusTest
@TestProfile(ImportLimitsResourceTest.SmallQueue.class)
class ImportLimitsResourceTest {

    public static class SmallQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.import.max-pending", "150", "timeline.import.max-staged", "2");
        }
    }

    @Inject
    EditorService editor;

    private final CookieFilter cookies = new CookieFilter();

    @Test
    void aFullReviewQueueRefusesTheNextImportWhole() {
        ImportResourceTest.signIn(cookies);
        String path = ImportResourceTest.timeline(editor, "limits-queue");
        assertThat(upload(path, "first.csv", ImportResourceTest.timelineJsCsv(100), "text/csv", "en").statusCode()).isEqualTo(303);
        Response second = upload(path, "second.csv", ImportResourceTest.timelineJsCsv(60), "text/csv", "en");

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.asString()).contains("the review queue holds 100 candidates and &#39;second.csv&#39; would add 60, "
                + "more than the 150 it may hold: decide some first (nothing was imported)");
        assertThat(ImportCandidateEntity.pendingCount("limits-queue")).isEqualTo(100);
        // Within the bound an import still goes in; in German the refusal is German.
        assertThat(upload(path, "third.csv", ImportResourceTest.timelineJsCsv(50), "text/csv", "en").statusCode()).isEqualTo(303);
        Response german = upload(path, "fourth.csv", ImportResourceTest.timelineJsCsv(1), "text/csv", "de");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.asString()).contains("Die Prüfliste hält 150 Kandidaten");
    }

    @Test
    void articlesWaitingForTheirDateAreBounded() {
        ImportResourceTest.signIn(cookies);
        String path = ImportResourceTest.timeline(editor, "limits-staged");
        assertThat(upload(path, "one.txt", article("Talks began in Riyadh on Tuesday."), "text/plain", "en").statusCode()).isEqualTo(303);
        assertThat(upload(path, "two.txt", article("Envoys met in Geneva on Monday."), "text/plain", "en").statusCode()).isEqualTo(303);
        Response third = upload(path, "three.txt", article("Ministers spoke on Friday."), "text/plain", "uk");

        assertThat(third.statusCode()).isEqualTo(400);
        assertThat(third.asString()).contains("&#39;three.txt&#39;: статей чекає на дату публікації: 2");
        String page = get(path).asString();
        assertThat(page).contains("one.txt", "two.txt").doesNotContain("three.txt");
    }

    @Test
    void importsArrivingTogetherKeepTheBoundAndAddAFileOnce() throws Exception {
        String path = ImportResourceTest.timeline(editor, "limits-together");
        // Six editors upload files of 40 candidates at once into a queue that holds 150: three fit.
        List<Integer> answers = together(path, 6, k -> csv(40, "file " + k));
        assertThat(answers).doesNotContain(500).containsOnly(303, 400);
        long accepted = answers.stream().filter(status -> status == 303).count();
        assertThat(accepted).isEqualTo(3);
        assertThat(ImportCandidateEntity.pendingCount("limits-together")).isEqualTo(40 * accepted);

        // The same file from four editors at once is queued once (they take turns, and its rows are unique besides).
        String again = ImportResourceTest.timeline(editor, "limits-same-file");
        assertThat(together(again, 4, k -> csv(30, "one file"))).containsOnly(303);
        assertThat(ImportCandidateEntity.pendingCount("limits-same-file")).isEqualTo(30);
    }

    /** Uploads {@code files} files at the same moment, each by an editor of their own; their answers' statuses. */
    private static List<Integer> together(String path, int files, java.util.function.IntFunction<byte[]> content)
            throws Exception {
        List<CookieFilter> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int k = 0; k < files; k++) {
            CookieFilter session = new CookieFilter();
            ImportResourceTest.signIn(session);
            sessions.add(session);
            tokens.add(ImportResourceTest.csrf(given().filter(session).when().get(path).asString()));
        }
        return AtOnce.run(files, n -> given().filter(sessions.get(n)).redirects().follow(false)
                .multiPart("csrf-token", tokens.get(n)).multiPart("file", "file" + n + ".csv", content.apply(n), "text/csv")
                .multiPart("uploadPublished", "").when().post(path + "/upload").statusCode());
    }

    /** A TimelineJS spreadsheet of {@code events} rows titled {@code title}: another title, another file. */
    private static byte[] csv(int events, String title) {
        return new String(ImportResourceTest.timelineJsCsv(events), StandardCharsets.UTF_8).replace("Big file", title)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] article(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Response get(String path) {
        return given().filter(cookies).redirects().follow(false).when().get(path);
    }

    private Response upload(String path, String name, byte[] content, String type, String language) {
        return given().filter(cookies).header("Accept-Language", language).redirects().follow(false)
                .multiPart("csrf-token", ImportResourceTest.csrf(get(path).asString())).multiPart("file", name, content, type)
                .multiPart("uploadPublished", "").when().post(path + "/upload");
    }
}
