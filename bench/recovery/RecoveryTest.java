// An instance killed (kill -9) while it runs an import job: the job is run again by Quartz's recovery, and what it
// fetched is in the review queue once, not twice. Not a unit test: it starts the packaged application, kills it,
// starts it again on the same database and prints what it saw; it exits non-zero when a check fails.
//
//   java -cp "timeline-web/target/quarkus-app/lib/main/*" bench/recovery/RecoveryTest.java \
//        [--app timeline-web/target/quarkus-app] [--port 18135] [--url jdbc:postgresql://127.0.0.1:5432/DB --user postgres]
//
// Without --url the database is an H2 file in a fresh folder under bench/recovery/target; a PostgreSQL database must
// be empty (the application creates its schema) and the build must be for PostgreSQL (-Ppostgresql).
//
// 1. The application starts; an administrator signs in, allows this machine as a fetch host, creates a timeline and
//    asks for an address on a site here to be fetched. The site holds its first answer for ever.
// 2. Once the site has the request (the job's first attempt is running), the application is killed.
// 3. It starts again on the same database (a new Quartz instance id, as after a crash). Quartz's cluster check finds
//    the dead instance's fired trigger, which asked for recovery, and runs the attempt again: the site now answers.
// Checks: the job ends DONE after its second attempt, the site was asked twice, the review queue holds the file's
// two milestones once, and the restarted instance's log has the recovered attempt.
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class RecoveryTest {

    static final String ADMIN = "admin";
    static final String PASSWORD = "recovery-admin-password";
    static final String SLUG = "recovery";
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern LOGIN_ACTION = Pattern.compile("action=\"(/j_security_check\\?login-token=[^\"]+)\"");
    static final String TIMELINE_JS = """
            {"title": {"text": {"headline": "Relations"}},
             "events": [
               {"start_date": {"year": "2014", "month": "3", "day": "18"}, "text": {"headline": "Russia annexes Crimea"}},
               {"start_date": {"year": "2021", "month": "6", "day": "16"}, "text": {"headline": "Geneva summit"}}]}
            """;

    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    final Path work;
    final int port;

    RecoveryTest(String[] args) throws IOException {
        options.put("--app", "timeline-web/target/quarkus-app");
        options.put("--port", "18135");
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        port = Integer.parseInt(options.get("--port"));
        work = Path.of("bench/recovery/target");
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new RecoveryTest(args).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch firstAsked = new CountDownLatch(1);
        byte[] json = TIMELINE_JS.getBytes(StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(Executors.newCachedThreadPool());
        site.createContext("/held.json", exchange -> {
            if (asked.incrementAndGet() == 1) {
                // The first attempt's answer never comes: its instance is killed while it waits.
                firstAsked.countDown();
                try {
                    Thread.sleep(Duration.ofMinutes(10).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        });
        site.start();
        String address = "http://127.0.0.1:" + site.getAddress().getPort() + "/held.json";
        Process first = start("first");
        Process second = null;
        try {
            Browser editor = new Browser("http://127.0.0.1:" + port).signIn();
            check("an administrator allows this machine as a fetch host",
                    editor.postForm("/editor/import-hosts", "/editor/import-hosts", Map.of("host", "127.0.0.1")) == 303);
            check("a timeline is created", editor.postForm("/editor", "/editor/timelines",
                    Map.of("title", "Recovery", "slug", SLUG, "state", "DRAFT")) == 303);
            String page = "/editor/timelines/" + SLUG + "/import";
            check("the fetch is queued", editor.postForm(page, page + "/fetch", Map.of("address", address)) == 303);
            boolean running = firstAsked.await(120, TimeUnit.SECONDS);
            check("the first attempt asks the site", running);
            // The attempt waits for the site's answer: the instance dies now, its trigger fired and not completed.
            first.destroyForcibly().waitFor();
            long killed = System.nanoTime();
            System.out.println("killed the first instance while its attempt waited for the site");

            second = start("second");
            editor = new Browser("http://127.0.0.1:" + port).signIn();
            String status = "";
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < until) {
                status = jobStatus(editor.get(page).body());
                if (status.equals("done") || status.equals("failed")) {
                    break;
                }
                Thread.sleep(500);
            }
            long recoveredMs = (System.nanoTime() - killed) / 1_000_000;
            String body = editor.get(page).body();
            int candidates = body.split("class=\"tl-review__item\"", -1).length - 1;
            String log = Files.readString(work.resolve("second.log"));
            System.out.printf("job %s %d ms after the kill; the site was asked %d times; %d candidates to review%n",
                    status, recoveredMs, asked.get(), candidates);
            check("the job is done after the restart", status.equals("done"));
            check("the site was asked twice (the killed attempt, the recovered one)", asked.get() == 2);
            check("the restarted instance ran the recovered attempt (attempt 2 of 3 in its log)",
                    Pattern.compile("Import job \\d+, attempt 2 of 3: DONE").matcher(log).find());
            check("the import page says what the job found, once", body.contains("Done: 2 dated milestones from TimelineJS to review"));
            check("each of the file's two milestones is in the review queue once (2 candidates, not 4)", candidates == 2);
        } finally {
            first.destroyForcibly().waitFor();
            if (second != null) {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly().waitFor();
            }
            site.stop(0);
        }
        System.out.println(failures.isEmpty() ? "all checks passed" : failures.size() + " checks failed: " + failures);
        return failures.isEmpty();
    }

    /** The newest job's data-status on the import page: pending, done or failed. */
    static String jobStatus(String html) {
        Matcher m = Pattern.compile("class=\"tl-jobs__item[^\"]*\" id=\"job-\\d+\" data-status=\"(\\w+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    void check(String what, boolean passed) {
        System.out.println((passed ? "PASS  " : "FAIL  ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    Process start(String name) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", Path.of(options.get("--app"), "quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("TIMELINE_DEMO_ENABLED", "false");
        env.put("TIMELINE_ACCOUNTS_ADMIN_USERNAME", ADMIN);
        env.put("TIMELINE_ACCOUNTS_ADMIN_PASSWORD", PASSWORD);
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "recovery-only-key-recovery-only-key-recovery");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", options.getOrDefault("--url",
                "jdbc:h2:file:" + work.toAbsolutePath().resolve("db/timeline") + ";WRITE_DELAY=0"));
        env.put("QUARKUS_DATASOURCE_USERNAME", options.getOrDefault("--user", "sa"));
        Process process = builder.start();
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("Listening on: http://127.0.0.1:" + port)) {
                return process;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " instance stopped; see " + log);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the " + name + " instance did not start within 5 minutes; see " + log);
    }

    /** A browser: cookies kept, redirects not followed. */
    static final class Browser {
        final String base;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String base) {
            this.base = base;
        }

        Browser signIn() throws IOException, InterruptedException {
            Matcher action = LOGIN_ACTION.matcher(get("/login").body());
            if (!action.find()) {
                throw new IllegalStateException("no sign-in form on /login");
            }
            HttpResponse<String> signedIn = post(action.group(1), Map.of("j_username", ADMIN, "j_password", PASSWORD));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new IllegalStateException("could not sign in: " + signedIn.statusCode());
            }
            return this;
        }

        /** Posts {@code fields} with the CSRF token of the form on {@code formPage}; the answer's status. */
        int postForm(String formPage, String path, Map<String, String> fields) throws IOException, InterruptedException {
            Matcher csrf = CSRF.matcher(get(formPage).body());
            if (!csrf.find()) {
                return 0;
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf-token", csrf.group(1));
            return post(path, all).statusCode();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
