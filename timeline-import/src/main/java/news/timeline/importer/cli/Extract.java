package news.timeline.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import news.timeline.importer.Importer;
import news.timeline.importer.cli.Main.UsageException;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.event.Extraction;
import news.timeline.importer.read.Article;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.importer.read.Document;
import news.timeline.importer.read.ReadProblem;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.Readers;

/**
 * {@code timeline-import extract}: candidate milestones of one or more files as one JSON array, the same
 * event in several files merged. Text, HTML articles and every item of RSS and Atom feeds go through
 * milestone extraction; TimelineJS files, iCalendar files and our own exports (the Atom feed and the
 * milestones spreadsheet of a timeline) already hold milestones, which are passed on as they are (both
 * through the importer's front door, {@link Importer}). A file
 * or an item that cannot be read gets a one-line message naming it, the others are still read, and the
 * exit code is 2.
 */
final class Extract {

    private Extract() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String published = Main.option(args, "--published");
        String title = Main.option(args, "--title");
        String outlet = Main.option(args, "--outlet");
        String url = Main.option(args, "--url");
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        LocalDate publishedOn = null;
        if (published != null) {
            try {
                publishedOn = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new UsageException("bad --published '" + published + "': expected a date such as 2025-02-12");
            }
        }
        if (args.isEmpty()) {
            throw new UsageException("no FILE given; " + Main.USAGE);
        }
        ArticleMetadata defaults;
        try {
            defaults = new ArticleMetadata(title, outlet, url, publishedOn);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ReadResult<Document> read = new Readers().readAll(args.stream().map(Path::of).toList(), defaults);
        int code = 0;
        for (ReadProblem problem : read.problems()) {
            err.println("timeline-import: " + problem);
            if (problem.isError()) {
                code = 2;
            }
        }
        List<Document> dated = new ArrayList<>();
        for (Document document : read.items()) {
            if (document instanceof Article article && article.publishedOn() == null) {
                err.println("timeline-import: " + article.origin() + ": no publication date in the file; give one "
                        + "with --published YYYY-MM-DD (it resolves 'on Wednesday' and dates reports of the day's news)");
                code = 2;
            } else {
                dated.add(document);
            }
        }
        Extraction extraction = Importer.english().run(dated);
        for (String problem : extraction.problems()) {
            err.println("timeline-import: warning: " + problem);
        }
        List<Candidate> candidates = extraction.candidates();
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(CandidateJson.rows(candidates)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return code;
    }
}
