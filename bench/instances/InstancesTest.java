// Two instances of the site on one PostgreSQL database, behind nginx, as a newsroom runs them: a test, not a
// benchmark. It exits 1 when any check fails, and prints one Markdown table of what it saw (docs/benchmarks.md,
// "Two instances"). Run it with bench/instances/run.sh, which builds the application for PostgreSQL first.
//
//   java bench/instances/InstancesTest.java [--app DIR] [--db NAME] [--ports A,B,PROXY] [--editors N]
//
// Needs: Java 17, psql and a PostgreSQL on 127.0.0.1:5432 with trust authentication (PGHOST, PGPORT, PGUSER),
// nginx (Debian's package). Everything listens on 127.0.0.1 only; every process it starts is stopped at the end.
//
// 1. Start together: the database is created empty and both instances start at the same moment, with the first
//    administrator and the demo from the environment; both must answer, with one administrator and one demo.
// 2. Sessions: an editor signs in through the proxy, then asks for editor pages 20 times; nginx alternates
//    between the instances (the X-Upstream header says which answered), and every page must be the editor's.
// 3. Forms: 10 forms (new API tokens), each page fetched and posted through the proxy: all accepted, also when
//    the page came from one instance and the post went to the other.
// 4. Editors at once: N editors (default 50), sharing the 10 tokens made in 3, create 4 milestones each in one timeline
//    through the proxy, then all save one milestone with the version they read: no 5xx, every create stored,
//    one save wins and the others get 409. The readers' page each instance kept before the writes is new on both
//    within 5 s (a kept page is sent as it is for a second after it was made).
//    Then one milestone is written on instance a alone, and instance b's kept page, asked with its ETag, must be the
//    new one within 5 s: the instances keep markers for a minute here, so only PostgreSQL's notice brings it.
// 4b. Background work: the editor asks, through the proxy, for an address on this machine to be fetched; the answer
//    comes at once, the job runs on either instance's scheduler (one Quartz store in PostgreSQL, both instances
//    checked in) and both instances' import pages show it done, its two milestones waiting for review.
// 5. Client addresses: a stranger at 127.0.0.2 fails 15 sign-ins with made-up names; the administrator at
//    127.0.0.3 still signs in (the proxy is trusted and names the client), the stranger's address is paused.
// 6. A shared throttle: 5 wrong passwords for one editor, alternating between the instances; the right password
//    is then refused on both.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InstancesTest {

    static final String ADMIN = "instances-admin";
    static final String ADMIN_PASSWORD = "instances test administrator password";
    static final String SESSION_KEY = "instances-test-session-key-0123456789-abcdefghij";
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"");
    static final Pattern LOGIN_ACTION = Pattern.compile("action=\"(/j_security_check\\?login-token=[^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    final Path app;
    final String db;
    final int[] ports;
    final int editors;
    final Path work = Path.of("bench/instances/target").toAbsolutePath();
    final List<Process> started = new ArrayList<>();
    final Map<String, String> results = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();

    InstancesTest(Path app, String db, int[] ports, int editors) {
        this.app = app;
        this.db = db;
        this.ports = ports;
        this.editors = editors;
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of("timeline-web/target/quarkus-app");
        String db = "instances_run";
        int[] ports = {18231, 18232, 18230};
        int editors = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--app" -> app = Path.of(args[++i]);
                case "--db" -> db = args[++i];
                case "--ports" -> {
                    String[] p = args[++i].split(",");
                    ports = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
                }
                case "--editors" -> editors = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]
                            + "; usage: InstancesTest.java [--app DIR] [--db NAME] [--ports A,B,PROXY] [--editors N]");
                    System.exit(2);
                }
            }
        }
        InstancesTest test = new InstancesTest(app, db, ports, editors);
        Runtime.getRuntime().addShutdownHook(new Thread(test::stopAll));
        boolean passed;
        try {
            passed = test.run();
        } finally {
            test.stopAll();
        }
        System.exit(passed ? 0 : 1);
    }

    boolean run() throws Exception {
        Files.createDirectories(work);
        psql("postgres", "drop database if exists " + db);
        psql("postgres", "create database " + db);

        // 1. both instances at the same moment
        Process a = start("a", ports[0]);
        Process b = start("b", ports[1]);
        boolean upA = ready(a, ports[0]);
        boolean upB = ready(b, ports[1]);
        String accounts = psql(db, "select count(*) from account");
        String demos = psql(db, "select count(*) from timeline");
        record("Two instances started together on an empty database", (upA ? "a answers" : "a FAILED") + ", "
                + (upB ? "b answers" : "b FAILED") + "; administrators " + accounts + ", timelines " + demos,
                upA && upB && accounts.equals("1") && demos.equals("1"));
        if (!upA || !upB) {
            return report();
        }
        startProxy();
        String base = "http://127.0.0.1:" + ports[2];

        // 2. one session, pages from both instances
        Browser editor = new Browser(base).signIn(ADMIN, ADMIN_PASSWORD);
        Map<String, Integer> pagesBy = new TreeMap<>();
        int editorPages = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> page = editor.get("/editor");
            pagesBy.merge(page.headers().firstValue("X-Upstream").orElse("?"), 1, Integer::sum);
            if (page.statusCode() == 200 && page.body().contains("csrf-token")) {
                editorPages++;
            }
        }
        record("One session, 20 editor pages through the proxy", editorPages + " of 20 the editor's; answered by " + pagesBy,
                editorPages == 20 && pagesBy.size() == 2);

        // 3. forms whose page and post may come from different instances
        int accepted = 0;
        int crossed = 0;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> page = editor.get("/editor/tokens");
            Matcher csrf = CSRF_FIELD.matcher(page.body());
            if (!csrf.find()) {
                continue;
            }
            HttpResponse<String> posted = editor.post("/editor/tokens", Map.of("csrf-token", csrf.group(1),
                    "name", "Instances " + i, "expires", ""));
            Matcher token = NEW_TOKEN.matcher(posted.body());
            if (posted.statusCode() == 200 && token.find()) {
                accepted++;
                tokens.add(token.group(1));
            }
            if (!page.headers().firstValue("X-Upstream").equals(posted.headers().firstValue("X-Upstream"))) {
                crossed++;
            }
        }
        record("10 forms (new API tokens), page and post through the proxy", accepted + " of 10 accepted; " + crossed
                + " posted to the other instance than their page", accepted == 10 && crossed > 0);
        if (tokens.isEmpty()) {
            return report();
        }

        // 4. editors at once
        Api api = new Api(base, tokens);
        HttpResponse<String> timeline = api.send(0, "POST", "/api/editor/timelines",
                "{\"title\":\"Two instances\",\"slug\":\"two-instances\",\"state\":\"published\"}");
        // Each instance keeps the readers' page rendered; a write through either must change it on both.
        HttpClient direct = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String[] tags = new String[2];
        for (int i = 0; i < 2; i++) {
            for (int warm = 0; warm < 2; warm++) {
                HttpResponse<String> page = direct.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i]
                        + "/timelines/two-instances")).build(), HttpResponse.BodyHandlers.ofString());
                tags[i] = page.headers().firstValue("ETag").orElse("");
            }
        }
        Map<Integer, AtomicInteger> creates = new TreeMap<>();
        together(editors, client -> {
            for (int i = 0; i < 4; i++) {
                int status = api.send(client, "POST", "/api/editor/timelines/two-instances/milestones",
                        "{\"headline\":\"Editor " + client + " event " + i + "\",\"date\":\"2025-03-0" + (1 + i)
                                + "\",\"actors\":[\"Envoy " + (i % 3) + "\"],\"places\":[\"Harbour " + (client % 5) + "\"]}").statusCode();
                synchronized (creates) {
                    creates.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }
        });
        String stored = psql(db, "select count(*) from milestone m join timeline t on t.id = m.timeline_id"
                + " where t.slug = 'two-instances' and m.deleted_at is null");
        int expected = editors * 4;
        boolean createsOk = timeline.statusCode() == 201 && creates.keySet().equals(Set.of(201))
                && stored.equals(Integer.toString(expected));
        record(editors + " editors x 4 new milestones in one timeline, through the proxy", "answers " + creates + "; stored "
                + stored + " of " + expected, createsOk);
        // A kept page is sent as it is for timeline.reader.render-every (1 s) after it was made: asked until 5 s.
        int fresh = 0;
        for (int i = 0; i < 2; i++) {
            long asked = System.nanoTime();
            while (System.nanoTime() - asked < Duration.ofSeconds(5).toNanos()) {
                HttpResponse<String> page = direct.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i]
                        + "/timelines/two-instances")).header("If-None-Match", tags[i]).build(), HttpResponse.BodyHandlers.ofString());
                if (!tags[i].isEmpty() && page.statusCode() == 200 && !page.headers().firstValue("ETag").orElse("").equals(tags[i])) {
                    fresh++;
                    break;
                }
                Thread.sleep(50);
            }
        }
        record("The readers' page each instance kept, asked again with its ETag after the writes", fresh
                + " of 2 instances answer the new page, not 304, within 5 s", fresh == 2);

        // 4, last: one write on one instance, seen by the other's readers, whose kept page and marker it never touched
        Api onA = new Api("http://127.0.0.1:" + ports[0], tokens);
        String before = kept(direct, ports[1]);
        int wrote = onA.send(0, "POST", "/api/editor/timelines/two-instances/milestones",
                "{\"headline\":\"Written on one instance\",\"date\":\"2025-04-01\"}").statusCode();
        long wroteAt = System.nanoTime();
        long seenMillis = -1;
        while (System.nanoTime() - wroteAt < Duration.ofSeconds(5).toNanos()) {
            HttpResponse<String> page = direct.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[1]
                    + "/timelines/two-instances")).header("If-None-Match", before).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200 && !page.headers().firstValue("ETag").orElse(before).equals(before)) {
                seenMillis = (System.nanoTime() - wroteAt) / 1_000_000;
                break;
            }
            Thread.sleep(10);
        }
        record("A write on instance a, then instance b's kept page asked with its ETag", wrote == 201 && seenMillis >= 0
                ? "the new page after " + seenMillis + " ms" : "save answered " + wrote + "; still the old page after 5 s",
                wrote == 201 && seenMillis >= 0 && !before.isEmpty());

        String contested = "/api/editor/timelines/two-instances/milestones/contested";
        api.send(0, "POST", "/api/editor/timelines/two-instances/milestones",
                "{\"headline\":\"Contested\",\"slug\":\"contested\",\"date\":\"2025-05-01\"}");
        Matcher read = VERSION.matcher(api.send(0, "GET", contested, null).body());
        long version = read.find() ? Long.parseLong(read.group(1)) : -1;
        Map<Integer, AtomicInteger> saves = new TreeMap<>();
        together(editors, client -> {
            int status = api.send(client, "PUT", contested, "{\"headline\":\"Contested\",\"slug\":\"contested\",\"summary\":\"Editor "
                    + client + "\",\"date\":\"2025-05-01\",\"version\":" + version + "}").statusCode();
            synchronized (saves) {
                saves.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
        });
        boolean savesOk = version >= 0 && saves.keySet().stream().allMatch(s -> s == 200 || s == 409)
                && saves.getOrDefault(200, new AtomicInteger()).get() == 1;
        record(editors + " editors saving one milestone with the version they read", "answers " + saves, savesOk);

        // 4b. background work: a fetch queued through one instance, run by whichever scheduler takes it, seen on both
        backgroundImport(editor);

        // 5. the client the trusted proxy names, not the proxy
        int strangerPaused = 0;
        for (int i = 0; i < 15; i++) {
            if (signInFrom("127.0.0.2", "made-up-" + i, "guess " + i).contains("failed")) {
                strangerPaused++;
            }
        }
        String adminElsewhere = signInFrom("127.0.0.3", ADMIN, ADMIN_PASSWORD);
        String adminAtStranger = signInFrom("127.0.0.2", ADMIN, ADMIN_PASSWORD);
        boolean addressesOk = strangerPaused == 15 && !adminElsewhere.contains("failed") && adminAtStranger.contains("failed");
        record("15 failed sign-ins from 127.0.0.2 with made-up names", "the administrator from 127.0.0.3: "
                + (adminElsewhere.contains("failed") ? "REFUSED" : "signed in") + "; from 127.0.0.2: "
                + (adminAtStranger.contains("failed") ? "paused" : "SIGNED IN"), addressesOk);

        // 6. one throttle for both instances
        Map<String, Integer> wrongBy = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            flipOnOdd(i);
            String upstream = signInFromWithUpstream("127.0.0." + (10 + i), ADMIN, "wrong password " + i);
            wrongBy.merge(upstream, 1, Integer::sum);
        }
        int refused = 0;
        Set<String> refusedBy = new TreeSet<>();
        for (int i = 0; i < 4; i++) {
            flipOnOdd(i);
            String[] answer = signInAnswer("127.0.0." + (20 + i), ADMIN, ADMIN_PASSWORD);
            if (answer[0].contains("failed")) {
                refused++;
                refusedBy.add(answer[1]);
            }
        }
        record("5 wrong passwords for one account across both instances " + wrongBy, "the right password then refused "
                + refused + " of 4 times, by " + refusedBy, refused == 4 && refusedBy.size() == 2);
        return report();
    }

    /** TimelineJS's JSON with two dated events: fetched, they go straight to the review queue. */
    static final String TIMELINE_JS = """
            {"title": {"text": {"headline": "Relations"}},
             "events": [
               {"start_date": {"year": "2014", "month": "3", "day": "18"}, "text": {"headline": "Russia annexes Crimea"}},
               {"start_date": {"year": "2021", "month": "6", "day": "16"}, "text": {"headline": "Geneva summit"}}]}
            """;

    /**
     * An editor asks, through the proxy, for an address to be fetched: the answer comes at once, the job runs on the
     * scheduler of either instance (they share the Quartz store in PostgreSQL), and both instances' import pages
     * show it done, its two milestones waiting for review.
     */
    void backgroundImport(Browser editor) throws Exception {
        byte[] json = TIMELINE_JS.getBytes(StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/timeline.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        });
        site.start();
        try {
            // The site is on this machine, so an administrator allows the host first.
            Matcher hostsForm = CSRF_FIELD.matcher(editor.get("/editor/import-hosts").body());
            int allowed = hostsForm.find() ? editor.post("/editor/import-hosts", Map.of("csrf-token", hostsForm.group(1),
                    "host", "127.0.0.1")).statusCode() : 0;
            String page = "/editor/timelines/two-instances/import";
            Matcher csrf = CSRF_FIELD.matcher(editor.get(page).body());
            String address = "http://127.0.0.1:" + site.getAddress().getPort() + "/timeline.json";
            long asked = System.nanoTime();
            HttpResponse<String> queued = csrf.find() ? editor.post(page + "/fetch", Map.of("csrf-token", csrf.group(1),
                    "address", address)) : null;
            long answeredMs = (System.nanoTime() - asked) / 1_000_000;
            String status = "";
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < until) {
                status = psql(db, "select status || ' after attempt ' || attempt from import_job order by id desc limit 1");
                if (status.startsWith("DONE") || status.startsWith("FAILED")) {
                    break;
                }
                Thread.sleep(200);
            }
            long ranMs = (System.nanoTime() - asked) / 1_000_000;
            String schedulers = psql(db, "select count(*) from qrtz_scheduler_state");
            // Each attempt leaves a line in the log of the instance that ran it.
            String job = psql(db, "select id from import_job order by id desc limit 1");
            List<String> ranOn = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (Files.readString(work.resolve(i == 0 ? "a" : "b").resolve("server.log"))
                        .contains("Import job " + job + ", attempt 1 of ")) {
                    ranOn.add("127.0.0.1:" + ports[i]);
                }
            }
            String waiting = psql(db, "select count(*) from import_candidate c join timeline t on t.id = c.timeline_id"
                    + " where t.slug = 'two-instances' and c.state = 'PENDING'");
            int shown = 0;
            for (int i = 0; i < 2; i++) {
                // The session cookie is the proxy's host's, 127.0.0.1, and so each instance's too.
                HttpResponse<String> direct = editor.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i]
                        + page)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (direct.statusCode() == 200 && direct.body().contains("Done: 2 dated milestones from TimelineJS to review")) {
                    shown++;
                }
            }
            boolean ok = allowed == 303 && queued != null && queued.statusCode() == 303 && status.startsWith("DONE")
                    && schedulers.equals("2") && waiting.equals("2") && shown == 2 && ranOn.size() == 1;
            record("An address fetched in the background, asked through "
                    + (queued == null ? "?" : queued.headers().firstValue("X-Upstream").orElse("?")),
                    "answered " + (queued == null ? "no form" : queued.statusCode()) + " in " + answeredMs + " ms; job "
                            + status + " within " + ranMs + " ms on " + ranOn + "; " + schedulers + " schedulers in the store; " + waiting
                            + " candidates waiting; shown done by " + shown + " of 2 instances", ok);
        } finally {
            site.stop(0);
        }
    }

    // --- the instances and the proxy

    Process start(String name, int port) throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", app.resolve("quarkus-run.jar").toAbsolutePath().toString())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + db);
        env.put("QUARKUS_DATASOURCE_USERNAME", pgUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        env.put("TIMELINE_ACCOUNTS_ADMIN_USERNAME", ADMIN);
        env.put("TIMELINE_ACCOUNTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TIMELINE_DEMO_ENABLED", "true");
        env.put("TIMELINE_SITE_BASE_URL", "http://127.0.0.1:" + ports[2]);
        // A kept marker is used for a minute: only PostgreSQL's notice can bring one instance's write to the other's
        // readers within the few seconds that check 5 waits.
        env.put("TIMELINE_READER_MARKER_TTL", "PT1M");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    boolean ready(Process process, int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** nginx in front of both, round robin, naming the client in X-Forwarded-For and the instance in X-Upstream. */
    void startProxy() throws Exception {
        Path prefix = work.resolve("nginx");
        Files.createDirectories(prefix.resolve("tmp"));
        prefix.resolve("tmp").toFile().setWritable(true, false);
        String conf = """
                user %s;
                worker_processes 1;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %s/tmp/body;
                    proxy_temp_path %s/tmp/proxy;
                    fastcgi_temp_path %s/tmp/fastcgi;
                    uwsgi_temp_path %s/tmp/uwsgi;
                    scgi_temp_path %s/tmp/scgi;
                    upstream site {
                        server 127.0.0.1:%d;
                        server 127.0.0.1:%d;
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            proxy_pass http://site;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $remote_addr;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(System.getProperty("user.name"), prefix, prefix, prefix, prefix, prefix, prefix, prefix,
                ports[0], ports[1], ports[2]);
        Files.writeString(prefix.resolve("nginx.conf"), conf);
        Process nginx = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        started.add(nginx);
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[2] + "/q/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("nginx.out")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx does not answer on port " + ports[2]);
    }

    void stopAll() {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
        started.clear();
    }

    // --- clients

    /** A browser: cookies kept, redirects not followed, always through the proxy. */
    static final class Browser {
        final String base;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String base) {
            this.base = base;
        }

        Browser signIn(String username, String password) throws IOException, InterruptedException {
            Matcher action = LOGIN_ACTION.matcher(get("/login").body());
            if (!action.find()) {
                throw new IllegalStateException("no sign-in form on /login");
            }
            HttpResponse<String> signedIn = post(action.group(1), Map.of("j_username", username, "j_password", password));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new IllegalStateException("could not sign in: " + signedIn.statusCode() + " " + signedIn.headers().map());
            }
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The token API, one token per editor (editors beyond the tokens share them). */
    /** The readers' page's ETag on the instance at {@code port}, once it keeps the page and the marker (asked twice). */
    static String kept(HttpClient client, int port) throws IOException, InterruptedException {
        String etag = "";
        for (int i = 0; i < 2; i++) {
            etag = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/timelines/two-instances")).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElse("");
        }
        return etag;
    }

    static final class Api {
        final String base;
        final List<String> tokens;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        Api(String base, List<String> tokens) {
            this.base = base;
            this.tokens = tokens;
        }

        HttpResponse<String> send(int editor, String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.get(editor % tokens.size()));
            if (json == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    interface Work {
        void run(int client) throws Exception;
    }

    /** Runs {@code clients} workers released at one moment, and waits for all. */
    static void together(int clients, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                go.await();
                work.run(client);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * A sign-in is two requests, the page and the form, so with nginx's round robin every form would reach the same
     * instance; one request more before every other sign-in sends its form to the other instance.
     */
    void flipOnOdd(int attempt) throws IOException {
        if (attempt % 2 == 1) {
            raw("127.0.0.1", "GET /q/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        }
    }

    /** Where the sign-in sent the browser (contains "failed" when refused), signing in from a loopback address of its own. */
    String signInFrom(String local, String username, String password) throws IOException {
        return signInAnswer(local, username, password)[0];
    }

    String signInFromWithUpstream(String local, String username, String password) throws IOException {
        return signInAnswer(local, username, password)[1];
    }

    /**
     * Signs in through the proxy from {@code local}, one of the machine's loopback addresses, as a client elsewhere
     * would: the sign-in page, then its form. The Java HTTP client cannot choose its local address, so this speaks
     * HTTP/1.1 over sockets. Returns the Location of the answer and the instance that gave it.
     */
    String[] signInAnswer(String local, String username, String password) throws IOException {
        Map<String, String> page = raw(local, "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Matcher action = LOGIN_ACTION.matcher(page.get("body"));
        Matcher cookie = Pattern.compile("(timeline-login=[^;]+)").matcher(page.getOrDefault("set-cookie", ""));
        if (!action.find() || !cookie.find()) {
            throw new IllegalStateException("no sign-in form for " + local);
        }
        String body = form(Map.of("j_username", username, "j_password", password));
        Map<String, String> answer = raw(local, "POST " + action.group(1) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Cookie: " + cookie.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        return new String[] {answer.getOrDefault("location", "(no redirect: " + answer.get("status") + ")"),
                answer.getOrDefault("x-upstream", "?")};
    }

    /** One request over a socket bound to {@code local}; the answer's status, headers (lower case, joined) and body. */
    Map<String, String> raw(String local, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", ports[2]), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            Map<String, String> answer = new ConcurrentHashMap<>();
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            answer.put("status", lines[0]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    answer.merge(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim(),
                            (x, y) -> x + "; " + y);
                }
            }
            answer.put("body", end < 0 ? "" : text.substring(end + 4));
            return answer;
        }
    }

    static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    // --- the database and the report

    String psql(String database, String sql) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("psql", "-h", pgHost(), "-p", pgPort(), "-U", pgUser(), "-d", database, "-tAqc", sql)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql " + sql + ": " + out);
        }
        return out;
    }

    static String pgHost() {
        return System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    }

    static String pgPort() {
        return System.getenv().getOrDefault("PGPORT", "5432");
    }

    static String pgUser() {
        return System.getenv().getOrDefault("PGUSER", "postgres");
    }

    void record(String check, String seen, boolean passed) {
        results.put(check, seen + (passed ? "" : " — FAILED"));
        if (!passed) {
            failures.add(check);
        }
        System.err.println((passed ? "ok    " : "FAIL  ") + check + ": " + seen);
    }

    boolean report() {
        System.out.println("| Check | Seen |");
        System.out.println("|---|---|");
        results.forEach((check, seen) -> System.out.println("| " + check + " | " + seen + " |"));
        if (failures.isEmpty()) {
            System.out.println("\nAll " + results.size() + " checks passed.");
            return true;
        }
        System.out.println("\n" + failures.size() + " of " + results.size() + " checks FAILED; logs in " + work);
        return false;
    }
}
