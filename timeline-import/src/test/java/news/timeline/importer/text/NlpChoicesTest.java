package news.timeline.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each step of the pipeline is chosen by measuring it: against the sentences and tokens the SemEval-2015
 * TimeLine trial documents give (30 Wikinews articles, sentence and token boundaries by hand), our rules
 * for sentences and words against OpenNLP's statistical models, and greedy tagging against OpenNLP's own
 * beam search. The numbers are printed for docs/extraction.md; the assertions keep each choice no worse
 * than the alternative it was chosen over.
 */
class NlpChoicesTest {

    private static final Pattern SENTENCE = Pattern.compile("<s id=\"\\d+\">(.*?)</s>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** One document's gold: its sentences, each as its tokens. */
    private record Gold(List<List<String>> sentences) {

        String text() {
            StringBuilder out = new StringBuilder();
            for (List<String> sentence : sentences) {
                out.append(out.length() == 0 ? "" : " ").append(String.join(" ", sentence));
            }
            return out.toString();
        }
    }

    private static List<Gold> gold;

    @BeforeAll
    static void readTrialDocuments() throws IOException, URISyntaxException {
        Path folder = Path.of(NlpChoicesTest.class.getResource("/eval/semeval2015-timeline-trial/documents").toURI());
        gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                List<List<String>> sentences = new ArrayList<>();
                Matcher s = SENTENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (s.find()) {
                    String plain = TAG.matcher(s.group(1)).replaceAll("").replace("&amp;", "&").strip();
                    sentences.add(List.of(plain.split("\\s+")));
                }
                gold.add(new Gold(sentences));
            }
        }
    }

    /** Sentence ends found, as character offsets into the text of tokens joined by single spaces. */
    private static Set<Integer> goldEnds(Gold document) {
        Set<Integer> ends = new HashSet<>();
        int offset = 0;
        for (List<String> sentence : document.sentences()) {
            offset += String.join(" ", sentence).length();
            ends.add(offset);
            offset++;
        }
        return ends;
    }

    private static double f1(int found, int wanted, int right) {
        double p = found == 0 ? 0 : (double) right / found;
        double r = wanted == 0 ? 0 : (double) right / wanted;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Test
    void ourSentenceRulesSplitNewsAtLeastAsWellAsOpenNlpsModel() throws IOException {
        SentenceDetectorME model = new SentenceDetectorME(new SentenceModel(model("opennlp-models-sentdetect-en")));
        int wanted = 0;
        int oursFound = 0;
        int oursRight = 0;
        int theirsFound = 0;
        int theirsRight = 0;
        for (Gold document : gold) {
            String text = document.text();
            Set<Integer> ends = goldEnds(document);
            wanted += ends.size();
            Words words = Words.of(text);
            for (Sentence sentence : SentenceSplitter.english().split(words)) {
                oursFound++;
                oursRight += ends.contains(sentence.stop()) ? 1 : 0;
            }
            for (Span span : model.sentPosDetect(text)) {
                theirsFound++;
                theirsRight += ends.contains(span.getEnd()) ? 1 : 0;
            }
        }
        double ours = f1(oursFound, wanted, oursRight);
        double theirs = f1(theirsFound, wanted, theirsRight);
        System.out.printf("sentence ends F1: rules %.3f, OpenNLP %.3f (%d gold)%n", ours, theirs, wanted);
        assertThat(ours).isGreaterThanOrEqualTo(theirs);
    }

    @Test
    void ourWordsMatchTheTreebankTokensAtLeastAsWellAsOpenNlpsTokenizer() throws IOException {
        TokenizerME model = new TokenizerME(new TokenizerModel(model("opennlp-models-tokenizer-en")));
        int wanted = 0;
        int oursFound = 0;
        int oursRight = 0;
        int theirsFound = 0;
        int theirsRight = 0;
        for (Gold document : gold) {
            for (List<String> tokens : document.sentences()) {
                // The sentence as a newspaper prints it: no space before punctuation and clitics.
                String text = news.timeline.importer.eval.TimelineCorpus.detokenise(String.join(" ", tokens));
                Set<String> spans = spans(text, tokens);
                wanted += spans.size();
                Words words = Words.of(text);
                for (int i = 0; i < words.size(); i++) {
                    oursFound++;
                    oursRight += spans.contains(words.begin(i) + ":" + words.end(i)) ? 1 : 0;
                }
                for (Span span : model.tokenizePos(text)) {
                    theirsFound++;
                    theirsRight += spans.contains(span.getStart() + ":" + span.getEnd()) ? 1 : 0;
                }
            }
        }
        double ours = f1(oursFound, wanted, oursRight);
        double theirs = f1(theirsFound, wanted, theirsRight);
        System.out.printf("token F1: rules %.3f, OpenNLP %.3f (%d gold)%n", ours, theirs, wanted);
        assertThat(ours).isGreaterThanOrEqualTo(theirs - 0.02);
    }

    /** The gold tokens' character spans in the detokenised text, found in order. */
    private static Set<String> spans(String text, List<String> tokens) {
        Set<String> spans = new HashSet<>();
        int at = 0;
        for (String token : tokens) {
            int found = text.indexOf(token, at);
            if (found >= 0) {
                spans.add(found + ":" + (found + token.length()));
                at = found + token.length();
            }
        }
        return spans;
    }

    @Test
    void greedyTaggingAgreesWithOpenNlpsBeamSearchOnNearlyEveryWord() {
        int words = 0;
        int same = 0;
        for (Gold document : gold) {
            for (List<String> tokens : document.sentences()) {
                String[] greedy = PartsOfSpeech.english().tag(tokens);
                String[] beam = PartsOfSpeech.english().tagWithBeam(tokens);
                for (int i = 0; i < greedy.length; i++) {
                    words++;
                    same += greedy[i].equals(beam[i]) ? 1 : 0;
                }
            }
        }
        double agreement = (double) same / words;
        System.out.printf("greedy and beam tags agree on %.4f of %d words%n", agreement, words);
        assertThat(agreement).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void ourFeaturesAreOpenNlpsFeaturesForEveryWord() {
        int compared = 0;
        for (Gold document : gold) {
            for (List<String> tokens : document.sentences()) {
                String[] tags = PartsOfSpeech.english().tag(tokens);
                for (int i = 0; i < tokens.size(); i++) {
                    List<String> ours = new ArrayList<>(PartsOfSpeech.english().context(tokens, tags, i));
                    List<String> theirs = new ArrayList<>(List.of(PartsOfSpeech.english().openNlpContext(tokens, tags, i)));
                    ours.sort(null);
                    theirs.sort(null);
                    assertThat(ours).as("features of '" + tokens.get(i) + "' in " + tokens).isEqualTo(theirs);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    private static InputStream model(String artifact) throws IOException {
        String name = null;
        var resources = NlpChoicesTest.class.getClassLoader().getResources("model.properties");
        while (resources.hasMoreElements()) {
            var url = resources.nextElement();
            if (url.toString().contains(artifact)) {
                java.util.Properties properties = new java.util.Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                name = properties.getProperty("model.name");
            }
        }
        assertThat(name).as("the model jar " + artifact + " on the test class path").isNotNull();
        return NlpChoicesTest.class.getResourceAsStream("/" + name);
    }
}
