package news.timeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.timeline.importer.eval.GoldDocument;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput of {@link TimeTagger#tag} over the texts of a folder of gold documents (by
 * default the MEANTIME dev set). One operation tags every text once; the {@code characters} counter gives
 * characters per second directly.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class TaggerBenchmark {

    @Param("timeline-import/src/test/resources/eval/meantime-en")
    public String corpus;

    private final List<String> texts = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private long characters;
    private TimeTagger tagger;

    /** Counts characters tagged, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long characters;

        @Setup(Level.Iteration)
        public void reset() {
            characters = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldDocument document = json.readValue(file.toFile(), GoldDocument.class);
                LocalDate dct = document.publicationDate();
                texts.add(document.text());
                dates.add(dct == null ? LocalDate.of(2010, 1, 1) : dct);
                characters += document.text().length();
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no gold documents in " + corpus);
        }
        tagger = TimeTagger.english();
    }

    @Benchmark
    public void tagCorpus(Counters counters, Blackhole sink) {
        for (int i = 0; i < texts.size(); i++) {
            List<TimeExpression> found = tagger.tag(texts.get(i), dates.get(i));
            sink.consume(found);
        }
        counters.characters += characters;
    }
}
