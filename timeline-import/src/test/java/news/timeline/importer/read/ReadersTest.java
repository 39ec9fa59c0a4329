package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import news.timeline.importer.read.Readers.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadersTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final ArticleMetadata GIVEN = new ArticleMetadata("Geneva summit", "The Daily Ledger", null,
            LocalDate.of(2021, 6, 16));

    @TempDir
    Path dir;

    private final Readers readers = new Readers();

    @ParameterizedTest
    @CsvSource({
            "plain-article.txt, TEXT",
            "article.html, HTML",
            "world-news.rss, FEED",
            "world-news.atom, FEED",
            "timeline.json, TIMELINEJS_JSON",
            "timeline.csv, TIMELINEJS_CSV",
            "desk-calendar.ics, ICALENDAR",
            "timeline-feed.atom, TIMELINE_ATOM",
            "milestones.csv, MILESTONES_CSV"})
    void choosesTheReaderByExtension(String fixture, Format format) throws Exception {
        assertThat(readers.formatOf(Fixtures.path(fixture))).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource({
            "article.html, HTML",
            "world-news.rss, FEED",
            "world-news.atom, FEED",
            "timeline.json, TIMELINEJS_JSON",
            "timeline.csv, TIMELINEJS_CSV",
            "desk-calendar.ics, ICALENDAR",
            "timeline-feed.atom, TIMELINE_ATOM",
            "milestones.csv, MILESTONES_CSV",
            "plain-article.txt, TEXT"})
    void sniffsTheFormatOfAFileWithoutAKnownExtension(String fixture, Format format) throws Exception {
        Path unnamed = Files.copy(Fixtures.path(fixture), dir.resolve("download"));

        assertThat(readers.formatOf(unnamed)).isEqualTo(format);
    }

    @Test
    void readsEachFormatThroughTheFrontDoor() throws Exception {
        List<Path> files = List.of(Fixtures.path("plain-article.txt"), Fixtures.path("article.html"),
                Fixtures.path("world-news.atom"), Fixtures.path("timeline.json"));

        ReadResult<Document> result = readers.readAll(files, GIVEN);

        assertThat(result.items()).extracting(Document::file).containsExactly("plain-article.txt", "article.html",
                "world-news.atom", "world-news.atom", "timeline.json");
        assertThat(result.items().get(0)).isInstanceOfSatisfying(Article.class,
                article -> assertThat(article.title()).isEqualTo("Geneva summit"));
        assertThat(result.items().get(4)).isInstanceOf(TimelineJsDocument.class);
    }

    @Test
    void refusesAFiftyMegabyteFileBeforeReadingIt() throws Exception {
        Path huge = dir.resolve("archive.html");
        // A sparse file: 50 MB long without writing 50 MB to the disk.
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(FIFTY_MB);
        }

        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> readers.read(huge, GIVEN))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessage("archive.html: file is too large (50 MB > 20 MB)"));
    }

    @Test
    void takesAConfiguredSizeCap() throws Exception {
        Readers small = new Readers(1024);

        assertThatThrownBy(() -> small.read(Fixtures.path("article.html"), GIVEN))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageMatching("article\\.html: file is too large \\(\\d+ bytes > 1024 bytes\\)");
    }

    @Test
    void stopsReadingAStreamThatPassesTheCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> new Readers.CappedInputStream(endless, 4096).readAllBytes())
                        .isInstanceOf(IOException.class)
                        .hasMessage("file is too large (more than 4096 bytes)"));
    }

    @Test
    void goesOnWithTheNextFileWhenOneCannotBeRead() throws Exception {
        Path bomb = Files.writeString(dir.resolve("bomb.xml"), """
                <?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>
                <rss version="2.0"><channel><title>&b;</title></channel></rss>""");
        Path missing = dir.resolve("missing.txt");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Genève".getBytes(StandardCharsets.ISO_8859_1));

        ReadResult<Document> result = assertTimeoutPreemptively(HANG_GUARD, () -> readers.readAll(
                List.of(bomb, missing, latin1, Fixtures.path("plain-article.txt")), GIVEN));

        assertThat(result.items()).extracting(Document::file).containsExactly("plain-article.txt");
        assertThat(result.problems()).extracting(ReadProblem::toString).containsExactly(
                "bomb.xml: error: the feed declares a document type (DOCTYPE), which is refused: it can define "
                        + "entities that expand without bound or read local files",
                "missing.txt: error: no such file",
                "latin1.txt: error: the file is not UTF-8 text: save it as UTF-8 and try again");
    }

    @Test
    void readsAFeedInTheEncodingItDeclares() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Z</title>"
                + "<item><title>Genève</title><description>Zürich.</description></item></channel></rss>";
        Path file = Files.write(dir.resolve("latin1.rss"), feed.getBytes(StandardCharsets.ISO_8859_1));

        ReadResult<Document> result = readers.read(file, ArticleMetadata.NONE);

        assertThat(result.items()).singleElement().isInstanceOfSatisfying(Article.class, article -> {
            assertThat(article.title()).isEqualTo("Genève");
            assertThat(article.text()).isEqualTo("Zürich.");
        });
    }

    @Test
    void rejectsANonPositiveCap() {
        assertThatThrownBy(() -> new Readers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The size cap must be at least one byte, not 0");
    }

    @Test
    void readsFromAByteStreamUnderTheCap() throws Exception {
        byte[] bytes = "short".getBytes(StandardCharsets.UTF_8);

        assertThat(new Readers.CappedInputStream(new ByteArrayInputStream(bytes), 5).readAllBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({
            "article.html, upload, HTML",
            "world-news.rss, feed, FEED",
            "timeline.json, download.json, TIMELINEJS_JSON",
            "plain-article.txt, notes.txt, TEXT"})
    void readsContentGivenWithAName(String fixture, String name, Format format) throws Exception {
        byte[] content = Files.readAllBytes(Fixtures.path(fixture));

        ReadResult<Document> fromBytes = readers.read(name, content, GIVEN);
        ReadResult<Document> fromFile = readers.read(Fixtures.path(fixture), GIVEN);

        assertThat(fromBytes.items()).hasSameSizeAs(fromFile.items()).allSatisfy(document ->
                assertThat(document.file()).isEqualTo(name));
        assertThat(fromBytes.items().get(0).getClass()).isEqualTo(format == Format.TIMELINEJS_JSON
                ? TimelineJsDocument.class : Article.class);
        if (fromBytes.items().get(0) instanceof Article article && fromFile.items().get(0) instanceof Article same) {
            assertThat(article.text()).isEqualTo(same.text());
            assertThat(article.publishedOn()).isEqualTo(same.publishedOn());
        }
    }

    @Test
    void refusesNamedContentOverTheCapAndNamesTheFileOfBadContent() {
        assertThatThrownBy(() -> new Readers(4).read("big.txt", "12345".getBytes(StandardCharsets.UTF_8), GIVEN))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("big.txt: file is too large (5 bytes > 4 bytes)");
        assertThatThrownBy(() -> readers.read("notes.txt", new byte[] {(byte) 0xC3, (byte) 0x28}, GIVEN))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("notes.txt: the file is not UTF-8 text");
    }
}
