package news.timeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import news.timeline.importer.eval.GoldDocument;
import news.timeline.importer.eval.TimexEvaluator;
import news.timeline.importer.time.TimeTagger;

/**
 * A cross-check for {@link TaggerBenchmark} on a shared machine: tags the corpus in a loop and reports
 * characters per second both per wall-clock second and per second of this thread's CPU time, which other
 * processes on the machine do not inflate.
 *
 * <p>Usage: {@code CpuTimeHarness [corpus-folder]}.
 */
public final class CpuTimeHarness {

    private static final int WARM_UP_PASSES = 300;
    private static final int PASSES_PER_ROUND = 100;
    private static final int ROUNDS = 5;

    private CpuTimeHarness() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "timeline-import/src/test/resources/eval/meantime-en");
        List<GoldDocument> documents = TimexEvaluator.read(corpus);
        TimeTagger tagger = TimeTagger.english();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
        long sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            sink += tagAll(tagger, documents);
        }
        for (int round = 0; round < ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                sink += tagAll(tagger, documents);
            }
            double tagged = (double) characters * PASSES_PER_ROUND * 1e9;
            System.out.printf("round %d: %,.0f characters per CPU second, %,.0f per wall-clock second%n", round + 1,
                    tagged / (threads.getCurrentThreadCpuTime() - cpu), tagged / (System.nanoTime() - wall));
        }
        System.out.println("(expressions found: " + sink + ")");
    }

    private static long tagAll(TimeTagger tagger, List<GoldDocument> documents) {
        long found = 0;
        for (GoldDocument document : documents) {
            LocalDate dct = document.publicationDate();
            found += tagger.tag(document.text(), dct == null ? LocalDate.of(2010, 1, 1) : dct).size();
        }
        return found;
    }
}
