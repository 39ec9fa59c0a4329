package news.timeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.timeline.importer.read.Article;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.time.TimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of {@link ArticleImporter#extract}: one operation extracts the milestones of one
 * article of about {@link #size} characters, so operations per second are articles per second. The articles
 * are the {@code *.txt} files of a folder (by default the test articles with gold milestones), each
 * repeated paragraph by paragraph up to the size, and taken in turn.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ExtractBenchmark {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.txt$");

    @Param("timeline-import/src/test/resources/articles")
    public String corpus;

    @Param("5000")
    public int size;

    private final List<Article> articles = new ArrayList<>();
    private ArticleImporter importer;
    private TimeTagger tagger;
    private int next;

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                StringBuilder article = new StringBuilder(text);
                String[] paragraphs = text.split("\n");
                for (int p = 1; article.length() < size; p = p % (paragraphs.length - 1) + 1) {
                    article.append('\n').append(paragraphs[p]);
                }
                Matcher date = DATE.matcher(file.getFileName().toString());
                LocalDate published = date.find() ? LocalDate.parse(date.group(1)) : LocalDate.of(2025, 2, 12);
                articles.add(Article.of(article.toString(), published));
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no *.txt articles in " + corpus);
        }
        importer = ArticleImporter.english();
        tagger = TimeTagger.english();
    }

    /**
     * The time tagger alone on the same articles: the share of extraction that is tagging, and a yardstick
     * when the machine is shared (the ratio of the two scores moves less than either).
     */
    @Benchmark
    public Object tagOneArticle() {
        Article article = articles.get(next);
        next = (next + 1) % articles.size();
        return tagger.tag(article.text(), article.publishedOn());
    }

    @Benchmark
    public Object extractOneArticle() {
        Article article = articles.get(next);
        next = (next + 1) % articles.size();
        return importer.extract(article);
    }
}
