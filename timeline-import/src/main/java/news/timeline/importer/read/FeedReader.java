package news.timeline.importer.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.timeline.core.text.Html;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME: each item an article.
 *
 * <p>The XML is parsed with document type declarations refused, external entities and external DTDs
 * off, so an entity-expansion bomb or a document that names a local file is refused at its DOCTYPE,
 * before anything is expanded or read. The cost: the rare feed that still carries a DOCTYPE (old
 * Netscape RSS 0.91) is refused too, with a message that says so.
 *
 * <p>An item's text is its full content ({@code content:encoded}, Atom {@code content}) if it has one,
 * else its description or summary; both are HTML and read as prose. ROME turns dates into instants, so
 * the publication day is the UTC day.
 */
public final class FeedReader {

    /** Reads a feed from bytes, with the encoding the XML declaration or BOM states. */
    public ReadResult<Article> read(String file, InputStream xml, ArticleMetadata defaults) throws UnreadableFileException {
        try (XmlReader reader = new XmlReader(xml, true)) {
            return read(file, (Reader) reader, defaults);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Readers.describe(e), e);
        }
    }

    /** Reads a feed already decoded to text. */
    public ReadResult<Article> read(String file, String xml, ArticleMetadata defaults) throws UnreadableFileException {
        return read(file, new StringReader(xml), defaults);
    }

    private ReadResult<Article> read(String file, Reader xml, ArticleMetadata defaults) throws UnreadableFileException {
        SyndFeed feed = parse(file, xml);
        String outlet = defaults.outlet() != null ? defaults.outlet() : Article.blankToNull(feed.getTitle());
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            int item = i + 1;
            try {
                Article article = article(file, item, entries.get(i), outlet, problems);
                if (article != null) {
                    articles.add(article);
                }
            } catch (RuntimeException e) {
                // One odd item must not cost the others.
                problems.add(ReadProblem.error(file, "item " + item, null, "could not be read: " + e.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            problems.add(ReadProblem.warning(file, null, null, "the feed has no items"));
        }
        return new ReadResult<>(articles, problems);
    }

    private static Article article(String file, int item, SyndEntry entry, String outlet, List<ReadProblem> problems) {
        String where = "item " + item;
        String title = Prose.lineOfHtml(entry.getTitle());
        String text = text(entry);
        if (text.isEmpty() && title.isEmpty()) {
            problems.add(ReadProblem.error(file, where, null, "the item has neither a title nor any text"));
            return null;
        }
        if (text.isEmpty()) {
            problems.add(ReadProblem.error(file, where, "description",
                    "the item '" + title + "' has no text to read milestones from"));
            return null;
        }
        if (title.isEmpty()) {
            title = null;
            problems.add(ReadProblem.warning(file, where, "title", "the item has no title"));
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate publishedOn = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        if (date == null) {
            problems.add(ReadProblem.warning(file, where, "pubDate", "the item has no publication date"));
        }
        String link = Article.blankToNull(entry.getLink());
        if (link == null && Article.isWebAddress(entry.getUri())) {
            link = entry.getUri();
        }
        String url = Readers.webAddressOrNull(link, file, where, problems);
        return new Article(title, outlet, url, publishedOn, authors(entry), text, file, item);
    }

    private static String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(isPlain(content) ? escapeAsParagraphs(content.getValue()) : content.getValue());
            }
        }
        if (html.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            SyndContent description = entry.getDescription();
            html.append(isPlain(description) ? escapeAsParagraphs(description.getValue()) : description.getValue());
        }
        return Prose.ofHtmlFragment(html.toString());
    }

    private static boolean isPlain(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain");
    }

    private static String escapeAsParagraphs(String text) {
        return "<p>" + Html.escapeText(text).replaceAll("\\r?\\n\\s*\\r?\\n", "</p><p>") + "</p>";
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            addIfPresent(names, person.getName());
        }
        if (names.isEmpty()) {
            addIfPresent(names, entry.getAuthor());
        }
        return List.copyOf(names);
    }

    private static void addIfPresent(Set<String> names, String name) {
        String clean = name == null ? "" : Prose.collapse(name);
        if (!clean.isEmpty()) {
            names.add(clean);
        }
    }

    /** Parses a feed with ROME, document types refused. */
    static SyndFeed parse(String file, Reader xml) throws UnreadableFileException {
        SyndFeedInput input = new SyndFeedInput();
        // ROME's default already; said here so that a change of default cannot open the door.
        input.setAllowDoctypes(false);
        try {
            return input.build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableFileException(file, feedProblem(e), e);
        }
    }

    /** ROME's messages, said for an editor. */
    private static String feedProblem(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "the feed declares a document type (DOCTYPE), which is refused: it can define entities "
                    + "that expand without bound or read local files";
        }
        if (message.contains("Invalid document") || message.contains("Unsupported")
                || message.contains("not a valid feed") || e instanceof IllegalArgumentException) {
            return "not an RSS or Atom feed (" + message + ")";
        }
        return "the feed is not well-formed XML: " + message;
    }
}
