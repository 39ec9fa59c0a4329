package news.timeline.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.importer.read.ReadProblem;
import news.timeline.importer.read.Readers;
import news.timeline.importer.read.UnreadableFileException;
import news.timeline.web.FieldMessages;
import news.timeline.web.Words;
import org.junit.jupiter.api.Test;

/**
 * The importer's problems in the editor's language. The English lines are the importer's own, made by reading
 * files that have them, so a message the importer rewords and these words no longer know fails here.
 */
@QuarkusTest
class ProblemWordsResourceTest {

    private static final FieldMessages ENGLISH = Words.fields(Locale.ENGLISH);
    private static final FieldMessages GERMAN = Words.fields(Locale.GERMAN);
    private static final FieldMessages UKRAINIAN = Words.fields(Locale.forLanguageTag("uk"));

    private static final String FEED = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
            <item><description>Talks began in Riyadh.</description></item></channel></rss>""";

    /** The milestones spreadsheet's header, and a row with one cell too many. */
    private static final String CSV = String.join(",", news.timeline.importer.read.MilestonesCsvReader.COLUMNS)
            + "\ntalks,2025-02-18,day,false,occurred,meeting,Talks in Riyadh,,,,,3,,,,,,extra\n";

    /** The problems the importer reports on files an editor uploads. */
    private static List<String> importersLines() throws UnreadableFileException {
        Readers readers = new Readers();
        List<String> lines = new ArrayList<>();
        for (var file : List.of(new String[] {"notes.txt", "Talks began in Riyadh on Tuesday, officials said.\n"},
                new String[] {"page.html", "<html><body><article><p>Talks began in Riyadh on Tuesday.</p></article></body></html>"},
                new String[] {"desk.rss", FEED}, new String[] {"milestones.csv", CSV})) {
            readers.read(file[0], file[1].getBytes(StandardCharsets.UTF_8), ArticleMetadata.NONE).problems().stream()
                    .map(ReadProblem::toString).forEach(lines::add);
        }
        for (var file : List.of(new String[] {"empty.txt", " \n"}, new String[] {"latin1.txt", "Kyiv \u00e9"})) {
            byte[] content = file[0].equals("latin1.txt") ? file[1].getBytes(StandardCharsets.ISO_8859_1)
                    : file[1].getBytes(StandardCharsets.UTF_8);
            try {
                readers.read(file[0], content, ArticleMetadata.NONE);
            } catch (UnreadableFileException e) {
                lines.add(e.getMessage());
            }
        }
        return lines;
    }

    @Test
    void theImportersEnglishStaysWordForWord() throws UnreadableFileException {
        List<String> lines = importersLines();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines).allSatisfy(line -> assertThat(ProblemWords.translate(line, ENGLISH)).isEqualTo(line));
    }

    @Test
    void everyProblemAnEditorMeetsHasItsGermanAndUkrainianWords() throws UnreadableFileException {
        for (String line : importersLines()) {
            assertThat(ProblemWords.translate(line, GERMAN)).as(line).isNotEqualTo(line);
            assertThat(ProblemWords.translate(line, UKRAINIAN)).as(line).isNotEqualTo(line);
        }
        assertThat(ProblemWords.translate("notes.txt, title: warning: no title given for a plain-text article: "
                + "using the file name 'notes'", GERMAN))
                .isEqualTo("notes.txt, Titel: Warnung: kein Titel für einen reinen Textartikel angegeben: "
                        + "der Dateiname „notes“ wird verwendet");
        assertThat(ProblemWords.translate("milestones.csv, row 2: error: the row has 6 cells but the header has 5 "
                + "columns: is a comma in a cell missing its quotes?", UKRAINIAN))
                .startsWith("milestones.csv, рядок 2: помилка: рядок має 6 клітинок, а заголовок — 5 стовпців");
        assertThat(ProblemWords.translate("… and 12 more", GERMAN)).isEqualTo("… und 12 weitere");
    }

    @Test
    void aLineItDoesNotKnowIsShownAsItIs() {
        String parser = "feed.xml: could not be read: Unexpected close tag </channel>; expected </item>";
        assertThat(ProblemWords.translate(parser, GERMAN)).isEqualTo(parser);
        // A file whose name looks like a place keeps its name.
        assertThat(ProblemWords.translate("title: warning: the feed has no items", GERMAN))
                .isEqualTo("title: Warnung: der Feed hat keine Einträge");
        assertThat(ProblemWords.translate(null, GERMAN)).isNull();
    }
}
