package news.timeline.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.timeline.importer.eval.ErrorClass;
import news.timeline.importer.eval.Evaluation;
import news.timeline.importer.eval.GoldDocument;
import news.timeline.importer.eval.Scores;
import news.timeline.importer.eval.TimexEvaluator;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;

/**
 * The {@code timeline-import} command line.
 *
 * <pre>
 * timeline-import tag --dct 2025-02-12 [--lang en] FILE   time expressions of FILE as a JSON array
 * timeline-import eval-timex [--errors OUT] DIR...  scores against gold documents in each DIR, side by side
 * timeline-import extract [--published 2025-02-12] [--title T] [--outlet O] [--url U] FILE...
 *                                                  candidate milestones of the files as a JSON array
 * timeline-import eval-milestones GOLD.json...     milestone precision, recall and F1 against gold files
 * timeline-import eval-timelines DIR               dated events of each entity in a SemEval-2015 TimeLine folder
 * timeline-import train-ranker [--folds K] [--cutoff N] [--l2 C] [--threshold P] [--out FILE] GOLD.json...
 *                                                  learns the ranker of candidates from gold files
 * </pre>
 *
 * Bad input ends with one line on standard error and exit code 2.
 */
public final class Main {

    /** Enough passes over a corpus the size of the dev set for the JIT to settle before timing. */
    private static final int WARM_UP_PASSES = 200;
    private static final long TIMED_NANOS = 3_000_000_000L;

    static final String USAGE = "usage: timeline-import tag --dct YYYY-MM-DD [--lang en] FILE | "
            + "timeline-import eval-timex [--errors OUT] DIR... | "
            + "timeline-import extract [--published YYYY-MM-DD] [--title T] [--outlet O] [--url U] FILE... | "
            + "timeline-import eval-milestones GOLD.json... | "
            + "timeline-import eval-timelines DIR | "
            + "timeline-import train-ranker [--folds K] [--cutoff N] [--l2 C] [--threshold P] [--out FILE] GOLD.json...";

    private Main() {
    }

    /**
     * The importer's log. The commands print what the rules could not read as one line each; the log's stack
     * traces are for the web application's log, not for a user at a terminal. (Held here: the logging
     * framework keeps loggers only while someone refers to them.)
     */
    private static final Logger IMPORTER_LOG = Logger.getLogger("news.timeline.importer");

