package news.timeline.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import news.timeline.web.archive.EmptySite;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.editor.TimelineForm;
import news.timeline.web.importing.FetchHosts;
import news.timeline.web.importing.ImportJobs;
import news.timeline.web.importing.ImportQueue;
import news.timeline.web.security.ApiTokens;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored cross-site scripting: hostile text goes in through every field of a timeline and a milestone, by
 * every way in (the editor's forms, the JSON API, each file format the import reads, the site archive), and
 * Chromium then opens every page that shows it, the reader's and the editor's. No script may run.
 *
 * <p>Each payload calls {@code alert('xss:<where it went in>')}, so a dialog names the field that let it
 * through. Pages are opened with the Content-Security-Policy bypassed, so that escaping is tested on its own
 * and the policy is a second wall, not the only one; the page is also scanned for what would run on a click
 * or a later event (event-handler attributes, {@code javascript:} links, inline scripts, {@code srcdoc}).
 * A second pass opens the reader's pages with the policy in force and requires that it never had to
 * block anything: a violation means markup got through escaping.
 */
@QuarkusTest
class StoredXssTest extends ChromiumTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "test-admin-password";
    private static final String FORMS = "xss-forms";
    private static final String API = "xss-api";
    private static final String FILES = "xss-files";
    private static final String ARCHIVE = "xss-archive";
    private static final String DAY = "2025-02-12";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The classic ways out of text and attributes, {@code ID} standing for the field. They break out of an
     * element, a double- or single-quoted attribute, a textarea, a title, a script block (JSON-LD), or try
     * template syntax; some need no closing tag, and one frames a script of its own.
     */
    private static final List<String> BREAKOUTS = List.of(
            "<script>alert('xss:ID')</script>",
            "<img src=x onerror=alert('xss:ID')>",
            "<svg onload=alert('xss:ID')>",
            "\"><script>alert('xss:ID')</script>",
            "'><img src=x onerror=alert('xss:ID')>",
            "</textarea><script>alert('xss:ID')</script>",
            "</title><svg onload=alert('xss:ID')>",
            "</script><script>alert('xss:ID')</script>",
            "\" autofocus onfocus=\"alert('xss:ID')",
            "{alert('xss:ID')} ${alert('xss:ID')} {{alert('xss:ID')}}",
            "<iframe srcdoc=\"<script>parent.alert('xss:ID')</script>\"></iframe>",
            "<a href=\"javascript:alert('xss:ID')\">more</a>");

    /**
     * Finds, in a page and the documents of its frames, what could run script later: handlers, script URLs,
     * inline scripts, srcdoc. Frames are read through the page, not waited for: a lazy frame may never load.
     */
    private static final String HAZARDS = """
            () => {
              const found = [];
              const scan = (doc, where) => {
                for (const el of doc.querySelectorAll('*')) {
                  for (const a of el.attributes) {
                    const name = a.name.toLowerCase();
                    const value = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                    if (name.startsWith('on')) found.push(where + el.localName + ' ' + name + '=' + a.value);
                    if (name === 'srcdoc') found.push(where + el.localName + ' srcdoc');
                    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(name)
                        && (value.startsWith('javascript:') || value.startsWith('data:text/html'))) {
                      found.push(where + el.localName + ' ' + name + '=' + a.value);
                    }
                  }
                  if (el.localName === 'script' && !el.src && el.type !== 'application/ld+json') {
                    found.push(where + 'inline script ' + el.textContent.slice(0, 80));
                  }
                  if (el.localName === 'script' && el.type === 'application/ld+json') {
                    try { JSON.parse(el.textContent); } catch (e) { found.push(where + 'broken JSON-LD ' + el.textContent.slice(0, 80)); }
                  }
                  if (['object', 'embed', 'base'].includes(el.localName)) found.push(where + el.localName);
                  if (el.localName === 'iframe' && el.contentDocument) scan(el.contentDocument, where + 'frame ' + el.src + ': ');
                }
              };
              scan(document, '');
              return found;
            }""";

    /** The page's text as a reader reads it, and the values in its form fields as an editor sees them. */
    private static final String TEXT = """
            () => document.body.innerText + '\\n'
              + [...document.querySelectorAll('input, textarea')].map(f => f.value).join('\\n')""";

    @Inject
    EditorService editor;

    @Inject
    ApiTokens tokens;

    @Inject
    ImportQueue imports;

    @Inject
    LoginThrottle throttle;

    @Inject
    FetchHosts hosts;

    @Inject
    ImportJobs jobs;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void forgiveSignIns() {
        throttle.forgive();
    }

    /** The payload for {@code field}, the breakout picked by the field's name. */
    private static String hostile(String field) {
        return BREAKOUTS.get(Math.floorMod(field.hashCode(), BREAKOUTS.size())).replace("ID", field);
    }

    /** The payload for {@code field}, breakout number {@code kind}: where a field needs a particular one. */
    private static String hostile(String field, int kind) {
        return BREAKOUTS.get(kind).replace("ID", field);
    }

    @Test
    void whatEditorsTypeIntoTheFormsRunsNowhere() {
        try (Checked checked = new Checked()) {
            checked.signedIn();
            if (editor.timeline(FORMS).isEmpty()) {
                storeThroughForms(checked);
            }
            checked.everySurface(FORMS, formsExpected());
        }
    }

    /** What the forms' payloads leave readers to read on the timeline's page. */
    private static Set<String> formsExpected() {
        return new LinkedHashSet<>(List.of(hostile("forms.title", 3), hostile("forms.description", 5),
                hostile("forms.coverCredit", 1), hostile("forms.era", 2), hostile("forms.note", 7),
                hostile("forms.headline", 1), hostile("forms.correction", 0), hostile("forms.actor", 2),
                hostile("forms.place", 3), hostile("forms.tag", 6), hostile("forms.tag2", 9),
                hostile("forms.sourceTitle", 4), hostile("forms.sourceOutlet", 7), hostile("forms.quote", 5),
                hostile("forms.mediaCredit", 8), hostile("forms.mediaCaption", 10)));
    }

    /** An editor in Chromium types a payload into every field of the timeline's and the milestone's forms. */
    private void storeThroughForms(Checked checked) {
        Page page = checked.page;
        page.navigate(base + "editor");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(hostile("forms.title", 3));
        page.getByLabel("Address (optional; made from the title)").fill(FORMS);
        page.getByLabel("State", new Page.GetByLabelOptions().setExact(true)).selectOption("PUBLISHED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create timeline")).click();
        checked.check(page, hostile("forms.title", 3));

        // A broken attribute and a policy fragment among the embedding sites are refused, and shown back as typed.
        String origins = "https://a.example\"><script>alert('xss:forms.origins')</script> 'unsafe-inline'";
        page.locator("#f-embedOrigins").fill(origins);
        page.locator("#f-description").fill(hostile("forms.description", 5));
        page.locator("#f-coverUrl").fill("https://img.example/cover.png?'onerror='alert(1)");
        page.locator("#f-coverAlt").fill(hostile("forms.coverAlt", 4));
        page.locator("#f-coverCredit").fill(hostile("forms.coverCredit", 1));
        page.locator("#f-era-0-name").fill(hostile("forms.era", 2));
        page.locator("#f-era-0-start").fill("2025");
        saveTimeline(page);
        assertThat(page.locator("#e-embedOrigins").count()).as("hostile embedding sites are refused").isEqualTo(1);
        checked.check(page, origins, hostile("forms.era", 2), hostile("forms.coverAlt", 4));
        page.locator("#f-embedOrigins").fill("https://news.example.org");
        saveTimeline(page);
        assertThat(page.locator(".tl-flash").textContent()).isEqualTo("Timeline saved");

        page.locator("#f-note").fill(hostile("forms.note", 7));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish note")).click();
        checked.check(page, hostile("forms.note", 7));

        page.navigate(base + "editor/timelines/" + FORMS + "/milestones/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", hostile("forms.headline", 1));
        fields.put("summary", "Talks " + hostile("forms.summary", 0) + hostile("forms.summary2", 1)
                + hostile("forms.summary3", 11) + " <em onclick=\"alert('xss:forms.summary4')\">end</em>");
        fields.put("date", DAY);
        fields.put("actors", "Ann Smith, " + hostile("forms.actor", 2));
        fields.put("places", hostile("forms.place", 3));
        fields.put("tags", hostile("forms.tag", 6) + ", " + hostile("forms.tag2", 9));
        fields.put("sourceTitle", hostile("forms.sourceTitle", 4));
        fields.put("sourceOutlet", hostile("forms.sourceOutlet", 7));
        fields.put("sourceUrl", "https://news.example/a\"><svg/onload=alert('xss:forms.sourceUrl')>");
        fields.put("sourcePublished", DAY);
        fields.put("sourceQuote", hostile("forms.quote", 5));
        fields.put("media-0-url", "https://img.example/a.png\"onerror=\"alert('xss:forms.mediaUrl')");
        fields.put("media-0-alt", "A picture");
        fields.put("media-0-credit", hostile("forms.mediaCredit", 8));
        fields.put("media-0-caption", hostile("forms.mediaCaption", 10));
        fields.forEach((name, value) -> page.locator("#f-" + name).fill(value));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
        assertThat(page.locator(".tl-flash").textContent()).startsWith("Milestone saved");
        checked.check(page, fields.get("headline"));
        String slug = page.url().replaceFirst(".*[?&]at=([^&#]+).*", "$1");
        page.navigate(base + "editor/timelines/" + FORMS + "/milestones/" + slug);
        fields.remove("summary");
        checked.check(page, fields.values().toArray(String[]::new));
        // A correction after publication: readers see the old and the new headline under "Updates and corrections".
        page.locator("#f-headline").fill(hostile("forms.correction", 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone")).click();
        assertThat(page.locator(".tl-flash").textContent()).startsWith("Milestone saved");
        checked.check(page);
    }

    @Test
    void whatProgramsSendThroughTheApiRunsNowhere() {
        String token = tokens.create(USER, "stored-xss", null).token();
        Set<String> expected = new LinkedHashSet<>();
        if (editor.timeline(API).isEmpty()) {
            api(token).body(Map.of("title", hostile("api.title", 6), "slug", API, "description", hostile("api.description", 0),
                    "state", "published")).post("/api/editor/timelines").then().statusCode(201);
            long version = api(token).get("/api/editor/timelines/" + API).then().extract().jsonPath().getLong("version");
            Response origins = api(token).body(Map.of("title", hostile("api.title", 6), "state", "published",
                    "embedOrigins", "https://a.example; script-src 'unsafe-inline'", "version", version))
                    .put("/api/editor/timelines/" + API);
            assertThat(origins.statusCode()).as("a policy fragment among the embedding sites").isEqualTo(422);

            Map<String, Object> milestone = new LinkedHashMap<>();
            milestone.put("headline", hostile("api.headline", 3));
            milestone.put("summary", hostile("api.summary", 1) + " and " + hostile("api.summary2", 10));
            milestone.put("date", DAY);
            // A comma is part of a name the API sends: the whole name is one actor, shown as text.
            milestone.put("actors", List.of(hostile("api.actor", 4), "Smith, " + hostile("api.actor2", 2)));
            milestone.put("places", List.of(hostile("api.place", 7)));
            milestone.put("tags", List.of(hostile("api.tag", 8)));
            milestone.put("source", Map.of("title", hostile("api.sourceTitle", 5), "outlet", hostile("api.sourceOutlet", 9),
                    "url", "https://news.example/b'><script>alert('xss:api.sourceUrl')</script>", "published", DAY,
                    "quote", hostile("api.quote", 0)));
            milestone.put("media", Map.of("url", "https://img.example/b.png'onerror='alert(1)",
                    "credit", hostile("api.mediaCredit", 2), "caption", hostile("api.mediaCaption", 6)));
            Map<String, Object> scriptUrl = new LinkedHashMap<>(milestone);
            scriptUrl.put("source", Map.of("title", "t", "url", "javascript:alert('xss:api.jsurl')"));
            assertThat(api(token).body(scriptUrl).post("/api/editor/timelines/" + API + "/milestones").statusCode())
                    .as("a javascript: source").isEqualTo(422);
            Response created = api(token).body(milestone).post("/api/editor/timelines/" + API + "/milestones");
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            String slug = created.jsonPath().getString("milestone.slug");
            milestone.put("headline", hostile("api.correction", 11));
            milestone.put("version", created.jsonPath().getLong("version"));
            api(token).body(milestone).put("/api/editor/timelines/" + API + "/milestones/" + slug).then().statusCode(200);

            Response imported = api(token).body(Map.of("text", article("api.article"), "published", DAY,
                    "title", hostile("api.articleTitle", 2), "outlet", hostile("api.articleOutlet", 4),
                    "url", "https://news.example/c\"onmouseover=\"alert('xss:api.articleUrl')"))
                    .post("/api/editor/timelines/" + API + "/imports");
            assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
            assertThat(imported.jsonPath().getInt("added")).as("candidates from the article").isPositive();
        }
        expected.addAll(List.of(hostile("api.title", 6), hostile("api.description", 0), hostile("api.headline", 3),
                hostile("api.correction", 11), hostile("api.actor", 4), hostile("api.actor2", 2), hostile("api.place", 7),
                hostile("api.tag", 8), hostile("api.sourceTitle", 5), hostile("api.sourceOutlet", 9), hostile("api.quote", 0),
                hostile("api.mediaCredit", 2), hostile("api.mediaCaption", 6)));
        try (Checked checked = new Checked()) {
            checked.signedIn();
            checked.reviewThenPublish(API, hostile("api.article.quote", 1), hostile("api.article.quote2", 5));
            checked.everySurface(API, expected);
        }
    }

    @Test
    void whatImportedFilesHoldRunsNowhere() throws IOException {
        try (Checked checked = new Checked()) {
            Page page = checked.signedIn();
            if (editor.timeline(FILES).isEmpty()) {
                editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("Imported files", FILES, null, "PUBLISHED"));
                page.navigate(base + "editor/timelines/" + FILES + "/import");
                // The paste form.
                page.locator("#f-text").fill(article("paste.article"));
                page.locator("#f-published").fill(DAY);
                page.locator("#f-title").fill(hostile("paste.title", 3));
                page.locator("#f-outlet").fill(hostile("paste.outlet", 5));
                page.locator("#f-url").fill("https://news.example/d'onfocus='alert(1)'autofocus='");
                page.locator("#f-text").locator("xpath=ancestor::form").getByRole(AriaRole.BUTTON).first().click();
                checked.check(page);
                assertThat(page.locator(".tl-flash").textContent()).contains("to review");

                fetchAnArticle(checked);
                page.setInputFiles("#f-file", files());
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
                checked.check(page);
                assertThat(page.locator(".tl-flash").textContent()).contains("articles read", "from TimelineJS to review");
                Locator dates = page.locator("input[name=published]");
                for (int i = 0; i < dates.count(); i++) {
                    dates.nth(i).fill(DAY);
                }
                page.locator("form[action$='/import/confirm'] button:not([formaction])").click();
                checked.check(page);
            }
            // What each reader hands on, as text: decoded once from the file's own escaping, never twice into markup.
            Set<String> expected = new LinkedHashSet<>(List.of("<svg onload=alert('xss:tljs.headline')> Call",
                    "<img src=x onerror=alert('xss:csv.headline')> Envoys",
                    "<script>alert('xss:ics.summary')</script> Talks", hostile("txt.quote", 1),
                    hostile("paste.article.quote", 1), "<img src=x onerror=alert('xss:html.body')>",
                    "<img src=x onerror=alert('xss:rss.body')>", "<img src=x onerror=alert('xss:fetch.body')>",
                    hostile("atom.correction", 0), hostile("mcsv.correction", 0), hostile("ical.correction", 0)));
            checked.reviewThenPublish(FILES, expected.toArray(String[]::new));
            checked.everySurface(FILES, expected);
        }
    }

    @Test
    void whatASiteArchiveHoldsRunsNowhere() throws Exception {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String field : List.of("TITLE", "DESCRIPTION", "COVER_ALT", "COVER_CREDIT", "ERA", "NOTE", "HEADLINE", "SUMMARY",
                "ACTOR", "PLACE", "TAG", "SOURCE_TITLE", "SOURCE_OUTLET", "QUOTE", "MEDIA_CREDIT", "MEDIA_CAPTION")) {
            placeholders.put("XSS_ARCHIVE_" + field, hostile("archive." + field.toLowerCase(java.util.Locale.ROOT)));
        }
        if (editor.timeline(ARCHIVE).isEmpty()) {
            editor.createTimeline(new news.timeline.web.api.ApiModel.NewTimeline("XSS_ARCHIVE_TITLE", ARCHIVE, "XSS_ARCHIVE_DESCRIPTION", "PUBLISHED"));
            TimelineForm settings = new TimelineForm();
            settings.title = "XSS_ARCHIVE_TITLE";
            settings.description = "XSS_ARCHIVE_DESCRIPTION";
            settings.state = "PUBLISHED";
            settings.coverUrl = "https://img.example/archive.png";
            settings.coverAlt = "XSS_ARCHIVE_COVER_ALT";
            settings.coverCredit = "XSS_ARCHIVE_COVER_CREDIT";
            settings.eraName = List.of("XSS_ARCHIVE_ERA");
            settings.eraStart = List.of("2025");
            settings.eraEnd = List.of("");
            settings.version = Long.toString(editor.timeline(ARCHIVE).orElseThrow().version());
            editor.updateTimeline(ARCHIVE, settings);
            editor.addNote(ARCHIVE, "XSS_ARCHIVE_NOTE", USER);
            MilestoneForm form = MilestoneForm.blank();
            form.headline = "XSS_ARCHIVE_HEADLINE";
            form.summary = "XSS_ARCHIVE_SUMMARY";
            form.date = DAY;
            form.actors = "XSS_ARCHIVE_ACTOR";
            form.places = "XSS_ARCHIVE_PLACE";
            form.tags = "XSS_ARCHIVE_TAG";
            form.sourceTitle = "XSS_ARCHIVE_SOURCE_TITLE";
            form.sourceOutlet = "XSS_ARCHIVE_SOURCE_OUTLET";
            form.sourceUrl = "https://news.example/archive";
            form.sourceQuote = "XSS_ARCHIVE_QUOTE";
            form.addMedia(news.timeline.core.milestone.Media.image("https://img.example/archive-media.png", "XSS_ARCHIVE_MEDIA_ALT",
                    "XSS_ARCHIVE_MEDIA_CAPTION", "XSS_ARCHIVE_MEDIA_CREDIT"));
            editor.saveMilestone(ARCHIVE, null, form);

            EditorSession admin = EditorSession.signIn(USER, PASSWORD);
            byte[] original = admin.get("/editor/archive/download").then().statusCode(200).extract().asByteArray();
            byte[] hostile = rewrite(original, text -> {
                String out = text;
                for (Map.Entry<String, String> p : placeholders.entrySet()) {
                    out = out.replace(p.getKey(), json(p.getValue()));
                }
                // Markup the summary may not keep, where the editor's form would have cleaned it.
                return out.replace(json(hostile("archive.summary")), json("Talks " + hostile("archive.summary", 0)
                        + hostile("archive.summary2", 1) + hostile("archive.summary3", 11)));
            });
            EmptySite.wipe(dataSource);
            boolean imported = false;
            try {
                Response upload = uploadArchive(admin, hostile);
                assertThat(upload.statusCode()).as(upload.asString()).isEqualTo(200);
                imported = true;
            } finally {
                if (!imported) {
                    EmptySite.wipe(dataSource);
                    uploadArchive(admin, original).then().statusCode(200);
                }
            }
        }
        // The summary keeps only its words, and alt text is no text on the page.
        placeholders.remove("XSS_ARCHIVE_SUMMARY");
        placeholders.remove("XSS_ARCHIVE_COVER_ALT");
        try (Checked checked = new Checked()) {
            checked.signedIn();
            checked.everySurface(ARCHIVE, new LinkedHashSet<>(placeholders.values()));
        }
    }

    /** An article page fetched by its address, from a site an administrator allowed: this machine. */
    private void fetchAnArticle(Checked checked) throws IOException {
        byte[] article = html("fetch").getBytes(StandardCharsets.UTF_8);
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/news/story.html", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, article.length);
            exchange.getResponseBody().write(article);
            exchange.close();
        });
        site.start();
        boolean allowedHere = !hosts.isAllowed("127.0.0.1");
        try {
            if (allowedHere) {
                hosts.allow("127.0.0.1", USER);
            }
            checked.page.locator("#f-address").fill("http://127.0.0.1:" + site.getAddress().getPort() + "/news/story.html");
            checked.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fetch").setExact(true)).click();
            checked.check(checked.page);
            assertThat(checked.page.locator(".tl-flash").textContent()).contains("will be fetched in the background");
            // The fetch is a background job: once it is done, the page lists it with what it read.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
            while (jobs.recent(FILES).get(0).pending()) {
                assertThat(System.nanoTime()).as("the fetch job finished within a minute").isLessThan(deadline);
                checked.page.waitForTimeout(50);
            }
            checked.page.reload();
            checked.check(checked.page);
            assertThat(checked.page.locator(".tl-jobs").textContent()).contains("Done: 1 article read");
        } finally {
            site.stop(0);
            if (allowedHere) {
                hosts.remove("127.0.0.1");
            }
        }
    }

    /** An article with dated event sentences the importer finds, hostile text inside them. */
    private static String article(String id) {
        return "MOSCOW — On 12 February 2025, Vladimir Putin met " + hostile(id + ".quote", 1) + " envoys in Riyadh.\n\n"
                + "On 13 February 2025, Sergei Lavrov signed " + hostile(id + ".quote2", 5) + " an agreement in Moscow.\n";
    }

    /** An article page with hostile text in its title, metadata, JSON-LD and body, by the reader's rules. */
    private static String html(String id) {
        return """
                <!doctype html><html><head><title>&lt;script&gt;alert('xss:ID.title')&lt;/script&gt;</title>
                <meta property="og:site_name" content="&lt;svg onload=alert('xss:ID.site')&gt;">
                <meta property="article:published_time" content="2025-02-12T09:00:00+00:00">
                <link rel="canonical" href="https://news.example/html&quot;&gt;&lt;script&gt;alert('xss:ID.url')&lt;/script&gt;">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"<img src=x onerror=alert('xss:ID.ld')>",
                "datePublished":"2025-02-12","author":{"name":"</textarea><svg onload=alert('xss:ID.author')>"}}</script>
                <script>alert('xss:ID.inline')</script></head>
                <body><article><h1>Talks</h1>
                <p>On 12 February 2025, Vladimir Putin met &lt;img src=x onerror=alert('xss:ID.body')&gt; envoys in Riyadh.</p>
                <p onclick="alert('xss:ID.onclick')">On 13 February 2025, Sergei Lavrov signed <b>an</b>
                &lt;script&gt;alert('xss:ID.body2')&lt;/script&gt; agreement in Moscow.</p></article></body></html>
                """.replace("ID", id);
    }

    /** One file of every format the import reads, each with hostile text in every field the format has. */
    private FilePayload[] files() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>&lt;svg onload=alert('xss:rss.channel')&gt;</title>
                <link>https://news.example/</link><description>News</description>
                <item><title>"&gt;&lt;script&gt;alert('xss:rss.title')&lt;/script&gt;</title>
                <link>https://news.example/rss"&gt;&lt;img/src=x/onerror=alert('xss:rss.link')&gt;</link>
                <description>&lt;p&gt;On 12 February 2025, Vladimir Putin met &amp;lt;img src=x onerror=alert('xss:rss.body')&amp;gt; envoys in Riyadh.&lt;/p&gt;&lt;script&gt;alert('xss:rss.script')&lt;/script&gt;</description>
                <author>desk@news.example (&lt;img src=x onerror=alert('xss:rss.author')&gt;)</author>
                <pubDate>Wed, 12 Feb 2025 10:00:00 GMT</pubDate></item></channel></rss>
                """;
        String timelineJs = """
                {"title": {"text": {"headline": "<script>alert('xss:tljs.title')</script>Talks",
                    "text": "<img src=x onerror=alert('xss:tljs.titletext')>"}},
                 "events": [
                  {"start_date": {"year": "2025", "month": "2", "day": "12"}, "unique_id": "call",
                   "text": {"headline": "&lt;svg onload=alert('xss:tljs.headline')&gt; Call",
                            "text": "<p>Call <script>alert('xss:tljs.text')</script><a href=\\"javascript:alert('xss:tljs.link')\\">x</a></p>"},
                   "media": {"url": "https://img.example/t.png\\"onerror=\\"alert('xss:tljs.media')",
                             "credit": "<b onmouseover=alert('xss:tljs.credit')>AP</b>",
                             "caption": "\\"><img src=x onerror=alert('xss:tljs.caption')>"},
                   "group": "<svg onload=alert('xss:tljs.group')>",
                   "display_date": "</title><svg onload=alert('xss:tljs.display')>"},
                  {"start_date": {"year": "2025", "month": "2", "day": "18"},
                   "text": {"headline": "Riyadh talks", "text": "'><img src=x onerror=alert('xss:tljs.text2')>"},
                   "media": {"url": "javascript:alert('xss:tljs.jsmedia')"}}],
                 "eras": [{"start_date": {"year": "2025"}, "end_date": {"year": "2025", "month": "3"},
                   "text": {"headline": "<img src=x onerror=alert('xss:tljs.era')>"}}]}
                """;
        String timelineCsv = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
                + "2025,2,14,,,,,," + csv(hostile("csv.display", 0)) + ","
                + csv("&lt;img src=x onerror=alert('xss:csv.headline')&gt; Envoys") + ","
                + csv("<p>Envoys " + hostile("csv.text", 0) + "</p>") + ",https://img.example/c.png'onerror='alert(1),"
                + csv(hostile("csv.credit", 2)) + "," + csv(hostile("csv.caption", 5)) + ","
                + csv("javascript:alert('xss:csv.thumbnail')") + ",," + csv(hostile("csv.group", 3)) + ","
                + csv("url(javascript:alert('xss:csv.background'))") + "\n";
        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Newsroom//Test//EN",
                "BEGIN:VEVENT", "UID:xss-1@news.example", "DTSTAMP:20250212T000000Z", "DTSTART;VALUE=DATE:20250215",
                "SUMMARY:<script>alert('xss:ics.summary')</script> Talks",
                "DESCRIPTION:<img src=x onerror=alert('xss:ics.description')>",
                "LOCATION:\"><svg onload=alert('xss:ics.location')>",
                "CATEGORIES:<svg onload=alert('xss:ics.category')>",
                "URL:https://news.example/ics\"><script>alert('xss:ics.url')</script>",
                "END:VEVENT", "END:VCALENDAR", "");
        return new FilePayload[] {
            file("<svg onload=alert('xss:txt.name')>.txt", "text/plain", hostile("txt.headline", 0) + "\n\n" + article("txt")),
            file("article.html", "text/html", html("html")),
            file("feed.xml", "application/rss+xml", rss),
            file("timeline.json", "application/json", timelineJs),
            file("timeline.csv", "text/csv", timelineCsv),
            file("calendar.ics", "text/calendar", calendar),
            // Our own exports come back through their own readers: the forms' timeline, its payloads renamed.
            file("feed.atom", "application/atom+xml", export("feed.atom", "atom")),
            file("milestones.csv", "text/csv", export("milestones.csv", "mcsv")),
            file("export.ics", "text/calendar", export("calendar.ics", "ical")),
        };
    }

    /** An export of the forms' timeline, each payload's field renamed so that a dialog names the reader. */
    private String export(String file, String reader) {
        if (editor.timeline(FORMS).isEmpty()) {
            try (Checked checked = new Checked()) {
                checked.signedIn();
                storeThroughForms(checked);
            }
        }
        String body = given().when().get("/timelines/" + FORMS + "/" + file).then().statusCode(200).extract().asString();
        return body.replace("xss:forms.", "xss:" + reader + ".").replace(FORMS, FORMS + "-" + reader);
    }

    private static FilePayload file(String name, String type, String content) {
        return new FilePayload(name, type, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String json(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void saveTimeline(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
    }

    private static io.restassured.specification.RequestSpecification api(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static Response uploadArchive(EditorSession admin, byte[] archive) {
        Response page = admin.get("/editor/archive");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).isTrue();
        return given().redirects().follow(false).cookie("timeline-session", admin.cookie())
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .multiPart("csrf-token", token.group(1))
                .multiPart("archive", "site.zip", archive, "application/zip")
                .when().post("/editor/archive");
    }

    private static byte[] rewrite(byte[] zip, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A signed-in browser that watches every page it opens: dialogs, hazards in the page and its frames, and
     * (in the second pass) what the Content-Security-Policy blocked.
     */
    private final class Checked implements AutoCloseable {
        private final BrowserContext bypassing = context(true);
        private final List<String> dialogs = new ArrayList<>();
        private Page page;

        private BrowserContext context(boolean bypassCsp) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(bypassCsp));
            context.setDefaultTimeout(15_000);
            // Nothing leaves the machine: other hosts fail at once, which fires any onerror an image carries.
            context.route(url -> !url.startsWith(base.toString()), route -> route.abort());
            return context;
        }

        Page signedIn() {
            page = signIn(bypassing);
            return page;
        }

        /** A page whose dialogs are recorded, with where they opened, and dismissed. */
        private Page watched(BrowserContext context) {
            Page watched = context.newPage();
            watched.onDialog(dialog -> {
                dialogs.add(watched.url() + ": " + dialog.message());
                dialog.dismiss();
            });
            return watched;
        }

        private Page signIn(BrowserContext context) {
            Page signing = watched(context);
            signing.navigate(base + "login");
            signing.getByLabel("Username").fill(USER);
            signing.getByLabel("Password").fill(PASSWORD);
            signing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            signing.waitForURL(Pattern.compile("/editor$"));
            return signing;
        }

        /** The page as it is now: no dialog so far, no hazard, and each of {@code texts} shown as text. */
        void check(Page at, String... texts) {
            @SuppressWarnings("unchecked")
            List<String> hazards = (List<String>) at.evaluate(HAZARDS);
            assertThat(dialogs).as("script that ran").isEmpty();
            assertThat(hazards).as("script waiting to run on " + at.url()).isEmpty();
            String shown = (String) at.evaluate(TEXT);
            for (String text : texts) {
                assertThat(shown).as("shown as text on " + at.url()).contains(text);
            }
        }

        /** Opens the candidates' pages, then accepts and publishes every candidate so readers see them too. */
        void reviewThenPublish(String timeline, String... texts) {
            visit("editor/timelines/" + timeline + "/import", texts);
            List<ImportQueue.Pending> pending = imports.pending(timeline, 0, ImportQueue.REVIEW_PAGE);
            assertThat(pending).as("candidates to review").isNotEmpty();
            // The form of a candidate is the milestone's form, which every accepted candidate is checked in below.
            visit("editor/timelines/" + timeline + "/import/" + pending.get(0).id() + "/edit");
            for (ImportQueue.Pending candidate : pending) {
                String slug = imports.accept(timeline, candidate.id());
                EditorService.EditableMilestone draft = editor.milestone(timeline, slug).orElseThrow();
                MilestoneForm form = MilestoneForm.of(draft.milestone(), true, draft.version());
                // An imported picture without a caption came without alt text, which a save asks for.
                form.mediaAlt.replaceAll(alt -> alt == null || alt.isBlank() ? "An imported picture" : alt);
                editor.saveMilestone(timeline, slug, form);
            }
        }

        void visit(String path, String... texts) {
            page.navigate(base + path);
            check(page, texts);
        }

        /**
         * Every page that shows the timeline's content, to readers (search results too) and to editors;
         * {@code expected} must be read as text on the timeline's page. Then the reader's pages again with the
         * policy in force.
         */
        void everySurface(String timeline, Set<String> expected) {
            List<String> paths = new ArrayList<>(List.of("", "?q=xss", "timelines/" + timeline, "embed/timelines/" + timeline,
                    "editor", "editor/timelines/" + timeline, "editor/timelines/" + timeline + "/import"));
            for (EditorService.MilestoneRow row : editor.allMilestoneRows(timeline)) {
                paths.add("timelines/" + timeline + "/milestones/" + row.slug());
                paths.add("editor/timelines/" + timeline + "/milestones/" + row.slug());
                paths.add("editor/timelines/" + timeline + "/milestones/" + row.slug() + "/history");
            }
            Set<String> gathered = new LinkedHashSet<>();
            for (String path : paths) {
                visit(path, path.equals("timelines/" + timeline) ? expected.toArray(String[]::new) : new String[0]);
                for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll("
                        + "'a[href^=\"/actors/\"], a[href^=\"/places/\"], a[href^=\"/tags/\"]')].map(a => a.getAttribute('href'))")) {
                    gathered.add(((String) href).substring(1));
                }
            }
            assertThat(gathered).as("actor, place and tag pages").isNotEmpty();
            for (String path : gathered) {
                visit(path);
                paths.add(path);
            }
            // The reader's pages again, with the policy in force: it must have had nothing to block.
            List<String> strictPaths = List.of("timelines/" + timeline, "embed/timelines/" + timeline,
                    paths.get(paths.indexOf("editor/timelines/" + timeline + "/import") + 1), paths.get(paths.size() - 1));
            try (BrowserContext enforcing = context(false)) {
                Page strict = watched(enforcing);
                List<String> blocked = new ArrayList<>();
                strict.onConsoleMessage(message -> {
                    if (message.text().contains("Content Security Policy")) {
                        blocked.add(strict.url() + ": " + message.text());
                    }
                });
                for (String path : strictPaths) {
                    strict.navigate(base + path);
                }
                assertThat(dialogs).as("script that ran despite the policy").isEmpty();
                assertThat(blocked).as("what the policy had to block").isEmpty();
            }
        }

        @Override
        public void close() {
            bypassing.close();
        }
    }
}
