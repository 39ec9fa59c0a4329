package news.timeline.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import news.timeline.importer.cli.Main.UsageException;
import news.timeline.importer.event.Article;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.event.Candidate;
import news.timeline.importer.event.Extraction;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.importer.read.Document;
import news.timeline.importer.read.ReadProblem;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.Readers;
import news.timeline.importer.read.TimelineDocument;
import news.timeline.importer.read.TimelineJsDocument;

/**
 * {@code timeline-import extract}: candidate milestones of one or more files as one JSON array, the same
 * event in several files merged. Text, HTML articles and every item of RSS and Atom feeds go through
 * milestone extraction; TimelineJS files, iCalendar files and our own exports (the Atom feed and the
 * milestones spreadsheet of a timeline) already hold milestones, which are passed on as they are. A file
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
        List<Article> articles = new ArrayList<>();
        List<Candidate> given = new ArrayList<>();
        for (Document document : read.items()) {
            if (document instanceof news.timeline.importer.read.Article article) {
                if (article.publishedOn() == null) {
                    err.println("timeline-import: " + article.origin() + ": no publication date in the file; give one "
                            + "with --published YYYY-MM-DD (it resolves 'on Wednesday' and dates reports of the day's news)");
                    code = 2;
                    continue;
                }
                articles.add(new Article(article.text(), article.publishedOn(), article.title(), article.outlet(),
                        article.url()));
            } else if (document instanceof TimelineJsDocument timeline) {
                timeline.timeline().milestones().forEach(milestone -> given.add(
                        new Candidate(milestone, 1.0, -1, List.of("from the TimelineJS file " + timeline.file()))));
            } else if (document instanceof TimelineDocument timeline) {
                timeline.timeline().milestones().forEach(milestone -> given.add(
                        new Candidate(milestone, 1.0, -1, List.of("from the timeline file " + timeline.file()))));
            }
        }
        Extraction extraction = ArticleImporter.english().run(articles);
        for (String problem : extraction.problems()) {
            err.println("timeline-import: warning: " + problem);
        }
        List<Candidate> candidates = new ArrayList<>(extraction.candidates());
        candidates.addAll(given);
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(CandidateJson.rows(candidates)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return code;
    }
}
