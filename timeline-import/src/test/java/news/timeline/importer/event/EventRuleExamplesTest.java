package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@code example} line of the English trigger, status-cue and lexicon files through the importer. */
class EventRuleExamplesTest {

    private static final String LANGUAGE = "en";

    static Stream<Arguments> examples() {
        Rules rules = Rules.load(LANGUAGE);
        Stream<Arguments> triggers = rules.triggers.stream().flatMap(trigger -> trigger.examples().stream()
                .map(example -> Arguments.of("trigger " + trigger.name() + ": " + example.sentence(), example)));
        Stream<Arguments> cues = rules.cues.stream().flatMap(cue -> cue.examples().stream()
                .map(example -> Arguments.of("cue " + cue.name() + ": " + example.sentence(), example)));
        Stream<Arguments> lexicon = rules.lexicon.blocks.stream().flatMap(block -> block.examples().stream()
                .map(example -> Arguments.of("lexicon " + block.name() + ": " + example.sentence(), example)));
        return Stream.concat(Stream.concat(triggers, cues), lexicon);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesWhatItSays(String name, Example example) {
        List<Candidate> found = ArticleImporter.english().extract(Article.of(example.sentence(), example.dct()));

        if (example.kind() == null) {
            if (example.forbidden() == null) {
                assertThat(found).as(example.where() + ": " + example.sentence()).isEmpty();
            } else {
                assertThat(found).as(example.where() + ": " + example.sentence())
                        .noneMatch(c -> c.milestone().kind() == example.forbidden());
            }
            return;
        }
        assertThat(found).as(example.where() + ": " + example.sentence() + " gave " + describe(found))
                .anySatisfy(candidate -> {
                    assertThat(candidate.milestone().kind()).isEqualTo(example.kind());
                    assertThat(candidate.milestone().status()).isEqualTo(example.status());
                    assertThat(candidate.milestone().date() == null ? null
                            : candidate.milestone().date().start().toString()).isEqualTo(example.date());
                });
    }

    private static String describe(List<Candidate> found) {
        return found.stream().map(c -> c.milestone().kind().slug() + " " + c.milestone().status().slug() + " "
                + (c.milestone().date() == null ? "undated" : c.milestone().date().start())).toList().toString();
    }
}
