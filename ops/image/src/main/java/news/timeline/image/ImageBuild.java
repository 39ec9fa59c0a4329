package news.timeline.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site's container image as a tar file that {@code docker load} and {@code podman load} read, from
 * nothing but files: no base image is pulled and no container daemon is asked. Three layers, the one that
 * changes least first:
 * <ol>
 * <li>{@code runtime}: a Java runtime made by {@code jlink} under {@code /opt/java}, the system libraries it
 * links to, and {@code /etc/passwd} naming the user the site runs as (185, as in the usual Java images);</li>
 * <li>{@code libraries}: the packaged application's {@code lib/} (third-party jars);</li>
 * <li>{@code application}: its own code, {@code quarkus-run.jar}, an empty {@code data/} the user may write,
 * and, if given, the class archive of a start of this very image ({@code app-cds.jsa}, which
 * {@code JDK_JAVA_OPTIONS} then names).</li>
 * </ol>
 *
 * <pre>ImageBuild --runtime DIR --app timeline-web/target/quarkus-app --out FILE.tar --name newsroom/timeline:TAG
 *            [--class-archive app-cds.jsa]</pre>
 */
public final class ImageBuild {

    private static final String USER = "185";
    private static final AbsoluteUnixPath HOME = AbsoluteUnixPath.get("/deployments");
    /**
     * Options for the {@code java} launcher, which reads this variable itself: an operator replaces them whole.
     * Half the container's memory for the heap (256 MB of 512 MB: the site's resident memory under load is
     * then about 450 MB), starting at a quarter rather than the JVM's 64th (8 MB, which a start outgrows in
     * some fifty collections), and the JIT's quick compiler only, which halves the start's CPU time and serves
     * pages as fast (docs/benchmarks.md, "Footprint").
     */
    static final String JAVA_OPTIONS = "-XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=25 -XX:+UseSerialGC"
            + " -XX:TieredStopAtLevel=1";
    /** Where the class archive lies in the image; the JVM ignores it if it was not made by this image's runtime and jars. */
    static final String CLASS_ARCHIVE = "app-cds.jsa";

