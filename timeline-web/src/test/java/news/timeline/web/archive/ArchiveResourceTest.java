package news.timeline.web.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.export.ExportFixtures;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The site leaves as one archive and comes back whole into an empty site, history included; a broken
 * archive is refused with the file and line to blame and changes nothing.
 */
@QuarkusTest
class ArchiveResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String SLUG = ExportFixtures.TRICKY.slug();
    private static final String EDITED = "/editor/timelines/" + SLUG + "/milestones/geneva";
    private static final Timeline TRICKY = ExportFixtures.TRICKY;

    @Inject
    TimelineStore store;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LoginThrottle throttle;

    @Inject
    news.timeline.web.importing.ImportIntake imports;

    @Inject
    news.timeline.web.importing.FetchHosts hosts;

    @BeforeEach
    void prepare() {
        throttle.forgive();
        if (store.find(SLUG).isEmpty()) {
            store.save(TRICKY);
        }
    }

    @Test
    void theSiteComesBackWholeFromItsArchive() throws Exception {
        Admin admin = new Admin();
        correctAMilestone(admin);
        // An article waiting for its publication date, and an internal host articles may be fetched from.
        imports.stage(SLUG, "file", "wire.txt", "Envoys met in Riyadh on Tuesday.".getBytes(StandardCharsets.UTF_8),
                news.timeline.importer.read.ArticleMetadata.NONE);
        hosts.allow("cms.newsroom.internal", "admin");
        hosts.allow("staging.newsroom.internal", "admin");
        byte[] exported = admin.download();
        Map<String, String> before = entries(exported);
        assertThat(before.get("import_source.jsonl")).contains("\"file_name\":\"wire.txt\"");
        assertThat(before.get("import_allowed_host.jsonl")).contains("\"host\":\"cms.newsroom.internal\"");

        assertThat(before.keySet()).contains("manifest.json", "timeline.jsonl", "milestone.jsonl", "milestone_aud.jsonl",
                "revinfo.jsonl", "account.jsonl");
        assertThat(before.get("timeline.jsonl")).contains("\"slug\":\"" + SLUG + "\"", "\"embed_origins\"");
        assertThat(before.get("revinfo.jsonl")).contains("\"username\":\"admin\"");
        assertThat(String.join("\n", before.values())).as("no password hashes")
                .doesNotContain("password", "$2a$", "$2b$", "$2y$");

        wipe();
        hosts.allow("cms.newsroom.internal", "admin"); // one the new site allows already is kept, not doubled
        Response imported = admin.upload(exported);
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
        assertThat(imported.asString()).contains("The archive was imported", "Accounts this site already had, left as they are: admin");

        Map<String, String> after = withoutExportTime(entries(admin.download()));
        assertThat(after.remove("import_allowed_host.jsonl")).as("the host the site had is kept, once")
                .containsOnlyOnce("cms.newsroom.internal").contains("staging.newsroom.internal");
        Map<String, String> expected = withoutExportTime(before);
        expected.remove("import_allowed_host.jsonl");
        assertThat(after).isEqualTo(expected);
        assertThat(store.find(SLUG)).contains(store.find(SLUG).orElseThrow());
        assertThat(admin.get(EDITED + "/history").asString()).contains("by admin")
                .contains("<td>Summit in Geneva ends</td></tr>");
        assertThat(given().when().get("/timelines/" + SLUG).asString()).contains("Updates and corrections");
        assertThat(store.find(SLUG).orElseThrow().milestones()).extracting(Milestone::slug)
                .contains("caesar", "printing", "thaw", "geneva", "call", "planned", "someday");

        store.save(new Timeline("after-import", "Saved after the import", null, List.of(), List.of()));
        assertThat(store.find("after-import")).as("new ids do not collide with imported ones").isPresent();
    }

    @Test
    void brokenArchivesAreRefusedAndChangeNothing() throws Exception {
        Admin admin = new Admin();
        byte[] exported = admin.download();
        wipe();
        try {
            assertRefused(admin.upload("not a zip".getBytes(StandardCharsets.UTF_8)), 400, "not a zip file");
            assertRefused(admin.upload(edit(exported, "manifest.json", m -> m.replace("\"version\" : 1", "\"version\" : 2"))),
                    400, "archive is version 2; this site reads version 1 only");
            assertRefused(admin.upload(edit(exported, "manifest.json", m -> m.replace("\"format\"", "\"form\""))),
                    400, "this is not a site archive");
            assertRefused(admin.upload(edit(exported, "milestone.jsonl", lines -> lines.replaceFirst(
                    "\"date_value\":\"[^\"]*\"", "\"date_value\":\"2021-13-45\""))), 400, "milestone.jsonl</code>, line 1: date_value");
            assertRefused(admin.upload(edit(exported, "milestone_tag.jsonl", lines -> lines.replaceFirst(
                    "\"milestone_id\":\\d+", "\"milestone_id\":999999"))), 400, "milestone_tag.jsonl</code>, line 1: milestone_id 999999 names no record");
            String timelines = entries(exported).get("timeline.jsonl");
            String firstSlug = find(timelines, "\"slug\":\"([^\"]+)\"");
            String secondSlug = find(timelines.substring(timelines.indexOf('\n') + 1), "\"slug\":\"([^\"]+)\"");
            assertRefused(admin.upload(edit(exported, "timeline.jsonl", lines -> lines.replace(
                    "\"slug\":\"" + secondSlug + "\"", "\"slug\":\"" + firstSlug + "\""))), 400,
                    "timeline.jsonl</code>, line 2: the database refused this record");
            assertRefused(admin.upload(edit(exported, "era.jsonl", lines -> lines + lines.lines().findFirst().orElseThrow() + "\n")),
                    400, "era.jsonl</code>, line");
        } finally {
            Response restored = admin.upload(exported);
            assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(200);
        }
        assertRefused(admin.upload(exported), 409, "this site is not empty");
    }

    @Test
    void anArchiveIsHeldToTheEditorsRulesRowByRow() throws Exception {
        Admin admin = new Admin();
        byte[] exported = admin.download();
        wipe();
        try {
            assertRefused(admin.upload(edit(exported, "timeline.jsonl", lines -> lines.replaceFirst("\"embed_origins\":(null|\"[^\"]*\")",
                    "\"embed_origins\":\"https://a.example; script-src *\""))), 400, "timeline.jsonl</code>, line 1: embed_origins");
            assertRefused(admin.upload(edit(exported, "timeline.jsonl", lines -> lines.replaceFirst("\"cover_url\":(null|\"[^\"]*\")",
                    "\"cover_url\":\"javascript:alert(1)\""))), 400, "timeline.jsonl</code>, line 1: cover_url");
            assertRefused(admin.upload(edit(exported, "milestone_source.jsonl", lines -> lines.replaceFirst("\"url\":\"[^\"]*\"",
                    "\"url\":\"javascript:alert(1)\""))), 400, "is not valid here: expected an http:// or https:// address");
            assertRefused(admin.upload(edit(exported, "import_allowed_host.jsonl", lines -> lines
                    + "{\"host\":\"169.254.169.254\",\"added_by\":\"admin\",\"added_at\":\"2025-01-01T00:00:00Z\"}\n")),
                    400, "import_allowed_host.jsonl</code>, line");
            assertRefused(admin.upload(edit(exported, "milestone.jsonl", lines -> lines.replaceFirst("\"headline\":\"[^\"]*\"",
                    "\"headline\":\"" + "x".repeat(121) + "\""))), 400, "milestone.jsonl</code>, line 1: headline");

            // Script in a summary is cleaned away as the editor cleans it; the rest of the summary stays.
            byte[] scripted = edit(exported, "milestone.jsonl", lines -> lines.replaceFirst("\"summary\":(null|\"[^\"]*\")",
                    "\"summary\":\"Talks <script>alert(1)</script><img src=x onerror=alert(2)><a href=javascript:alert(3)>end</a>\""));
            Response imported = admin.upload(scripted);
            assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 java.sql.ResultSet summaries = statement.executeQuery("select summary from milestone where summary like 'Talks%'")) {
                assertThat(summaries.next()).isTrue();
                assertThat(summaries.getString(1)).startsWith("Talks").doesNotContain("<script", "onerror", "javascript:", "<img");
            }
            wipe();
        } finally {
            Response restored = admin.upload(exported);
            assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdministratorsReachTheArchive() {
        given().redirects().follow(false).when().get("/editor/archive/download").then().statusCode(302);
        assertThat(new Admin().get("/editor/archive").asString()).contains("Download the site archive", "Import the archive");
    }

    private void assertRefused(Response response, int status, String message) throws SQLException {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.asString()).contains("Nothing was imported").contains(message.replace("\"", "&quot;"));
        if (status != 409) {
            try (Connection connection = dataSource.getConnection()) {
                for (String table : List.of("timeline", "milestone", "actor", "revinfo", "milestone_aud")) {
                    assertThat(SiteArchive.count(connection, table)).as(table + " after a refused import").isZero();
                }
            }
        }
    }

    /** A correction by a signed-in editor, so that the history has an author. */
    private static void correctAMilestone(Admin admin) {
        String form = admin.get(EDITED).asString();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*>").matcher(form);
        while (inputs.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(inputs.group());
            if (!inputs.group().contains("type=\"checkbox\"")) {
                fields.put(inputs.group(1), value.find() ? unescape(value.group(1)) : "");
            } else if (inputs.group().contains(" checked")) {
                fields.put(inputs.group(1), "on");
            }
        }
        Matcher areas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(form);
        while (areas.find()) {
            fields.put(areas.group(1), unescape(areas.group(2)));
        }
        Matcher selects = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (selects.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(selects.group(2));
            if (selected.find()) {
                fields.put(selects.group(1), selected.group(1));
            }
        }
        fields.put("headline", "Summit in Geneva ends");
        Response saved = admin.post(EDITED, form, fields);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(admin.get(EDITED + "/history").asString()).as("the correction is in the history").contains("by admin");
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private void wipe() throws SQLException {
        EmptySite.wipe(dataSource);
    }

    private static Map<String, String> withoutExportTime(Map<String, String> entries) {
        Map<String, String> copy = new LinkedHashMap<>(entries);
        copy.computeIfPresent("manifest.json", (name, text) -> text.replaceAll("\"exportedAt\" : \"[^\"]+\"", ""));
        return copy;
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static byte[] edit(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream copy = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries(zip).entrySet()) {
                copy.putNextEntry(new ZipEntry(entry.getKey()));
                String content = entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue();
                assertThat(!entry.getKey().equals(name) || !content.equals(entry.getValue())).as("the edit changed " + name).isTrue();
                copy.write(content.getBytes(StandardCharsets.UTF_8));
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    /** The administrator's browser: a session and the CSRF cookie. */
    private static final class Admin {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Admin() {
            Response signedIn = news.timeline.web.security.EditorSession.signInResponse("admin", "test-admin-password");
            cookies.put("timeline-session", signedIn.getCookie("timeline-session"));
        }

        Response get(String path) {
            Response response = given().redirects().follow(false).cookies(cookies).when().get(path);
            response.getCookies().forEach(cookies::put);
            return response;
        }

        byte[] download() {
            Response response = get("/editor/archive/download");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.getHeader("Content-Disposition")).contains("site-archive-");
            return response.asByteArray();
        }

        Response upload(byte[] archive) {
            String page = get("/editor/archive").asString();
            return given().redirects().follow(false).cookies(cookies)
                    .multiPart("csrf-token", find(page, CSRF_FIELD.pattern()))
                    .multiPart("archive", "site.zip", archive, "application/zip")
                    .when().post("/editor/archive");
        }

        Response post(String path, String form, Map<String, String> fields) {
            var request = given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", find(form, CSRF_FIELD.pattern()));
            fields.forEach((name, value) -> {
                if (!name.equals("csrf-token")) {
                    request.formParam(name, value);
                }
            });
            return request.when().post(path);
        }
    }
}
