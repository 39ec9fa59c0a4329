// Readers under load: the demo page through the site and the same bytes through nginx, side by side; then
// 200 concurrent readers while 10 editors write through the token API. Not a test: it measures and prints
// Markdown tables (docs/benchmarks.md, "Readers under load").
//
//   ./mvnw -q -B -pl timeline-web -am package -DskipTests        (builds timeline-web/target/quarkus-app)
//   java bench/load/LoadBench.java [quarkus-app folder ...]        (Java 17, no dependencies)
//
// Needs Debian's nginx and wrk on the PATH (apt-get install nginx-light wrk). Several application folders
// (an older build and this one, say) are measured one after the other in one run, each against nginx
// serving the page that build made; with none, timeline-web/target/quarkus-app. Environment: PORT (the
// site; 8181), NGINX_PORT (8182), WARM_SECONDS (the site's warm-up; 20), SECONDS_EACH (length of one
// throughput round; 10), ROUNDS (rounds alternated site, nginx; 3), MIXED_SECONDS (20), READERS (200), WRITERS (10), WRITE_PAUSE_MS (a writer's pause between two saves; 1000),
// JAVA_OPTS (as ./run: -Xmx256m -XX:+UseSerialGC). Every process listens on 127.0.0.1 only, each site starts
// on a fresh H2 database with the demo timeline, and every process started is stopped at the end.
import java.io.IOException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadBench {

    static final int PORT = Integer.parseInt(env("PORT", "8181"));
    static final int NGINX_PORT = Integer.parseInt(env("NGINX_PORT", "8182"));
    static final int SECONDS_EACH = Integer.parseInt(env("SECONDS_EACH", "10"));
    static final int WARM_SECONDS = Integer.parseInt(env("WARM_SECONDS", "20"));
    static final int ROUNDS = Integer.parseInt(env("ROUNDS", "3"));
    static final int MIXED_SECONDS = Integer.parseInt(env("MIXED_SECONDS", "20"));
    static final int READERS = Integer.parseInt(env("READERS", "200"));
    static final int WRITERS = Integer.parseInt(env("WRITERS", "10"));
    static final int WRITE_PAUSE_MS = Integer.parseInt(env("WRITE_PAUSE_MS", "1000"));
    static final String JAVA_OPTS = env("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC");
    static final String DEMO = "/timelines/us-russia-relations";
    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "bench admin's long password";
    static final Path WORK = Path.of("bench/load/target").toAbsolutePath();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Process> STARTED = Collections.synchronizedList(new ArrayList<>());

    record Wrk(double requestsPerSecond, double p50, double p99, long requests, long errors, String raw) {
    }

    record Site(String name, List<Double> site, List<Double> nginx, List<Double> nginxStatic, Wrk mixed, int writes, int writeErrors,
                double writeP99, long pageBytes, long pageGzipBytes) {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroy)));
        List<String> apps = args.length == 0 ? List.of("timeline-web/target/quarkus-app") : Arrays.asList(args);
        Files.createDirectories(WORK);
        List<Site> results = new ArrayList<>();
        for (String app : apps) {
            results.add(measure(Path.of(app).toAbsolutePath()));
        }
        System.out.println();
        System.out.println(machine());
        System.out.println();
        System.out.println("| build | page | site req/s (rounds) | nginx, gzip per request | site / nginx | nginx, gzip_static | site / nginx |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Site r : results) {
            System.out.printf("| %s | %,d B (%,d B gzipped) | %s | %s | %.0f%% | %s | %.0f%% |%n", r.name(), r.pageBytes(),
                    r.pageGzipBytes(), list(r.site()), list(r.nginx()), 100 * median(r.site()) / median(r.nginx()),
                    list(r.nginxStatic()), 100 * median(r.site()) / median(r.nginxStatic()));
        }
        System.out.println();
        System.out.printf("| build | %d readers: req/s | p50 | p99 | reader errors | %d writers: saves | save errors | save p99 |%n",
                READERS, WRITERS);
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Site r : results) {
            System.out.printf("| %s | %,.0f | %.1f ms | %.1f ms | %d of %,d | %d | %d | %.0f ms |%n", r.name(),
                    r.mixed().requestsPerSecond(), r.mixed().p50(), r.mixed().p99(), r.mixed().errors(), r.mixed().requests(),
                    r.writes(), r.writeErrors(), r.writeP99());
        }
        STARTED.forEach(Process::destroy);
    }

    static Site measure(Path app) throws Exception {
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalArgumentException("No quarkus-run.jar in " + app + ": give the quarkus-app folder of a packaged build");
        }
        // A build's quarkus-app sits in CHECKOUT/timeline-web/target; a copy elsewhere is named by its folder.
        Path absolute = app.toAbsolutePath().normalize();
        String name = absolute.getNameCount() > 3 ? build(absolute.getParent().getParent().getParent())
                : absolute.getFileName().toString();
        Path dir = WORK.resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        Process site = startSite(app, dir);
        Process nginx = null;
        try {
            String base = "http://127.0.0.1:" + PORT;
            byte[] page = get(base + DEMO, false).body();
            byte[] gzipped = get(base + DEMO, true).body();
            Path root = dir.resolve("nginx/html" + DEMO.substring(0, DEMO.lastIndexOf('/')));
            Files.createDirectories(root);
            Files.write(root.resolve(DEMO.substring(DEMO.lastIndexOf('/') + 1)), page);
            // The same page compressed ahead, as nginx's gzip_static serves it: no compression per request.
            Path precompressed = dir.resolve("nginx/pre" + DEMO.substring(0, DEMO.lastIndexOf('/')));
            Files.createDirectories(precompressed);
            Files.write(precompressed.resolve(DEMO.substring(DEMO.lastIndexOf('/') + 1)), page);
            Files.write(precompressed.resolve(DEMO.substring(DEMO.lastIndexOf('/') + 1) + ".gz"), gzip(page));
            nginx = startNginx(dir.resolve("nginx"));
            String nginxUrl = "http://127.0.0.1:" + NGINX_PORT + DEMO;
            String nginxStaticUrl = "http://127.0.0.1:" + NGINX_PORT + "/pre" + DEMO;
            if (!Arrays.equals(get(nginxUrl, false).body(), page) || !Arrays.equals(get(nginxStaticUrl, false).body(), page)
                    || !get(nginxStaticUrl, true).headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                throw new IllegalStateException("nginx does not serve the page's bytes");
            }
            System.err.println(name + ": warming up");
            // The JIT needs some 20,000 requests before the site runs at its speed; nginx needs none.
            wrk(base + DEMO, 50, WARM_SECONDS);
            wrk(nginxUrl, 50, 3);
            List<Double> bySite = new ArrayList<>();
            List<Double> byNginx = new ArrayList<>();
            List<Double> byNginxStatic = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                bySite.add(wrk(base + DEMO, 50, SECONDS_EACH).requestsPerSecond());
                byNginx.add(wrk(nginxUrl, 50, SECONDS_EACH).requestsPerSecond());
                byNginxStatic.add(wrk(nginxStaticUrl, 50, SECONDS_EACH).requestsPerSecond());
                System.err.printf("%s: round %d: site %.0f, nginx %.0f, nginx gzip_static %.0f req/s%n", name, round + 1,
                        bySite.get(round), byNginx.get(round), byNginxStatic.get(round));
            }
            String token = token(base);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger writes = new AtomicInteger();
            AtomicInteger writeErrors = new AtomicInteger();
            List<Double> writeMillis = Collections.synchronizedList(new ArrayList<>());
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(base, token, writer, writing, writes, writeErrors, writeMillis));
                thread.start();
                writers.add(thread);
            }
            Wrk mixed = wrk(base + DEMO, READERS, MIXED_SECONDS);
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            System.err.println(name + ": mixed: " + mixed.raw().replace('\n', ' '));
            List<Double> sorted = new ArrayList<>(writeMillis);
            Collections.sort(sorted);
            double writeP99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1));
            return new Site(name, bySite, byNginx, byNginxStatic, mixed, writes.get(), writeErrors.get(), writeP99, page.length, gzipped.length);
        } finally {
            stop(site);
            if (nginx != null) {
                stop(nginx);
            }
        }
    }

    /** An editor saving new milestones into the demo timeline through the token API, one after another. */
    static void write(String base, String token, int writer, AtomicBoolean writing, AtomicInteger writes,
                      AtomicInteger errors, List<Double> millis) {
        for (int n = 0; writing.get(); n++) {
            String body = "{\"headline\":\"Bench writer " + writer + " note " + n + "\",\"date\":\"2025-03-"
                    + String.format("%02d", 1 + n % 28) + "\",\"summary\":\"A save while readers read.\"}";
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/editor" + DEMO + "/milestones"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                millis.add((System.nanoTime() - start) / 1e6);
                if (answer.statusCode() == 201) {
                    writes.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    System.err.println("save answered " + answer.statusCode() + ": " + answer.body());
                }
                Thread.sleep(WRITE_PAUSE_MS);
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Signs in as the bench's administrator through the sign-in form and makes an API token on the tokens page. */
    static String token(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String action = find(login, "action=\"(/j_security_check\\?login-token=[^\"]+)\"");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + action.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("j_username", ADMIN, "j_password", ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException("Signing in answered " + signedIn.statusCode());
        }
        String tokens = browser.send(HttpRequest.newBuilder(URI.create(base + "/editor/tokens")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String made = browser.send(HttpRequest.newBuilder(URI.create(base + "/editor/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("csrf-token", find(tokens, "name=\"csrf-token\" value=\"([^\"]+)\""), "name", "load bench")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return find(made, "id=\"new-token\" readonly size=\"60\" value=\"([^\"]+)\"");
    }

    static Process startSite(Path app, Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(Arrays.asList(JAVA_OPTS.trim().split("\\s+")));
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("site.log").toFile());
        builder.environment().putAll(java.util.Map.of("QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT", String.valueOf(PORT),
                "TIMELINE_ACCOUNTS_ADMIN_USERNAME", ADMIN, "TIMELINE_ACCOUNTS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "TIMELINE_SITE_BASE_URL", "http://127.0.0.1:" + PORT));
        Process process = builder.start();
        STARTED.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The site stopped: " + Files.readString(dir.resolve("site.log")));
            }
            if (Files.readString(dir.resolve("site.log")).contains("Listening on")) {
                return process;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The site did not start in 90 s");
    }

    /** nginx serving the page as a static file, gzipped on the fly at the level Vert.x uses (6), like the site. */
    static Process startNginx(Path prefix) throws Exception {
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    default_type text/html;
                    charset utf-8;
                    gzip on;
                    gzip_comp_level 6;
                    etag on;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/html;
                        location /pre/ {
                            alias %1$s/pre/;
                            gzip off;
                            gzip_static on;
                        }
                    }
                }
                """.formatted(prefix, NGINX_PORT));
        Files.createDirectories(prefix.resolve("tmp"));
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile()).start();
        STARTED.add(process);
        for (int i = 0; i < 50; i++) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX_PORT + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return process;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/nginx.out")));
    }

    /** wrk, asking for gzip as browsers do, with its latency distribution. */
    static Wrk wrk(String url, int connections, int seconds) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "10s",
                "-H", "Accept-Encoding: gzip", url).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Wrk(Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)")), millis(find(out, "\\s50%\\s+(\\S+)")),
                millis(find(out, "\\s99%\\s+(\\S+)")), Long.parseLong(find(out, "(\\d+) requests in")), errors, out);
    }

    static double millis(String wrkTime) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(wrkTime);
        if (!m.matches()) {
            throw new IllegalStateException("Unreadable time " + wrkTime);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    static HttpResponse<byte[]> get(String url, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return answer;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found: " + regex + " in " + text.substring(0, Math.min(2000, text.length())));
        }
        return matcher.group(1);
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The build's commit, from the checkout it was built in, or the checkout's folder name. */
    static String build(Path checkout) {
        try {
            Process git = new ProcessBuilder("git", "-C", checkout.toString(), "rev-parse", "--short", "HEAD").start();
            String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && !commit.isEmpty() ? commit : checkout.getFileName().toString();
        } catch (IOException | InterruptedException e) {
            return checkout.getFileName().toString();
        }
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), load average " + load
                + " at the end (other work on the machine shares the cores), Java "
                + System.getProperty("java.version") + ", site JAVA_OPTS \"" + JAVA_OPTS + "\", wrk -t2 -c50 " + SECONDS_EACH
                + " s per round, " + READERS + " readers for " + MIXED_SECONDS + " s with " + WRITERS + " writers pausing "
                + WRITE_PAUSE_MS + " ms between saves.";
    }

    static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%,.0f", v)).toList());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