    private ImageBuild() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path runtime = directory(options, "--runtime");
        Path app = directory(options, "--app");
        Path out = Path.of(required(options, "--out"));
        String name = required(options, "--name");
        try {
            ImageReference.parse(name);
        } catch (InvalidImageReferenceException e) {
            fail("--name '" + name + "' is no image name (REPOSITORY:TAG)");
        }
        if (Files.isDirectory(out)) {
            fail("--out " + out + " is a folder, not a file");
        }
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            fail("--app " + app + " holds no quarkus-run.jar: build timeline-web first");
        }
        if (!Files.isExecutable(runtime.resolve("opt/java/bin/java"))) {
            fail("--runtime " + runtime + " holds no opt/java/bin/java: ops/image/build.sh makes it with jlink");
        }
        Path archive = options.containsKey("--class-archive") ? Path.of(options.get("--class-archive")) : null;
        if (archive != null && !Files.isRegularFile(archive)) {
            fail("--class-archive " + archive + " is not a file");
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            fail("--out " + out + ": its folder " + out.toAbsolutePath().getParent() + " cannot be made");
        }
        Path empty = Files.createTempDirectory("timeline-image-data");

        JibContainerBuilder image = Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .addFileEntriesLayer(tree("runtime", runtime, AbsoluteUnixPath.get("/"), "0:0"))
                .addFileEntriesLayer(tree("libraries", app.resolve("lib"), HOME.resolve("lib"), "0:0"))
                .addFileEntriesLayer(application(app, empty, archive))
                .setEntrypoint(List.of("/opt/java/bin/java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", HOME.resolve("quarkus-run.jar").toString()))
                .setEnvironment(environment(archive != null))
                .setWorkingDirectory(HOME)
                .setUser(USER)
                .setExposedPorts(Set.of(Port.tcp(8080)))
                .setLabels(Map.of(
                        "org.opencontainers.image.title", "timeline",
                        "org.opencontainers.image.description", "A newsroom's timelines: reader pages, editor and API",
                        "org.opencontainers.image.version", name.substring(name.lastIndexOf(':') + 1)))
                .setCreationTime(Instant.EPOCH);
        Containerizer to = Containerizer.to(TarImage.at(out).named(name))
                .setToolName("timeline-image")
                .setApplicationLayersCache(out.toAbsolutePath().getParent().resolve("jib-cache"))
                .setBaseImageLayersCache(out.toAbsolutePath().getParent().resolve("jib-cache"));
        JibContainer built = image.containerize(to);
        System.out.println("image " + name + " written to " + out + " (" + Files.size(out) / 1024 / 1024 + " MB), id "
                + built.getImageId() + ", digest " + built.getDigest());
    }

    private static Map<String, String> environment(boolean archive) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", "/opt/java");
        environment.put("PATH", "/opt/java/bin");
        environment.put("LANG", "C.UTF-8");
        environment.put("JDK_JAVA_OPTIONS", JAVA_OPTIONS
                + (archive ? " -XX:SharedArchiveFile=" + HOME.resolve(CLASS_ARCHIVE) : ""));
        return environment;
    }

    /**
     * The application's own files, its writable data folder (the embedded database, the session key), and the
     * class archive if there is one.
     */
    private static FileEntriesLayer application(Path app, Path empty, Path archive) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("application");
        for (String part : List.of("app", "quarkus", "quarkus-run.jar", "quarkus-app-dependencies.txt")) {
            Path source = app.resolve(part);
            if (Files.exists(source)) {
                add(layer, source, HOME.resolve(part), "0:0");
            }
        }
        layer.addEntry(empty, HOME.resolve("data"), FilePermissions.fromOctalString("775"), Instant.EPOCH, USER + ":0");
        if (archive != null) {
            layer.addEntry(archive, HOME.resolve(CLASS_ARCHIVE), FilePermissions.fromOctalString("644"), Instant.EPOCH, "0:0");
        }
        return layer.build();
    }

    /** Every file and folder under {@code source}, at {@code target}, with their permissions. */
    static FileEntriesLayer tree(String name, Path source, AbsoluteUnixPath target, String owner) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        add(layer, source, target, owner);
        return layer.build();
    }

    private static void add(FileEntriesLayer.Builder layer, Path source, AbsoluteUnixPath target, String owner)
            throws IOException {
        if (Files.isSymbolicLink(source)) {
            fail(source + " is a symbolic link: the runtime folder must hold copies (cp -L)");
        }
        if (!target.toString().equals("/")) {
            layer.addEntry(source, target, permissions(source), Instant.EPOCH, owner);
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children = new ArrayList<>();
            try (Stream<Path> list = Files.list(source)) {
                list.sorted().forEach(children::add);
            }
            for (Path child : children) {
                add(layer, child, target.resolve(child.getFileName().toString()), owner);
            }
        }
    }

    private static FilePermissions permissions(Path source) {
        try {
            return FilePermissions.fromPosixFilePermissions(Files.getPosixFilePermissions(source, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options ImageBuild reads; any other is a mistake that would otherwise change the image unnoticed. */
    private static final Set<String> OPTIONS = Set.of("--runtime", "--app", "--out", "--name", "--class-archive");

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: ImageBuild --runtime DIR --app DIR --out FILE.tar --name REPOSITORY:TAG [--class-archive FILE]"
                        + " (at '" + args[i] + "')");
            }
            if (!OPTIONS.contains(args[i])) {
                fail("unknown option " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            fail("missing option " + name);
        }
        return value;
    }

    private static Path directory(Map<String, String> options, String name) {
        Path path = Path.of(required(options, name));
        if (!Files.isDirectory(path)) {
            fail(name + " " + path + " is not a folder");
        }
        return path;
    }

    private static void fail(String message) {
        System.err.println("ImageBuild: " + message);
        System.exit(2);
    }
}
