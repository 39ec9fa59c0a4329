package news.timeline.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The browser the tests drive: the system's Chromium (Debian's {@code chromium} package), never one
 * Playwright downloads, so the tests need no browser mirror. Without a browser the tests are skipped and the
 * build says so in one line ({@link BrowserAvailable}); where they are required, as in CI, they fail and say
 * how to install one, so a machine without Chromium cannot pass them unseen.
 */
final class Browsers {

    /** Where Chromium or Chrome usually is; {@code CHROMIUM_PATH} names another. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    /** The npm project that pins axe-core, and where the tests install it. */
    private static final Path JS_PROJECT = Paths.get("src", "test", "js");
    private static final Path JS_INSTALL = Paths.get("target", "browser-test-js");
    private static final Path AXE = JS_INSTALL.resolve("node_modules/axe-core/axe.min.js");

    private static String axe;

    private Browsers() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable()).setArgs(ARGS));
    }

    /**
     * What the browser tests lack on this machine ("no Chromium", "no npm", "no Chromium and no npm"), or
     * null when both are installed.
     */
    static String missingTools() {
        boolean chromium = chromiumCandidates().stream().map(Paths::get).anyMatch(Files::isExecutable);
        String path = System.getenv("PATH");
        boolean npm = path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Paths.get(dir, "npm")));
        return chromium && npm ? null : !chromium && !npm ? "no Chromium and no npm" : !chromium ? "no Chromium" : "no npm";
    }

    private static List<String> chromiumCandidates() {
        String configured = System.getenv("CHROMIUM_PATH");
        return configured == null || configured.isBlank() ? CANDIDATES : List.of(configured);
    }

    static Path executable() {
        List<String> candidates = chromiumCandidates();
        return candidates.stream().map(Paths::get).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("No Chromium found at " + candidates + ". Install one with "
                        + "'sudo apt-get install chromium' (Debian, Ubuntu) or set CHROMIUM_PATH to a Chromium or "
                        + "Chrome executable; the browser tests need it and do not download browsers."));
    }

    /** The source of axe-core. */
    static synchronized String axeSource() throws IOException, InterruptedException {
        if (axe == null) {
            axe = Files.readString(nodeModule("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        }
        return axe;
    }

    /**
     * A file of one of the npm packages the tests load into pages (axe-core, pym.js, TimelineJS), installed
     * with {@code npm ci} from the pinned lock file the first time (and again when the lock file changes).
     */
    static synchronized Path nodeModule(String file) throws IOException, InterruptedException {
        install();
        Path path = JS_INSTALL.resolve("node_modules").resolve(file);
        if (!Files.exists(path)) {
            throw new AssertionError("npm package file missing after 'npm ci': " + path);
        }
        return path;
    }

    private static void install() throws IOException, InterruptedException {
        Path lock = JS_PROJECT.resolve("package-lock.json");
        Path installedLock = JS_INSTALL.resolve("package-lock.json");
        boolean current = Files.exists(AXE) && Files.exists(installedLock)
                && Files.exists(JS_INSTALL.resolve("package.json"))
                && Arrays.equals(Files.readAllBytes(JS_PROJECT.resolve("package.json")),
                        Files.readAllBytes(JS_INSTALL.resolve("package.json")))
                && Arrays.equals(Files.readAllBytes(lock), Files.readAllBytes(installedLock));
        if (!current) {
            Files.createDirectories(JS_INSTALL);
            Files.copy(JS_PROJECT.resolve("package.json"), JS_INSTALL.resolve("package.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(lock, installedLock, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path log = JS_INSTALL.resolve("npm-ci.log");
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                        .directory(JS_INSTALL.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError("npm not found: the accessibility tests install axe-core with 'npm ci'. "
                        + "Install Node.js with npm ('sudo apt-get install npm') and run the tests again.", e);
            }
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(AXE)) {
                npm.destroy();
                throw new AssertionError("'npm ci' in " + JS_INSTALL + " failed; see " + log + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        }
    }
}
