package news.timeline.importer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.timeline.importer.eval.TimelineCorpus;
import news.timeline.importer.eval.TimelineEvaluator;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.time.TimeTagger;

/**
 * {@code timeline-import eval-timelines [--errors OUT] DIR}: the dated-event measure of a SemEval-2015
 * TimeLine folder (documents/ and timelines/), for the importer and, beside it, the naive baseline;
 * {@code --errors} writes every missed gold tuple and every wrong proposal with its sentence.
 */
final class EvalTimelines {

    private EvalTimelines() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        String errors = Main.option(rest, "--errors");
        for (String arg : rest) {
            if (arg.startsWith("--")) {
                throw new Main.UsageException("unknown option " + arg);
            }
        }
        if (rest.size() != 1) {
            throw new Main.UsageException("expected one DIR, got " + rest.size() + "; " + Main.USAGE);
        }
        Path folder = Path.of(rest.get(0));
        if (!Files.isDirectory(folder)) {
            throw new Main.UsageException("no such directory: " + folder);
        }
        TimelineCorpus corpus;
        try {
            corpus = TimelineCorpus.read(folder);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Set<TimelineEvaluator.Tuple> gold = TimelineEvaluator.gold(corpus);
        out.println("documents   " + corpus.documents().size());
        out.println("entities    " + corpus.timelines().size());
        out.println("gold        " + gold.size() + " dated (entity, document, sentence, date)");
        Set<TimelineEvaluator.Tuple> extracted = TimelineEvaluator.extracted(corpus, ArticleImporter.english());
        print(out, "importer", TimelineEvaluator.score(gold, extracted));
        print(out, "baseline", TimelineEvaluator.score(gold, TimelineEvaluator.baseline(corpus, TimeTagger.english())));
        if (errors != null) {
            try {
                Files.write(Path.of(errors), TimelineEvaluator.errors(corpus, gold, extracted), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new Main.UsageException("cannot write --errors file " + errors + ": " + e.getMessage());
            }
        }
        return 0;
    }

    private static void print(PrintStream out, String name, TimelineEvaluator.Result result) {
        out.printf("%-11s precision %.3f (%d of %d)  recall %.3f (%d of %d)  F1 %.3f%n", name, result.precision(),
                result.systemMatched(), result.system(), result.recall(), result.goldFound(), result.gold(), result.f1());
    }
}
