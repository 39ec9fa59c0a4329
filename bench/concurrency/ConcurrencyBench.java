// Editors at the same moment, and instances that start together, on PostgreSQL: what answers they get.
// Not a test: it measures and prints a Markdown table (docs/benchmarks.md, "Concurrent editors").
//
//   ./mvnw -q -B -Ppostgresql -pl timeline-web -am package -DskipTests    (timeline-web/target/quarkus-app)
//   java bench/concurrency/ConcurrencyBench.java [trials]                   (Java 17, no dependencies)
//
// Environment: APP (the quarkus-app folder; default timeline-web/target/quarkus-app), PGHOST (127.0.0.1),
// PGPORT (5432), PGUSER (postgres; trust authentication), DB (database name prefix; conflicts_bench),
// PORT (first of three ports; 18210). It drops and creates the databases DB_start and DB_edit, runs the
// application's jar on 127.0.0.1 only, and stops every process it started.
//
// 1. Start together (trials times, default 5): a database migrated by one start of the application (demo
//    off, no administrator) and otherwise empty; then two instances started at the same moment with the
//    first administrator and the demo; each either answers or exits. Rows counted afterwards.
// 2. One instance, an API token written into the database, then: 4 writers x 25 new milestones into one
//    timeline; the same with every writer's n-th milestone naming the same new actor and place; 50 clients
//    saving one milestone at one moment with the version read before; 50 clients that each read another
//    milestone and save it with the version read, 4 times over. With trials 0, only this part runs.
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ConcurrencyBench {

    static final String APP = env("APP", "timeline-web/target/quarkus-app");
    static final String PGHOST = env("PGHOST", "127.0.0.1");
    static final String PGPORT = env("PGPORT", "5432");
    static final String PGUSER = env("PGUSER", "postgres");
    static final String DB = env("DB", "conflicts_bench");
    static final int PORT = Integer.parseInt(env("PORT", "18210"));
    static final Path LOGS = Path.of("bench/concurrency/target");
    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "bench admin's long password";
    static final String SESSION_KEY = "bench-session-key-bench-session-key-0123456789";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Process> STARTED = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Files.createDirectories(LOGS);
        Runtime.getRuntime().addShutdownHook(new Thread(ConcurrencyBench::stopAll));
        try {
            System.out.println("| Scenario | Result |");
            System.out.println("|---|---|");
            if (trials > 0) {
                startTogether(trials);
            }
            edits();
        } finally {
            stopAll();
        }
    }

    // --- 1. two instances started together on a migrated, empty database

    static void startTogether(int trials) throws Exception {
        String db = DB + "_start";
        int bothUp = 0;
        List<String> rows = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            recreate(db);
            Process migrate = start(db, PORT, false, false, "migrate-" + trial);
            if (!ready(migrate, PORT)) {
                throw new IllegalStateException("the migrating start failed; see " + LOGS.resolve("migrate-" + trial + ".log"));
            }
            stop(migrate);
            if (!psql(db, "select count(*) from account").equals("0") || !psql(db, "select count(*) from timeline").equals("0")) {
                throw new IllegalStateException("the migrated database is not empty");
            }
            Process a = start(db, PORT + 1, true, true, "start-" + trial + "-a");
            Process b = start(db, PORT + 2, true, true, "start-" + trial + "-b");
            boolean upA = ready(a, PORT + 1);
            boolean upB = ready(b, PORT + 2);
            bothUp += upA && upB ? 1 : 0;
            String counts = "administrators " + psql(db, "select count(*) from account where username = '" + ADMIN + "'")
                    + ", demo timelines " + psql(db, "select count(*) from timeline")
                    + ", actors " + psql(db, "select count(*) from actor") + ", places " + psql(db, "select count(*) from place");
            rows.add("trial " + trial + ": " + (upA && upB ? "both answer" : "failed: " + (upA ? "" : "A (" + exit(a) + ") ")
                    + (upB ? "" : "B (" + exit(b) + ")")) + "; " + counts);
            stop(a);
            stop(b);
        }
        System.out.println("| Two instances started together on a migrated, empty database | both answer in " + bothUp
                + " of " + trials + " trials<br>" + String.join("<br>", rows) + " |");
    }

    // --- 2. editors at the same moment

    static void edits() throws Exception {
        String db = DB + "_edit";
        recreate(db);
        Process app = start(db, PORT, true, false, "edits");
        if (!ready(app, PORT)) {
            throw new IllegalStateException("the application did not start; see " + LOGS.resolve("edits.log"));
        }
        String token = token(db);
        Api api = new Api(PORT, token);
        api.send("POST", "/api/editor/timelines", "{\"title\":\"Bench\",\"slug\":\"bench\",\"state\":\"published\"}");

        Tally creates = new Tally();
        together(4, writer -> {
            for (int i = 0; i < 25; i++) {
                creates.add(api.send("POST", "/api/editor/timelines/bench/milestones", "{\"headline\":\"Writer " + writer
                        + " event " + i + "\",\"date\":\"2025-03-01\"}"));
            }
        });
        String stored = psql(db, "select count(*) from milestone m join timeline t on t.id = m.timeline_id where t.slug = 'bench'");
        System.out.println("| 4 writers x 25 new milestones into one timeline | " + creates + "; stored " + stored + " of 100 |");

        Tally named = new Tally();
        together(4, writer -> {
            for (int i = 0; i < 25; i++) {
                named.add(api.send("POST", "/api/editor/timelines/bench/milestones", "{\"headline\":\"Named by writer " + writer
                        + " event " + i + "\",\"date\":\"2025-04-01\",\"actors\":[\"Bench Envoy " + i + "\"],\"places\":[\"Bench Harbour "
                        + i + "\"],\"tags\":[\"bench-" + i + "\"]}"));
            }
        });
        System.out.println("| 4 writers x 25 new milestones, the n-th of each naming the same new actor and place | " + named
                + "; stored " + psql(db, "select count(*) from milestone where slug like 'named-by-writer-%'")
                + " of 100; actors " + psql(db, "select count(*) from actor where slug like 'bench-envoy-%'")
                + " of 25, places " + psql(db, "select count(*) from place where slug like 'bench-harbour-%'") + " of 25 |");

        String once = "/api/editor/timelines/bench/milestones/contested-once";
        api.send("POST", "/api/editor/timelines/bench/milestones", "{\"headline\":\"Contested once\",\"slug\":\"contested-once\",\"date\":\"2025-05-01\"}");
        long read = number(api.send("GET", once, null).body(), "version");
        Tally sameVersion = new Tally();
        AtomicInteger sameVersionBoth = new AtomicInteger();
        together(50, client -> {
            HttpResponse<String> saved = api.send("PUT", once, "{\"headline\":\"Contested once\",\"slug\":\"contested-once\","
                    + "\"summary\":\"Client " + client + "\",\"date\":\"2025-05-01\",\"version\":" + read + "}");
            sameVersion.add(saved);
            if (saved.statusCode() == 409 && saved.body().contains("\"yourVersion\":" + read) && saved.body().contains("\"currentVersion\"")) {
                sameVersionBoth.incrementAndGet();
            }
        });
        System.out.println("| 50 clients saving one milestone at once, all with the version they read | " + sameVersion
                + "; version " + read + " → " + number(api.send("GET", once, null).body(), "version") + "; 409s with both versions: "
                + sameVersionBoth + " of " + sameVersion.count(409) + " |");

        String path = "/api/editor/timelines/bench/milestones/contested";
        api.send("POST", "/api/editor/timelines/bench/milestones", "{\"headline\":\"Contested\",\"slug\":\"contested\",\"date\":\"2025-05-01\"}");
        Tally saves = new Tally();
        Map<Long, Integer> winnersPerVersion = new ConcurrentHashMap<>();
        AtomicInteger conflictsWithBoth = new AtomicInteger();
        together(50, client -> {
            for (int round = 0; round < 4; round++) {
                long version = number(api.send("GET", path, null).body(), "version");
                HttpResponse<String> saved = api.send("PUT", path, "{\"headline\":\"Contested\",\"slug\":\"contested\",\"summary\":\"Client "
                        + client + " round " + round + "\",\"date\":\"2025-05-01\",\"version\":" + version + "}");
                saves.add(saved);
                if (saved.statusCode() == 200) {
                    winnersPerVersion.merge(version, 1, Integer::sum);
                } else if (saved.statusCode() == 409 && saved.body().contains("\"yourVersion\":" + version)
                        && saved.body().contains("\"currentVersion\"")) {
                    conflictsWithBoth.incrementAndGet();
                }
            }
        });
        long finalVersion = number(api.send("GET", path, null).body(), "version");
        long firstVersion = winnersPerVersion.keySet().stream().mapToLong(Long::longValue).min().orElse(finalVersion);
        int saved = winnersPerVersion.values().stream().mapToInt(Integer::intValue).sum();
        boolean onePerVersion = winnersPerVersion.values().stream().allMatch(n -> n == 1);
        System.out.println("| 50 clients x 4 saves of one milestone with the version read | " + saves + "; " + (onePerVersion
                ? "one winner per version" : "SEVERAL winners of one version") + "; " + saved + " saves moved it from version "
                + firstVersion + " to " + finalVersion + "; 409s with both versions: " + conflictsWithBoth + " of "
                + saves.count(409) + " |");
        stop(app);
    }

    // --- helpers

    /** Answers by status, e.g. "201: 100". */
    static final class Tally {
        final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();

        void add(HttpResponse<String> response) {
            byStatus.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        }

        int count(int status) {
            AtomicInteger n = byStatus.get(status);
            return n == null ? 0 : n.get();
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(byStatus).forEach((status, n) -> parts.add(n + " × " + status));
            return String.join(", ", parts);
        }
    }

    record Api(int port, String token) {
        HttpResponse<String> send(String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(method + " " + path + ": " + e, e);
            }
        }
    }

    @FunctionalInterface
    interface Client {
        void run(int client) throws Exception;
    }

    /** Runs {@code clients} threads that start at one moment, and waits for all. */
    static void together(int clients, Client work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            running.add(pool.submit(() -> {
                start.await();
                work.run(client);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    /** The last number named {@code field} in the JSON: an answer's own fields come after the milestone's. */
    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        Long last = null;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        if (last == null) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return last;
    }

    /** An API token of the administrator, written as the application stores one: its prefix and SHA-256. */
    static String token(String db) throws Exception {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String prefix = "tl_bench" + HexFormat.of().formatHex(random, 0, 3).substring(0, 5);
        String token = prefix + "_" + HexFormat.of().formatHex(random, 3, 24);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        psql(db, "insert into api_token (id, account_id, name, prefix, token_hash, created_at) select 1000000, id, 'bench', '"
                + prefix + "', '" + hash + "', now() from account where username = '" + ADMIN + "'");
        return token;
    }

    static Process start(String db, int port, boolean admin, boolean demo, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-jar",
                APP + "/quarkus-run.jar"));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + PGHOST + ":" + PGPORT + "/" + db);
        env.put("QUARKUS_DATASOURCE_USERNAME", PGUSER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        env.put("TIMELINE_DEMO_ENABLED", Boolean.toString(demo));
        if (admin) {
            env.put("TIMELINE_ACCOUNTS_ADMIN_USERNAME", ADMIN);
            env.put("TIMELINE_ACCOUNTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        File log = LOGS.resolve(name + ".log").toFile();
        Process process = builder.redirectErrorStream(true).redirectOutput(log).start();
        STARTED.add(process);
        return process;
    }

    /**
     * Waits until the instance answers its home page, or has exited (false), or five minutes passed (false):
     * on two shared cores under load a start has taken over two minutes.
     */
    static boolean ready(Process process, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                HttpResponse<Void> home = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (home.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    static String exit(Process process) {
        return process.isAlive() ? "not answering" : "exit " + process.exitValue();
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static void stopAll() {
        for (Process p : STARTED) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    static void recreate(String db) throws Exception {
        run("dropdb", "-h", PGHOST, "-p", PGPORT, "-U", PGUSER, "--if-exists", db);
        run("createdb", "-h", PGHOST, "-p", PGPORT, "-U", PGUSER, db);
    }

    static String psql(String db, String sql) throws Exception {
        return run("psql", "-h", PGHOST, "-p", PGPORT, "-U", PGUSER, "-d", db, "-v", "ON_ERROR_STOP=1", "-tAc", sql).strip();
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
