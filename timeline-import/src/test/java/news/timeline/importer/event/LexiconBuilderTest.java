package news.timeline.importer.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed forms file (and the common words) are what WordNet gives for the committed lexicon: a change to lexicon.txt
 * without a new forms.txt fails here. With {@code -Dlexicon.write=true} the test writes the file instead.
 */
class LexiconBuilderTest {

    private static final String FOLDER = "/rules/en/events/";
    private static final Path SOURCE = Path.of("src/main/resources/rules/en/events/forms.txt");
    private static final Path COMMON = Path.of("src/main/resources/gazetteer/en/common-words.txt");
    private static final Path NAMES = Path.of("src/main/resources/gazetteer/en/wordnet-names.txt");

    @Test
    void formsFileIsUpToDateWithTheLexicon() throws Exception {
        String generated = new LexiconBuilder().forms(FOLDER);
        if (Boolean.getBoolean("lexicon.write")) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("forms.txt is stale: run the builder as the header of lexicon.txt says")
                .isEqualTo(generated);
    }

    @Test
    void commonWordsFileIsWhatWordNetGives() throws Exception {
        String generated = new LexiconBuilder().commonWords();
        if (Boolean.getBoolean("lexicon.write")) {
            Files.writeString(COMMON, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMON, StandardCharsets.UTF_8))
                .as("common-words.txt is stale: run the builder as the header of lexicon.txt says")
                .isEqualTo(generated);
        assertThat(generated).contains("\npolice\n", "\nsenate\n").doesNotContain("\nboeing\n", "\ngoogle\n");
    }

    @Test
    void wordNetNamesFileIsWhatWordNetGives() throws Exception {
        String generated = new LexiconBuilder().wordnetNames();
        if (Boolean.getBoolean("lexicon.write")) {
            Files.writeString(NAMES, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(NAMES, StandardCharsets.UTF_8))
                .as("wordnet-names.txt is stale: run the builder as the header of lexicon.txt says")
                .isEqualTo(generated);
        assertThat(generated).contains("\nAfrican\n", "\nColumbia\n").doesNotContain("\nHegseth\n", "\npolice\n");
    }

    @Test
    void inflectsWithWordNetsExceptionsAndRegularEndings() throws Exception {
        String forms = new LexiconBuilder().forms(FOLDER);

        assertThat(forms).contains("v | arrest | arrest arrests arrested arresting\n")
                .contains("v | step down | step_down steps_down stepped_down stepping_down\n")
                .contains("v | ban | ban bans banned banning\n")
                .contains("n | talks | talks\n")
                .contains("n | sanction | sanction sanctions\n")
                .contains("n | cease - fire | cease_-_fire cease_-_fires\n");
    }
}