    public static void main(String[] args) {
        IMPORTER_LOG.setLevel(Level.SEVERE);
        int code = run(args, System.out, System.err);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given; " + USAGE);
            }
            List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
            switch (args[0]) {
                case "tag" -> tag(rest, out);
                case "eval-timex" -> evalTimex(rest, out);
                case "extract" -> {
                    return Extract.run(rest, out, err);
                }
                case "eval-milestones" -> {
                    return EvalMilestones.run(rest, out, err);
                }
                case "eval-timelines" -> {
                    return EvalTimelines.run(rest, out, err);
                }
                case "train-ranker" -> {
                    return TrainRanker.run(rest, out, err);
                }
                case "help", "--help", "-h" -> out.println(USAGE);
                default -> throw new UsageException("unknown command '" + args[0] + "'; " + USAGE);
            }
            return 0;
        } catch (UsageException e) {
            err.println("timeline-import: " + oneLine(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            // Not the user's fault (broken rules, a bug): still one line, but a different exit code.
            err.println("timeline-import: internal error: " + oneLine(e.toString()));
            return 1;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static void tag(List<String> args, PrintStream out) {
        String dct = option(args, "--dct");
        String language = option(args, "--lang");
        Path file = single(args, "FILE");
        if (dct == null) {
            throw new UsageException("publication date is required: --dct YYYY-MM-DD");
        }
        LocalDate publicationDate;
        try {
            publicationDate = LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            throw new UsageException("bad --dct '" + dct + "': expected a date such as 2025-02-12");
        }
        TimeTagger tagger;
        try {
            tagger = language == null ? TimeTagger.english() : TimeTagger.forLanguage(language);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("bad --lang '" + language + "': " + e.getMessage());
        }
        String text = new String(readFile(file), StandardCharsets.UTF_8);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimeExpression found : tagger.tag(text, publicationDate)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("begin", found.begin());
            row.put("end", found.end());
            row.put("text", found.text());
            row.put("type", found.type().name());
            row.put("value", found.value());
            if (found.mod() != null) {
                row.put("mod", found.mod().name());
            }
            if (found.date() != null) {
                row.put("date", found.date().toString());
            }
            rows.add(row);
        }
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void evalTimex(List<String> args, PrintStream out) {
        String errors = option(args, "--errors");
        List<Path> folders = several(args, "DIR");
        List<String> names = new ArrayList<>();
        List<Evaluation> results = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new UsageException("no such directory: " + folder);
            }
            List<GoldDocument> documents;
            try {
                documents = TimexEvaluator.read(folder);
            } catch (RuntimeException e) {
                throw new UsageException(e.getMessage());
            }
            if (documents.isEmpty()) {
                throw new UsageException("no *.json gold documents in " + folder);
            }
            names.add(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
            results.add(new TimexEvaluator(TimeTagger.english()).evaluate(documents, WARM_UP_PASSES, TIMED_NANOS));
        }
        if (results.size() == 1) {
            Evaluation result = results.get(0);
            out.println("documents  " + result.documents());
            out.println("strict     " + result.strict());
            out.println("relaxed    " + result.relaxed());
            out.println("type       " + result.type());
            out.println("value      " + result.value());
            out.printf("throughput %.0f characters per second (one thread, after warm-up)%n",
                    result.charactersPerSecond());
            out.println("errors by class:");
            result.errorClasses().forEach((errorClass, count) ->
                    out.printf("  %-26s %d%n", errorClass.label(), count));
        } else {
            sideBySide(names, results, out);
        }
        if (errors != null) {
            List<String> lines = new ArrayList<>();
            for (int k = 0; k < results.size(); k++) {
                String prefix = results.size() == 1 ? "" : names.get(k) + " ";
                results.get(k).errors().forEach(line -> lines.add(prefix + line));
            }
            try {
                Files.write(Path.of(errors), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write --errors file " + errors + ": " + e.getMessage());
            }
        }
    }

    /** One column per gold folder: F1 (with precision and recall) of each measure, then errors by class. */
    private static void sideBySide(List<String> names, List<Evaluation> results, PrintStream out) {
        StringBuilder header = new StringBuilder("%-28s".formatted(""));
        for (String name : names) {
            header.append("%-30s".formatted(name));
        }
        out.println(header.toString().stripTrailing());
        row(out, "documents", results, r -> Integer.toString(r.documents()));
        row(out, "gold expressions", results, r -> Integer.toString(r.relaxed().gold()));
        row(out, "strict F1  (P / R)", results, r -> f1(r.strict()));
        row(out, "relaxed F1 (P / R)", results, r -> f1(r.relaxed()));
        row(out, "type F1    (P / R)", results, r -> f1(r.type()));
        row(out, "value F1   (P / R)", results, r -> f1(r.value()));
        row(out, "characters per second", results, r -> "%.0f".formatted(r.charactersPerSecond()));
        out.println("errors by class");
        for (ErrorClass errorClass : ErrorClass.values()) {
            row(out, "  " + errorClass.label(), results, r -> Integer.toString(r.errorClasses().get(errorClass)));
        }
    }

    private static void row(PrintStream out, String label, List<Evaluation> results,
            Function<Evaluation, String> cell) {
        StringBuilder line = new StringBuilder("%-28s".formatted(label));
        for (Evaluation result : results) {
            line.append("%-30s".formatted(cell.apply(result)));
        }
        out.println(line.toString().stripTrailing());
    }

    private static String f1(Scores scores) {
        return "%.3f (%.3f / %.3f)".formatted(scores.f1(), scores.precision(), scores.recall());
    }

    /** Removes {@code name VALUE} from the arguments and returns VALUE, or {@code null} if absent. */
    static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = args.get(at + 1);
        args.remove(at + 1);
        args.remove(at);
        return value;
    }

    static List<Path> several(List<String> args, String what) {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        if (args.isEmpty()) {
            throw new UsageException("expected at least one " + what + "; " + USAGE);
        }
        return args.stream().map(Path::of).toList();
    }

    private static Path single(List<String> args, String what) {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        if (args.size() != 1) {
            throw new UsageException("expected one " + what + ", got " + args.size() + "; " + USAGE);
        }
        return Path.of(args.get(0));
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Bad command-line input: reported as one line, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
