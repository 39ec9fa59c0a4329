package news.timeline.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.timeline.importer.cli.Main.UsageException;
import news.timeline.importer.event.Article;
import news.timeline.importer.event.ArticleImporter;

/**
 * {@code timeline-import extract}: candidate milestones of one or more articles as one JSON array, the same
 * event in several files merged. Plain text (.txt) is read here; other formats wait for their readers: each
 * such file gets a one-line error naming it, the others are still read, and the exit code is 2.
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
        if (published == null) {
            throw new UsageException("publication date is required: --published YYYY-MM-DD "
                    + "(it resolves 'on Wednesday' and dates reports of the day's news)");
        }
        LocalDate publishedOn;
        try {
            publishedOn = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new UsageException("bad --published '" + published + "': expected a date such as 2025-02-12");
        }
        if (args.isEmpty()) {
            throw new UsageException("no FILE given; " + Main.USAGE);
        }
        int code = 0;
        List<Article> articles = new ArrayList<>();
        for (String name : args) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".txt")) {
                err.println("timeline-import: cannot read " + name + ": only plain text (.txt) is supported so far; "
                        + ".html, .xml, .json and .csv need their readers");
                code = 2;
                continue;
            }
            try {
                String text = new String(Main.readFile(Path.of(name)), StandardCharsets.UTF_8);
                articles.add(new Article(text, publishedOn, title, outlet, url));
            } catch (UsageException e) {
                err.println("timeline-import: " + e.getMessage());
                code = 2;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(CandidateJson.rows(ArticleImporter.english().extractAll(articles))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        return code;
    }
}
