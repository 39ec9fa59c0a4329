package news.timeline.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String ARTICLE = "Nörth news: the summit was held on June 16, 2021, yesterday.";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errLine() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tagPrintsAJsonArrayWithStringOffsets() throws IOException {
        Path file = folder.resolve("article.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);

        int code = run("tag", "--dct", "2025-02-12", file.toString());

        assertThat(code).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("value").asText()).isEqualTo("2021-06-16");
        assertThat(first.get("type").asText()).isEqualTo("DATE");
        assertThat(ARTICLE.substring(first.get("begin").asInt(), first.get("end").asInt())).isEqualTo("June 16, 2021");
        assertThat(rows.get(1).get("value").asText()).isEqualTo("2025-02-11");
    }

    @Test
    void missingFileIsOneLineWithExitCode2() {
        int code = run("tag", "--dct", "2025-02-12", folder.resolve("missing.txt").toString());

        assertThat(code).isEqualTo(2);
        assertThat(errLine()).contains("no such file").contains("missing.txt").hasLineCount(1);
    }

    @Test
    void badPublicationDateIsNamed() throws IOException {
        Path file = folder.resolve("article.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);

        int code = run("tag", "--dct", "12/02/2025", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(errLine()).contains("--dct").contains("12/02/2025").hasLineCount(1);
    }

    @Test
    void missingPublicationDateIsNamed() throws IOException {
        Path file = folder.resolve("article.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);

        assertThat(run("tag", file.toString())).isEqualTo(2);
        assertThat(errLine()).contains("publication date is required");
    }

    @Test
    void unknownLanguageIsNamed() throws IOException {
        Path file = folder.resolve("article.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);

        assertThat(run("tag", "--dct", "2025-02-12", "--lang", "qq", file.toString())).isEqualTo(2);
        assertThat(errLine()).contains("--lang 'qq'").contains("rules/qq").hasLineCount(1);
    }

    @Test
    void unknownCommandIsNamed() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(errLine()).contains("unknown command 'frobnicate'").hasLineCount(1);
    }

    @Test
    void noCommandShowsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(errLine()).contains("usage");
    }

    @Test
    void malformedGoldDocumentIsOneLine() throws IOException {
        Files.writeString(folder.resolve("broken.json"), "{not json", StandardCharsets.UTF_8);

        assertThat(run("eval-timex", folder.toString())).isEqualTo(2);
        assertThat(errLine()).contains("broken.json").hasLineCount(1);
    }

    @Test
    void evalOnMissingFolderIsNamed() {
        assertThat(run("eval-timex", folder.resolve("nope").toString())).isEqualTo(2);
        assertThat(errLine()).contains("no such directory");
    }

    private static final String CALL = "Trump and Putin held a phone call on Wednesday, the Kremlin said.";

    @Test
    void extractPrintsMilestonesAsJson() throws IOException {
        Path file = folder.resolve("call.txt");
        Files.writeString(file, CALL, StandardCharsets.UTF_8);

        int code = run("extract", "--published", "2025-02-12", "--url", "https://example.com/call", file.toString());

        assertThat(code).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(1);
        JsonNode call = rows.get(0);
        assertThat(call.get("kind").asText()).isEqualTo("phone-call");
        assertThat(call.get("date").asText()).isEqualTo("2025-02-12");
        assertThat(call.get("precision").asText()).isEqualTo("day");
        assertThat(call.get("status").asText()).isEqualTo("occurred");
        assertThat(call.get("actors").toString()).contains("Donald Trump", "Vladimir Putin");
        JsonNode source = call.get("sources").get(0);
        assertThat(CALL.substring(source.get("begin").asInt(), source.get("end").asInt()))
                .isEqualTo(source.get("quote").asText());
        assertThat(source.get("url").asText()).isEqualTo("https://example.com/call");
    }

    @Test
    void extractWithoutPublicationDateNamesIt() throws IOException {
        Path file = folder.resolve("call.txt");
        Files.writeString(file, CALL, StandardCharsets.UTF_8);

        int code = run("extract", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("call.txt: no publication date").contains("--published");
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void extractReadsHtmlFeedsAndTimelineJsAndReportsWhatItCannotRead() throws IOException {
        Path html = folder.resolve("page.html");
        Files.writeString(html, "<html><head><title>Call</title><meta property=\"article:published_time\" "
                + "content=\"2025-02-12T10:00:00Z\"></head><body><article><p>" + CALL + "</p></article></body></html>",
                StandardCharsets.UTF_8);
        Path timeline = folder.resolve("timeline.json");
        Files.writeString(timeline, "{\"events\": [{\"start_date\": {\"year\": 2014}, \"text\": {\"headline\": "
                + "\"Russia annexes Crimea\"}}]}", StandardCharsets.UTF_8);
        Path bomb = folder.resolve("bomb.xml");
        Files.writeString(bomb, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss>&a;</rss>",
                StandardCharsets.UTF_8);

        int code = run("extract", html.toString(), timeline.toString(), bomb.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bomb.xml");
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(row -> row.get("kind").asText()).contains("phone-call");
        assertThat(rows).extracting(row -> row.get("headline").asText()).contains("Russia annexes Crimea");
        assertThat(rows).filteredOn(row -> row.get("kind").asText().equals("phone-call")).singleElement()
                .satisfies(call -> assertThat(call.get("date").asText()).isEqualTo("2025-02-12"));
    }

    @Test
    void evalMilestonesPrintsScoresAndMisses() throws Exception {
        Path gold = Path.of(MainTest.class.getResource("/articles/us-russia-call-2025-02-12.gold.json").toURI());

        int code = run("eval-milestones", gold.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("precision", "recall", "F1");
    }

    @Test
    void trainRankerPrintsTheCutsAndWritesARankerFile() throws Exception {
        Path articles = Path.of(MainTest.class.getResource("/articles").toURI());
        Path out = folder.resolve("ranker.txt");
        String[] golds;
        try (var files = Files.list(articles)) {
            golds = files.filter(f -> f.toString().endsWith(".gold.json")).map(Path::toString).sorted().toArray(String[]::new);
        }
        String[] args = new String[golds.length + 7];
        System.arraycopy(new String[] {"train-ranker", "--folds", "2", "--threshold", "0.1", "--out", out.toString()},
                0, args, 0, 7);
        System.arraycopy(golds, 0, args, 7, golds.length);

        int code = run(args);

        assertThat(code).as(errLine()).isZero();
        assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("cut at 0.00", "ordering    AUC", "best cut", "wrote");
        assertThat(Files.readAllLines(out)).contains("threshold 0.10").anyMatch(line -> line.startsWith("bias "));
    }

    @Test
    void trainRankerNamesBadOptions() throws Exception {
        Path gold = Path.of(MainTest.class.getResource("/articles/us-russia-call-2025-02-12.gold.json").toURI());

        assertThat(run("train-ranker", "--l2", "much", gold.toString())).isEqualTo(2);
        assertThat(errLine()).contains("bad --l2 'much'");
        err.reset();
        assertThat(run("train-ranker", gold.toString())).isEqualTo(2);
        assertThat(errLine()).contains("--folds must be between 2 and the number of gold files (1)");
        err.reset();
        assertThat(run("train-ranker", "--threshold", "1.5", gold.toString(), gold.toString())).isEqualTo(2);
        assertThat(errLine()).contains("bad --threshold 1.5");
    }
}
