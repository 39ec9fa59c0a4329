package news.timeline.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad arguments and missing inputs: each is one line on standard error that names the option and exit status
 * 2, never a stack trace. Run as its own process, as ops/image/build.sh runs it, since it ends by exiting.
 */
class ImageBuildTest {

    private static final String NAME = "newsroom/timeline:test";
    private static final int BAD_INPUT = 2;
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path folder;
    private Path runtime;
    private Path app;
    private Path out;

    /** The result of one run: its exit status and what it wrote to standard error and standard output. */
    private record Run(int status, String err, String out) {
    }

    /** A runtime folder and an application folder that hold what ImageBuild checks for, and nothing else. */
    @BeforeEach
    void inputs() throws IOException {
        runtime = folder.resolve("runtime");
        Path java = runtime.resolve("opt/java/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        app = folder.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("quarkus-run.jar"), "");
        out = folder.resolve("target/image.tar");
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImageBuild.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("ImageBuild ended").isTrue();
        return new Run(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private void assertRejected(Run run, String message) {
        assertThat(run.err()).isEqualTo("ImageBuild: " + message + System.lineSeparator());
        assertThat(run.status()).isEqualTo(BAD_INPUT);
        assertThat(run.out()).isEmpty();
    }

    private String[] args(String... more) {
        List<String> args = new ArrayList<>(List.of("--runtime", runtime.toString(), "--app", app.toString(),
                "--out", out.toString(), "--name", NAME));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void withoutArgumentsItNamesTheFirstMissingOption() throws Exception {
        assertRejected(run(), "missing option --runtime");
    }

    @Test
    void anOptionWithoutItsValueShowsTheUsage() throws Exception {
        assertRejected(run("--runtime"), "usage: ImageBuild --runtime DIR --app DIR --out FILE.tar --name REPOSITORY:TAG"
                + " [--class-archive FILE] (at '--runtime')");
    }

    @Test
    void aMissingOptionIsNamed() throws Exception {
        assertRejected(run("--runtime", runtime.toString(), "--app", app.toString(), "--name", NAME),
                "missing option --out");
    }

    @Test
    void anUnknownOptionIsNamedNotIgnored() throws Exception {
        assertRejected(run(args("--class-achive", "app-cds.jsa")), "unknown option --class-achive");
    }

    @Test
    void aFolderThatIsNotThereIsNamed() throws Exception {
        Path missing = folder.resolve("no-such-folder");
        assertRejected(run("--runtime", missing.toString(), "--app", app.toString(), "--out", out.toString(),
                "--name", NAME), "--runtime " + missing + " is not a folder");
    }

    @Test
    void anApplicationFolderWithoutItsJarIsNamed() throws Exception {
        Files.delete(app.resolve("quarkus-run.jar"));
        assertRejected(run(args()), "--app " + app + " holds no quarkus-run.jar: build timeline-web first");
    }

    @Test
    void aRuntimeFolderWithoutJavaIsNamed() throws Exception {
        Files.delete(runtime.resolve("opt/java/bin/java"));
        assertRejected(run(args()), "--runtime " + runtime + " holds no opt/java/bin/java: ops/image/build.sh makes it"
                + " with jlink");
    }

    @Test
    void aClassArchiveThatIsNotThereIsNamed() throws Exception {
        Path archive = folder.resolve("app-cds.jsa");
        assertRejected(run(args("--class-archive", archive.toString())), "--class-archive " + archive + " is not a file");
    }

    @Test
    void anImageNameThatIsNoImageReferenceIsNamed() throws Exception {
        assertRejected(run("--runtime", runtime.toString(), "--app", app.toString(), "--out", out.toString(),
                "--name", "Newsroom Timeline:1"), "--name 'Newsroom Timeline:1' is no image name (REPOSITORY:TAG)");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void anOutputWhoseFolderCannotBeMadeIsNamed() throws Exception {
        Path file = folder.resolve("a-file");
        Files.writeString(file, "");
        Path inside = file.resolve("image.tar");
        assertRejected(run("--runtime", runtime.toString(), "--app", app.toString(), "--out", inside.toString(),
                "--name", NAME), "--out " + inside + ": its folder " + file + " cannot be made");
    }

    @Test
    void anOutputThatIsAFolderIsNamed() throws Exception {
        Files.createDirectories(out);
        assertRejected(run(args()), "--out " + out + " is a folder, not a file");
    }
}
