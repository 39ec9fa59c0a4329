package news.timeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The crash test: writers create milestones through the editor API while the server is killed with
 * {@code kill -9} at a random moment; after each restart every acknowledged timeline and milestone must
 * be there, read back through the API exactly as the server acknowledged it, and the restart must be
 * clean (the server answers {@code /q/health}). At the end the site's archive must survive an import into
 * an empty site unchanged. Run by {@code bench/crash/run.sh}, which puts the application's libraries on
 * the class path (Jackson, the PostgreSQL driver); a single-file program so that it needs no build.
 *
 * <pre>
 * java -cp 'timeline-web/target/quarkus-app/lib/main/*' bench/crash/CrashTest.java KIND CYCLES [options]
 * java -cp ... bench/crash/CrashTest.java --kind-of timeline-web/target/quarkus-app   (prints h2 or postgresql)
 * </pre>
 */
public final class CrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "crash-admin";
    private static final String PASSWORD = "crash-test-administrator-password";
    private static final String[] KINDS = {"meeting", "agreement", "statement", "military-action", "election", "other"};
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LOGIN_ACTION = Pattern.compile("action=\"(/j_security_check\\?login-token=[^\"]+)\"");

    private final Options options;
    private final Random random;
    private final Path work;
    private final List<Timeline> timelines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Server server;
    private String token;
    private int unclean;

    private CrashTest(Options options) throws IOException {
        this.options = options;
        this.random = new Random(options.seed);
        Files.createDirectories(options.workRoot);
        this.work = Files.createTempDirectory(options.workRoot, options.kind + "-");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--kind-of")) {
            System.out.println(kindOf(Path.of(args[1])));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        CrashTest test = new CrashTest(options);
        Runtime.getRuntime().addShutdownHook(new Thread(test::stopQuietly));
        boolean passed = test.run();
        System.exit(passed ? 0 : 1);
    }

    /**
     * The database kind an application was built for. It is fixed at build time, and the recorded data
     * source names its driver.
     */
    static String kindOf(Path app) throws IOException {
        try (ZipFile jar = new ZipFile(app.resolve("quarkus/generated-bytecode.jar").toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("io/quarkus/runner/recorded/AgroalProcessor")) {
                    String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (text.contains("org/postgresql/Driver") || text.contains("org.postgresql.Driver")) {
                        return "postgresql";
                    }
                    if (text.contains("org/h2/Driver") || text.contains("org.h2.Driver")) {
                        return "h2";
                    }
                }
            }
        }
        return "unknown";
    }

    private boolean run() throws Exception {
        System.out.printf(Locale.ROOT, "%s, %d cycles, %d writers, kill %.1f-%.1f s after the first acknowledged milestone, seed %d, database %s%n",
                options.kind, options.cycles, options.writers, options.killAfterMin / 1000.0,
                options.killAfterMax / 1000.0, options.seed, options.describeDatabase());
        System.out.println("work folder " + work);
        Database database = Database.of(options, work, "run");
        database.create();
        server = new Server(options, database, work, true);
        long started = server.start(1);
        if (started < 0) {
            System.out.println("FAILED: the server did not start; see " + server.log(1));
            return false;
        }
        token = new Browser(server.base()).signIn().createToken("crash test");

        long acknowledged = 0;
        long writingNanos = 0;
        for (int cycle = 1; cycle <= options.cycles; cycle++) {
            Cycle result = cycle(cycle);
            acknowledged += result.acknowledged;
            writingNanos += result.writingNanos;
            System.out.println(result.line(options.cycles));
            if (result.restart < 0) {
                failures.add("cycle " + cycle + ": the server did not come back; see " + server.log(cycle + 1));
                break;
            }
        }
        long lost = timelines.stream().mapToLong(t -> t.lost).sum();
        long corrupted = timelines.stream().mapToLong(t -> t.corrupted).sum();
        long unexpected = timelines.stream().mapToLong(t -> t.unexpected).sum();

        String archive = failures.isEmpty() ? archiveRoundTrip() : "not checked";
        server.stop();
        long milestones = timelines.stream().mapToLong(t -> t.milestones.size()).sum();
        double rate = writingNanos == 0 ? 0 : acknowledged / (writingNanos / 1e9);
        boolean passed = lost == 0 && corrupted == 0 && unexpected == 0 && unclean == 0 && failures.isEmpty();
        System.out.printf(Locale.ROOT, "%s: %s, %d cycles: %,d milestones and %,d timelines acknowledged, %d lost, "
                        + "%d corrupted, %d unexpected answers, %d of %d restarts clean, %.1f acknowledged writes/s "
                        + "while writing; site archive: %s%n",
                passed ? "PASSED" : "FAILED", options.kind, options.cycles, milestones, timelines.size(), lost,
                corrupted, unexpected, server.starts - 1 - unclean, server.starts - 1, rate, archive);
        failures.forEach(f -> System.out.println("  " + f));
        Path file = work.resolve("data/timeline.mv.db");
        if (Files.exists(file)) {
            System.out.printf(Locale.ROOT, "H2 file data/timeline.mv.db: %.1f MB%n", Files.size(file) / 1e6);
        }
        if (passed && !options.keep) {
            database.drop();
            deleteTree(work);
        } else {
            System.out.println("kept for inspection: " + work);
        }
        return passed;
    }

    /** One cycle: writers until the kill, a restart, then every acknowledged write checked. */
    private Cycle cycle(int number) throws Exception {
        Cycle cycle = new Cycle(number);
        List<Writer> writers = new ArrayList<>();
        for (int w = 1; w <= options.writers; w++) {
            writers.add(new Writer(number, w, server.base()));
        }
        long killAfter = options.killAfterMin + (long) (random.nextDouble() * (options.killAfterMax - options.killAfterMin));
        long start = System.nanoTime();
        List<Thread> threads = writers.stream().map(w -> new Thread(w, "writer-" + w.writer)).toList();
        threads.forEach(Thread::start);
        // The moment is counted from the first acknowledged milestone: a restarted server takes a while (its
        // JIT compiler) to write at its pace, and a kill before that would test little.
        while (writers.stream().allMatch(w -> w.timeline.milestones.isEmpty()) && threads.stream().anyMatch(Thread::isAlive)
                && System.nanoTime() - start < options.startTimeout.toNanos()) {
            Thread.sleep(10);
        }
        cycle.firstAcknowledged = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(killAfter);
        long killed = System.nanoTime();
        server.kill();
        for (Thread thread : threads) {
            thread.join();
        }
        cycle.killAfter = killAfter;
        cycle.killedAt = killed;
        cycle.writingNanos = killed - start;
        for (Writer writer : writers) {
            cycle.acknowledged += writer.timeline.milestones.size();
            cycle.inFlight += writer.timeline.inFlight == null ? 0 : 1;
            writer.timeline.killedAt = killed;
            timelines.add(writer.timeline);
        }

        cycle.restart = server.start(number + 1);
        if (cycle.restart < 0) {
            unclean++;
            return cycle;
        }
        if (!server.startedCleanly(number + 1)) {
            unclean++;
            cycle.unclean = true;
        }
        verify(cycle);
        return cycle;
    }

    /** Reads back every timeline and milestone acknowledged so far, in every cycle. */
    private void verify(Cycle cycle) throws Exception {
        HttpClient client = client();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Timeline timeline : timelines) {
                timeline.lost = 0;
                timeline.corrupted = 0;
                timeline.problems.clear();
                if (timeline.created == null) {
                    continue;
                }
                HttpResponse<String> read = get(client, "/api/editor/timelines/" + timeline.slug);
                if (read.statusCode() == 404) {
                    timeline.lost += 1 + timeline.milestones.size();
                    timeline.problems.add("timeline " + timeline.slug + " lost, acknowledged "
                            + ago(timeline.killedAt, timeline.createdAt) + " before the kill");
                    continue;
                }
                if (read.statusCode() != 200) {
                    timeline.corrupted++;
                    timeline.problems.add("timeline " + timeline.slug + " answered " + read.statusCode());
                    continue;
                }
                JsonNode rows = JSON.readTree(read.body()).path("milestones");
                List<String> present = new ArrayList<>();
                rows.forEach(row -> present.add(row.path("slug").asText()));
                for (String slug : present) {
                    boolean ours = timeline.milestones.stream().anyMatch(m -> m.slug.equals(slug))
                            || timeline.inFlight != null && timeline.inFlight.path("slug").asText().equals(slug);
                    if (!ours) {
                        timeline.corrupted++;
                        timeline.problems.add("milestone " + timeline.slug + "/" + slug + " was never sent");
                    }
                }
                List<Future<String>> checks = new ArrayList<>();
                for (Acknowledged milestone : timeline.milestones) {
                    checks.add(pool.submit(() -> check(client, timeline, milestone)));
                }
                for (int i = 0; i < checks.size(); i++) {
                    String problem = checks.get(i).get();
                    if (problem == null) {
                        continue;
                    }
                    if (problem.startsWith("lost")) {
                        timeline.lost++;
                    } else {
                        timeline.corrupted++;
                    }
                    timeline.problems.add(problem);
                }
            }
        } finally {
            pool.shutdown();
        }
        for (Timeline timeline : timelines) {
            cycle.lost += timeline.lost;
            cycle.corrupted += timeline.corrupted;
            cycle.unexpected += timeline.unexpected;
            cycle.problems.addAll(timeline.problems);
            if (timeline.killedAt == cycle.killedAt) {
                cycle.problems.addAll(timeline.answers);
            }
        }
        cycle.total = timelines.stream().mapToLong(t -> t.milestones.size()).sum();
    }

    /** Null when the milestone reads back as acknowledged; otherwise what is wrong, "lost …" when it is gone. */
    private String check(HttpClient client, Timeline timeline, Acknowledged milestone) {
        String path = "/api/editor/timelines/" + timeline.slug + "/milestones/" + milestone.slug;
        try {
            HttpResponse<String> read = get(client, path);
            if (read.statusCode() == 404) {
                return "lost " + timeline.slug + "/" + milestone.slug + ", acknowledged "
                        + ago(timeline.killedAt, milestone.at) + " before the kill";
            }
            if (read.statusCode() != 200) {
                return "unreadable " + path + ": " + read.statusCode();
            }
            JsonNode now = JSON.readTree(read.body());
            return now.equals(milestone.answer) ? null
                    : "changed " + path + ": acknowledged " + milestone.answer + ", now " + now;
        } catch (IOException e) {
            return "unreadable " + path + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Exports the crashed site's archive, imports it into a new, empty site and exports that: every file
     * must come back byte for byte, but for the time of export and the importing administrator's own account.
     */
    private String archiveRoundTrip() throws Exception {
        byte[] exported = new Browser(server.base()).signIn().download();
        server.stop();
        Path restoredWork = work.resolve("restored");
        Files.createDirectories(restoredWork);
        Database restored = Database.of(options, restoredWork, "restore");
        restored.create();
        Server target = new Server(options, restored, restoredWork, false);
        try {
            if (target.start(1) < 0) {
                failures.add("archive: the empty site did not start; see " + target.log(1));
                return "the empty site did not start";
            }
            Browser admin = new Browser(target.base()).signIn();
            String answer = admin.upload(exported);
            if (!answer.contains("The archive was imported")) {
                failures.add("archive: the import was refused: " + answer.replaceAll("(?s).*<main[^>]*>|</main>.*", "")
                        .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
                return "refused";
            }
            Map<String, String> before = comparable(exported);
            Map<String, String> after = comparable(admin.download());
            List<String> differing = new ArrayList<>();
            for (String name : before.keySet()) {
                if (!before.get(name).equals(after.get(name))) {
                    differing.add(name);
                }
            }
            after.keySet().stream().filter(name -> !before.containsKey(name)).forEach(differing::add);
            if (!differing.isEmpty()) {
                failures.add("archive: files differ after the round trip: " + differing);
                return "differs in " + differing;
            }
            long milestones = before.getOrDefault("milestone.jsonl", "").lines().count();
            return String.format(Locale.ROOT, "%d files (%,d bytes, %,d milestones) restored byte-equal", before.size(),
                    exported.length, milestones);
        } finally {
            target.stop();
            if (failures.isEmpty() && !options.keep) {
                restored.drop();
            }
        }
    }

    /** The archive's files, without what is meant to differ between two sites: when it was exported, and the administrator who imports it. */
    private static Map<String, String> comparable(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        files.computeIfPresent("manifest.json", (name, text) -> text.replaceAll("\"exportedAt\" : \"[^\"]+\"", ""));
        files.computeIfPresent("account.jsonl", (name, text) -> String.join("\n", text.lines()
                .map(line -> line.contains("\"username\":\"" + ADMIN + "\"") ? line.replaceAll("\"created_at\":\"[^\"]+\"", "") : line)
                .toList()));
        return files;
    }

    private static String ago(long killedAt, long at) {
        return String.format(Locale.ROOT, "%.2f s", (killedAt - at) / 1e9);
    }

    private void stopQuietly() {
        if (server != null) {
            server.kill();
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** What one writer had acknowledged in one cycle, and what became of it after the restart. */
    private static final class Timeline {
        final String slug;
        final List<Acknowledged> milestones = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = new ArrayList<>();
        final List<String> answers = Collections.synchronizedList(new ArrayList<>());
        JsonNode created;
        long createdAt;
        long killedAt;
        JsonNode inFlight;
        long lost;
        long corrupted;
        long unexpected;

        Timeline(String slug) {
            this.slug = slug;
        }
    }

    private record Acknowledged(String slug, JsonNode answer, long at) {
    }

    /** Creates its own timeline, then milestones one after another, until the server is gone. */
    private final class Writer implements Runnable {
        final int cycle;
        final int writer;
        final String base;
        final Timeline timeline;
        final HttpClient client = client();

        Writer(int cycle, int writer, String base) {
            this.cycle = cycle;
            this.writer = writer;
            this.base = base;
            this.timeline = new Timeline("crash-" + cycle + "-" + writer);
        }

        @Override
        public void run() {
            ObjectNode body = JSON.createObjectNode().put("title", "Crash cycle " + cycle + ", writer " + writer)
                    .put("slug", timeline.slug).put("state", "published");
            try {
                HttpResponse<String> created = post("/api/editor/timelines", body);
                if (created.statusCode() != 201) {
                    unexpected(created, body);
                    return;
                }
                timeline.created = JSON.readTree(created.body());
                timeline.createdAt = System.nanoTime();
            } catch (IOException | InterruptedException e) {
                return;
            }
            for (int n = 1; ; n++) {
                ObjectNode milestone = milestone(n);
                timeline.inFlight = milestone;
                HttpResponse<String> answer;
                try {
                    answer = post("/api/editor/timelines/" + timeline.slug + "/milestones", milestone);
                } catch (IOException | InterruptedException e) {
                    return; // the server is gone: this one may or may not have been saved
                }
                if (answer.statusCode() != 201) {
                    unexpected(answer, milestone);
                    return;
                }
                try {
                    JsonNode saved = JSON.readTree(answer.body());
                    String mismatch = mismatch(milestone, saved.path("milestone"));
                    if (mismatch != null) {
                        timeline.unexpected++;
                        timeline.answers.add("saved differently from what was sent (" + mismatch + "): " + saved);
                    }
                    timeline.milestones.add(new Acknowledged(milestone.path("slug").asText(), saved, System.nanoTime()));
                    timeline.inFlight = null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** A milestone with every kind of field, text in several scripts, so that a damaged row shows. */
        ObjectNode milestone(int n) {
            ObjectNode m = JSON.createObjectNode();
            String slug = "c" + cycle + "-w" + writer + "-" + n;
            m.put("headline", "Crash " + cycle + "." + writer + "." + n + ": envoys meet in Київ and Genève");
            m.put("slug", slug);
            m.put("summary", "Milestone " + n + " of writer " + writer + " in cycle " + cycle + " — «quoted», 12 %, Ελλάδα.");
            m.put("date", String.format(Locale.ROOT, "20%02d-%02d-%02d", 10 + n % 15, 1 + n % 12, 1 + n % 28));
            m.put("status", "occurred");
            m.put("kind", KINDS[n % KINDS.length]);
            m.putArray("actors").add("Crash Envoy " + writer);
            m.putArray("places").add("Crash Town " + writer);
            m.putArray("tags").add("crash-" + writer);
            m.putObject("source").put("title", "Report " + n).put("outlet", "Crash Wire")
                    .put("url", "https://news.example.org/crash/" + slug).put("published", "2025-02-12")
                    .put("quote", "The envoys met, writer " + writer + " reported.");
            m.put("importance", 1 + n % 3);
            return m;
        }

        private HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private void unexpected(HttpResponse<String> answer, JsonNode sent) {
            timeline.unexpected++;
            timeline.answers.add("answered " + answer.statusCode() + " to " + sent + ": " + answer.body());
            timeline.inFlight = null;
        }
    }

    /** Which field the server's answer does not hold as sent, or null. */
    static String mismatch(JsonNode sent, JsonNode saved) {
        for (String field : List.of("headline", "slug", "summary", "status", "kind", "importance")) {
            if (!sent.path(field).asText().equals(saved.path(field).asText())) {
                return field;
            }
        }
        if (!sent.path("date").asText().equals(saved.path("date").path("value").asText())) {
            return "date";
        }
        for (String names : List.of("actors", "places")) {
            List<String> savedNames = new ArrayList<>();
            saved.path(names).forEach(named -> savedNames.add(named.path("name").asText()));
            List<String> sentNames = new ArrayList<>();
            sent.path(names).forEach(name -> sentNames.add(name.asText()));
            if (!sentNames.equals(savedNames)) {
                return names;
            }
        }
        if (!sent.path("tags").equals(saved.path("tags"))) {
            return "tags";
        }
        JsonNode source = saved.path("sources").path(0);
        for (String field : List.of("title", "outlet", "url", "published", "quote")) {
            if (!sent.path("source").path(field).asText().equals(source.path(field).asText())) {
                return "source." + field;
            }
        }
        return null;
    }

    /** A signed-in administrator's browser: the session cookie and the CSRF cookie. */
    private static final class Browser {
        private final String base;
        private final HttpClient client;

        Browser(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        Browser signIn() throws IOException, InterruptedException {
            Matcher action = LOGIN_ACTION.matcher(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), 200).body());
            if (!action.find()) {
                throw new IllegalStateException("no sign-in form on /login");
            }
            HttpResponse<String> signedIn = send(form(base + action.group(1),
                    Map.of("j_username", ADMIN, "j_password", PASSWORD)), 302);
            if (signedIn.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new IllegalStateException("the administrator could not sign in");
            }
            return this;
        }

        String createToken(String name) throws IOException, InterruptedException {
            String csrf = csrf("/editor/tokens");
            String page = send(form(base + "/editor/tokens", Map.of("csrf-token", csrf, "name", name, "expires", "")), 200).body();
            Matcher created = NEW_TOKEN.matcher(page);
            if (!created.find()) {
                throw new IllegalStateException("no token on the answer to /editor/tokens");
            }
            return created.group(1);
        }

        byte[] download() throws IOException, InterruptedException {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/editor/archive/download"))
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/editor/archive/download answered " + answer.statusCode());
            }
            return answer.body();
        }

        String upload(byte[] archive) throws IOException, InterruptedException {
            String csrf = csrf("/editor/archive");
            String boundary = "crash-" + Long.toHexString(System.nanoTime());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"site.zip\"\r\n"
                    + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(archive);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(base + "/editor/archive"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 200).body();
        }

        private String csrf(String path) throws IOException, InterruptedException {
            Matcher field = CSRF_FIELD.matcher(send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200).body());
            if (!field.find()) {
                throw new IllegalStateException("no CSRF field on " + path);
            }
            return field.group(1);
        }

        private static HttpRequest.Builder form(String uri, Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }

        private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> answer = client.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
                        + answer.statusCode() + " instead of " + expected + ": " + answer.body());
            }
            return answer;
        }
    }

    /** The packaged application, run as a child process with its working folder and database of its own. */
    private static final class Server {
        private final Options options;
        private final Database database;
        private final Path folder;
        private final boolean demo;
        private Process process;
        private int port;
        int starts;

        Server(Options options, Database database, Path folder, boolean demo) {
            this.options = options;
            this.database = database;
            this.folder = folder;
            this.demo = demo;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        Path log(int start) {
            return folder.resolve("server-" + start + ".log");
        }

        /**
         * Starts the server and waits until it answers /q/health; its time in milliseconds, or -1. Another
         * process may take the port between the check and the server's bind: then it starts again elsewhere.
         */
        long start(int number) throws IOException, InterruptedException {
            starts++;
            for (int attempt = 1; ; attempt++) {
                long time = startOnce(number);
                if (time >= 0 || attempt == 3 || !portTaken(number)) {
                    return time;
                }
            }
        }

        private boolean portTaken(int number) throws IOException {
            String log = Files.readString(log(number));
            return log.contains("Port already bound") || log.contains("seems to be in use by another process");
        }

        private long startOnce(int number) throws IOException, InterruptedException {
            port = freePort(options.portMin, options.portMax);
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", options.app.resolve("quarkus-run.jar").toAbsolutePath().toString())
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log(number).toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("TIMELINE_ACCOUNTS_ADMIN_USERNAME", ADMIN);
            env.put("TIMELINE_ACCOUNTS_ADMIN_PASSWORD", PASSWORD);
            env.put("TIMELINE_DEMO_ENABLED", Boolean.toString(demo));
            env.put("TIMELINE_SITE_BASE_URL", "http://127.0.0.1");
            database.configure(env);
            long begin = System.nanoTime();
            process = builder.start();
            HttpClient client = client();
            while (System.nanoTime() - begin < options.startTimeout.toNanos()) {
                if (!process.isAlive()) {
                    return -1;
                }
                // Only the server's own log tells that it, not another process, listens on the port.
                if (!Files.readString(log(number)).contains("Listening on: " + base())) {
                    Thread.sleep(100);
                    continue;
                }
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/q/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && JSON.readTree(health.body()).path("status").asText().equals("UP")) {
                        return (System.nanoTime() - begin) / 1_000_000;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            kill();
            return -1;
        }

        /** Clean: the start logged no error and no warning from the database or the connection pool. */
        boolean startedCleanly(int number) throws IOException {
            try (Stream<String> lines = Files.lines(log(number))) {
                return lines.noneMatch(line -> line.contains(" ERROR ")
                        || line.contains(" WARN ") && line.matches(".*\\[(org\\.h2|io\\.agroal|org\\.postgresql)[^\\]]*\\].*"));
            }
        }

        /** kill -9: the JVM gets no chance to write or close anything. */
        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // SIGKILL on Linux
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** A clean stop (SIGTERM), as an operator's would be. */
        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            }
        }

        private static int freePort(int min, int max) throws IOException {
            List<Integer> ports = new ArrayList<>();
            for (int p = min; p <= max; p++) {
                ports.add(p);
            }
            Collections.shuffle(ports);
            for (int p : ports) {
                try {
                    new ServerSocket(p, 1, InetAddress.getByName("127.0.0.1")).close();
                    return p;
                } catch (IOException busy) {
                    // taken
                }
            }
            throw new IOException("no free port in " + min + "-" + max);
        }
    }

    /** The server's database: an H2 file in the server's working folder, or a PostgreSQL database of its own. */
    private interface Database {

        void create() throws SQLException;

        void configure(Map<String, String> env);

        void drop() throws SQLException;

        static Database of(Options options, Path folder, String role) {
            if (options.kind.equals("h2")) {
                return new Database() {
                    @Override public void create() {
                    }

                    @Override public void configure(Map<String, String> env) {
                        // The default URL (./data/timeline, relative to the working folder) unless one is given.
                        if (options.url != null) {
                            env.put("QUARKUS_DATASOURCE_JDBC_URL", options.url);
                        }
                    }

                    @Override public void drop() {
                    }
                };
            }
            String name = options.database + "_" + role;
            return new Database() {
                @Override public void create() throws SQLException {
                    drop();
                    execute("create database " + name);
                }

                @Override public void configure(Map<String, String> env) {
                    env.put("QUARKUS_DATASOURCE_JDBC_URL", options.pgUrl + name);
                    env.put("QUARKUS_DATASOURCE_USERNAME", options.pgUser);
                    env.put("QUARKUS_DATASOURCE_PASSWORD", options.pgPassword);
                    env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "crash-test-session-key-0123456789-abcdefghij");
                }

                @Override public void drop() throws SQLException {
                    execute("drop database if exists " + name);
                }

                private void execute(String sql) throws SQLException {
                    try (Connection connection = DriverManager.getConnection(options.pgUrl + "postgres", options.pgUser,
                            options.pgPassword); Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }
            };
        }
    }

    /** One cycle's line of the report. */
    private static final class Cycle {
        final int number;
        final List<String> problems = new ArrayList<>();
        long killAfter;
        long firstAcknowledged;
        long killedAt;
        long writingNanos;
        long acknowledged;
        long inFlight;
        long restart;
        long lost;
        long corrupted;
        long unexpected;
        long total;
        boolean unclean;

        Cycle(int number) {
            this.number = number;
        }

        String line(int cycles) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "cycle %2d/%d: first acknowledged after %.2f s, killed %.2f s later, %4d milestones acknowledged "
                            + "(%d in flight), restart %s, checked %,d: %d lost, %d corrupted, %d unexpected",
                    number, cycles, firstAcknowledged / 1000.0, killAfter / 1000.0, acknowledged, inFlight,
                    restart < 0 ? "FAILED" : String.format(Locale.ROOT, "%.1f s%s", restart / 1000.0, unclean ? " NOT CLEAN" : " clean"),
                    total, lost, corrupted, unexpected));
            problems.stream().limit(10).forEach(p -> line.append("\n    ").append(p));
            if (problems.size() > 10) {
                line.append("\n    … and ").append(problems.size() - 10).append(" more");
            }
            return line.toString();
        }
    }

    /** The command line. */
    private static final class Options {
        static final String USAGE = """
                usage: CrashTest h2|postgresql CYCLES [--writers N] [--kill-after MIN-MAX (ms after the first acknowledged milestone)] [--seed N]
                           [--url JDBC_URL (h2: instead of the default)] [--start-timeout SECONDS] [--app DIR] [--work DIR] [--ports MIN-MAX]
                           [--pg-url jdbc:postgresql://127.0.0.1:5432/] [--pg-user postgres] [--pg-password ''] [--database crash]
                           [--keep]""";

        String kind;
        int cycles;
        int writers = 2;
        long killAfterMin = 1000;
        long killAfterMax = 6000;
        long seed = System.currentTimeMillis();
        String url;
        Path app = Path.of("timeline-web/target/quarkus-app");
        Path workRoot = Path.of("bench/crash/target");
        int portMin = 18100;
        int portMax = 18199;
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/";
        String pgUser = "postgres";
        String pgPassword = "";
        String database = "crash";
        Duration startTimeout = Duration.ofMinutes(10);
        boolean keep;

        static Options parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException("Give the database kind and the number of cycles.");
            }
            Options o = new Options();
            o.kind = args[0];
            if (!o.kind.equals("h2") && !o.kind.equals("postgresql")) {
                throw new IllegalArgumentException("The kind is h2 or postgresql, not '" + o.kind + "'.");
            }
            o.cycles = number(args[1], "cycles");
            for (int i = 2; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--keep")) {
                    o.keep = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value.");
                }
                String value = args[++i];
                switch (option) {
                    case "--writers" -> o.writers = number(value, option);
                    case "--kill-after" -> {
                        long[] range = range(value, option);
                        o.killAfterMin = range[0];
                        o.killAfterMax = range[1];
                    }
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--start-timeout" -> o.startTimeout = Duration.ofSeconds(number(value, option));
                    case "--url" -> o.url = value;
                    case "--app" -> o.app = Path.of(value);
                    case "--work" -> o.workRoot = Path.of(value);
                    case "--ports" -> {
                        long[] range = range(value, option);
                        o.portMin = (int) range[0];
                        o.portMax = (int) range[1];
                    }
                    case "--pg-url" -> o.pgUrl = value.endsWith("/") ? value : value + "/";
                    case "--pg-user" -> o.pgUser = value;
                    case "--pg-password" -> o.pgPassword = value;
                    case "--database" -> {
                        if (!value.matches("[a-z_][a-z0-9_]*")) {
                            throw new IllegalArgumentException("--database takes lower-case letters, digits and _.");
                        }
                        o.database = value;
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + option + ".");
                }
            }
            if (o.url != null && !o.kind.equals("h2")) {
                throw new IllegalArgumentException("--url is for h2; on PostgreSQL use --pg-url.");
            }
            return o;
        }

        String describeDatabase() {
            if (kind.equals("h2")) {
                return url == null ? "the default URL" : url;
            }
            return pgUrl + database + "_run";
        }

        private static int number(String value, String what) {
            try {
                int n = Integer.parseInt(value);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number of at least 1, not '" + value + "'.");
            }
        }

        private static long[] range(String value, String what) {
            Matcher m = Pattern.compile("(\\d+)-(\\d+)").matcher(value);
            if (!m.matches() || Long.parseLong(m.group(1)) > Long.parseLong(m.group(2))) {
                throw new IllegalArgumentException(what + " takes MIN-MAX, e.g. 500-3000, not '" + value + "'.");
            }
            return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        }
    }
}
