package news.timeline.importer.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.timeline.importer.text.PartsOfSpeech;
import news.timeline.importer.text.Words;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's lemmas come from WordNet's forms of its own words, not from OpenNLP's statistical
 * lemmatizer: on the event words of the SemEval-2015 trial documents the two agree (the number is printed
 * for docs/extraction.md), and a table lookup costs nothing beside a model run on every word.
 */
class LexiconLemmaTest {

    private static final Pattern SENTENCE = Pattern.compile("<s id=\"\\d+\">(.*?)</s>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Test
    void wordNetFormsGiveTheLemmasOpenNlpsLemmatizerGives() throws Exception {
        Lexicon lexicon = Rules.load("en").lexicon;
        LemmatizerME lemmatizer;
        try (InputStream in = LexiconLemmaTest.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            assertThat(in).as("the OpenNLP lemma model on the test class path").isNotNull();
            lemmatizer = new LemmatizerME(new LemmatizerModel(in));
        }
        Path folder = Path.of(LexiconLemmaTest.class.getResource("/eval/semeval2015-timeline-trial/documents").toURI());
        int compared = 0;
        int same = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher s = SENTENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (s.find()) {
                    String[] tokens = TAG.matcher(s.group(1)).replaceAll("").strip().split("\\s+");
                    String[] tags = PartsOfSpeech.english().tag(List.of(tokens));
                    String[] lemmas = lemmatizer.lemmatize(tokens, tags);
                    for (int i = 0; i < tokens.length; i++) {
                        Words word = Words.of(tokens[i]);
                        if (word.size() != 1) {
                            continue;
                        }
                        for (Lexicon.Match match : lexicon.at(word, 0, 1)) {
                            boolean verb = match.word().pos() == Lexicon.Pos.VERB;
                            if (verb ? PartsOfSpeech.VERB.equals(tags[i]) : PartsOfSpeech.NOUN.equals(tags[i])) {
                                compared++;
                                // Plural lemmas are ours by design: "talks" and "sales" name events, "talk" and "sale" less so.
                                String theirs = lemmas[i].toLowerCase(java.util.Locale.ROOT);
                                String ours = match.word().lemma();
                                same += ours.equals(theirs) || ours.equals(theirs + "s") ? 1 : 0;
                                break;
                            }
                        }
                    }
                }
            }
        }
        double agreement = (double) same / compared;
        System.out.printf("lexicon lemmas agree with OpenNLP's lemmatizer on %.3f of %d event words%n", agreement, compared);
        assertThat(agreement).isGreaterThanOrEqualTo(0.95);
    }
}
