package news.timeline.web.importing;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.web.FieldMessages;
import news.timeline.web.WordRule;

/**
 * The importer's problems with a file in the editor's language. The importer, a library with a command line,
 * writes them in English as {@code file, row 5, column Month: error: message} (its {@code ReadProblem}) or
 * {@code file: message}; this puts the place in the file, the level and the messages an editor meets most
 * in the page's language. A message it does not know stays as the importer wrote it, so nothing is lost.
 */
public final class ProblemWords {

    /** The messages, each matched as a whole. */
    private static final List<WordRule> MESSAGES = List.of(
            rule("no title given for a plain-text article: using the file name '(.*)'", (w, m) -> w.problemTextTitle(m.group(1))),
            rule("no publication date given: read (\\S+) from the article's dateline", (w, m) -> w.problemTextDateline(m.group(1))),
            rule("the page has no headline or title: using the file name '(.*)'", (w, m) -> w.problemPageTitle(m.group(1))),
            rule("the page states no publication date in its metadata: read (\\S+) from its dateline",
                    (w, m) -> w.problemPageDateline(m.group(1))),
            rule("the page states no publication date \\(.*\\) and none was given", (w, m) -> w.problemPageNoDate()),
            rule("the class names of the page would drop most of its text: .*", (w, m) -> w.problemPageClasses()),
            rule("'(.*)' is not an http:// or https:// address and was left out", (w, m) -> w.problemNotAddress(m.group(1))),
            rule("the feed has no items", (w, m) -> w.problemNoItems()),
            rule("the item has no title", (w, m) -> w.problemItemNoTitle()),
            rule("the item has no publication date", (w, m) -> w.problemItemNoDate()),
            rule("the item has neither a title nor any text", (w, m) -> w.problemItemEmpty()),
            rule("the row has (\\d+) cells but the header has (\\d+) columns: .*",
                    (w, m) -> w.problemRowCells(m.group(1), m.group(2))),
            rule("the file has no text", (w, m) -> w.problemNoText()),
            rule("the page has no article text", (w, m) -> w.problemNoArticleText()),
            rule("the file is not UTF-8 text: .*", (w, m) -> w.problemNotUtf8()),
            rule("file is too large \\(([^>]+) > ([^)]+)\\)", (w, m) -> w.problemTooLarge(m.group(1), m.group(2))),
            rule("the article is longer than (\\d+) characters and was left out", (w, m) -> w.problemTooLong(m.group(1))),
            rule("the upload could not be read \\((.*)\\)", (w, m) -> w.problemUpload(m.group(1))),
            rule("(.+) gives (\\d+) candidate milestones, more than the (\\d+) one import may add: .*",
                    (w, m) -> w.problemTooManyCandidates(m.group(1), m.group(2), m.group(3))),
            rule("the review queue holds (\\d+) candidates and (.+) would add (\\d+), more than the (\\d+) it may hold: .*",
                    (w, m) -> w.problemQueueFull(m.group(1), m.group(2), m.group(3), m.group(4))),
            rule("(\\d+) articles wait for their publication date, the most that may wait: .*",
                    (w, m) -> w.problemStagedFull(m.group(1))),
            rule("no such file", (w, m) -> w.problemNoSuchFile()),
            rule("the import failed unexpectedly; the server's log has the details", (w, m) -> w.problemUnexpected()),
            rule("permission denied", (w, m) -> w.problemPermission()));

    /** Where in the file, as the importer's readers name it. */
    private static final List<WordRule> PLACES = List.of(
            rule("row (\\d+)", (w, m) -> w.importRow(m.group(1))),
            rule("line (\\d+)", (w, m) -> w.importLine(m.group(1))),
            rule("item (\\d+)", (w, m) -> w.importItem(m.group(1))),
            rule("event (\\d+)", (w, m) -> w.importEvent(m.group(1))),
            rule("era (\\d+)", (w, m) -> w.importEra(m.group(1))),
            rule("column (.+)", (w, m) -> w.importColumn(m.group(1))),
            rule("title", (w, m) -> w.importFieldTitle()),
            rule("publication date", (w, m) -> w.importFieldPublished()),
            rule("url", (w, m) -> w.importFieldAddress()),
            rule("body", (w, m) -> w.importFieldBody()));

    /** {@code file[, place]...: error|warning: message}, as {@code ReadProblem.toString()} writes it. */
    private static final Pattern LEVELLED = Pattern.compile("(?s)(.*?): (error|warning): (.*)");

    private static final Pattern MORE = Pattern.compile("… and (\\d+) more");

    private ProblemWords() {
    }

    /** A rule of this table: its values may run over several lines, as a parser's reasons do. */
    private static WordRule rule(String english, BiFunction<FieldMessages, Matcher, String> words) {
        return WordRule.rule("(?s)" + english, words);
    }

    /** Problem lines in the words of {@code words}, joined by "; " as the page shows them. */
    public static String translateAll(java.util.Collection<String> lines, FieldMessages words) {
        return String.join("; ", lines.stream().map(line -> translate(line, words)).toList());
    }

    /** One problem line in the words of {@code words}; a line it cannot read comes back as it is. */
    public static String translate(String line, FieldMessages words) {
        if (line == null) {
            return null;
        }
        Matcher more = MORE.matcher(line);
        if (more.matches()) {
            return words.importMore(more.group(1));
        }
        Matcher levelled = LEVELLED.matcher(line);
        if (levelled.matches()) {
            String level = levelled.group(2).equals("error") ? words.importError() : words.importWarning();
            return places(levelled.group(1), words) + ": " + level + ": " + message(levelled.group(3), words);
        }
        // "file: message": the message is the part after the first ": " that reads as one the importer writes.
        for (int colon = line.indexOf(": "); colon >= 0; colon = line.indexOf(": ", colon + 1)) {
            String message = line.substring(colon + 2);
            String translated = message(message, words);
            if (!translated.equals(message)) {
                return line.substring(0, colon) + ": " + translated;
            }
        }
        return message(line, words);
    }

    /** The file's name, then the places in it, each in the editor's words where the importer's are known. */
    private static String places(String prefix, FieldMessages words) {
        String[] parts = prefix.split(", ", -1);
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(", ").append(WordRule.translate(PLACES, parts[i], words));
        }
        return out.toString();
    }

    private static String message(String message, FieldMessages words) {
        return WordRule.translate(MESSAGES, message, words);
    }
}
