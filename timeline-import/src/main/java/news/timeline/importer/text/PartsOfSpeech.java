package news.timeline.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies parts of speech (VERB, NOUN, PROPN, AUX...) for the words of a sentence, from
 * Apache OpenNLP's English model (trained on the English Web Treebank). The model is read once per process;
 * each thread gets its own tagger, since OpenNLP's keeps state between calls.
 *
 * <p>Tags are chosen greedily, one word after the other, with OpenNLP's own features and model, instead of
 * by its beam search of three: on news text the two agree almost word for word (NlpChoicesTest), and greedy
 * tagging costs a third.
 */
public final class PartsOfSpeech {

    public static final String VERB = "VERB";
    public static final String AUX = "AUX";
    public static final String NOUN = "NOUN";
    public static final String PROPN = "PROPN";
    public static final String ADJ = "ADJ";

    private static final String MODEL_JAR_PROPERTIES = "/model.properties";
    private static volatile PartsOfSpeech english;

    private final MaxentModel maxent;
    private final ThreadLocal<Greedy> taggers;

    private PartsOfSpeech(POSModel model) {
        this.maxent = model.getArtifact("pos.model");
        if (maxent == null) {
            throw new IllegalStateException("the part-of-speech model has no maximum-entropy model to tag with");
        }
        this.taggers = ThreadLocal.withInitial(() -> new Greedy(model));
    }

    /** OpenNLP's tagger, for its context generator (features of a word and its neighbours) and its beam search. */
    private static final class Greedy extends POSTaggerME {
        Greedy(POSModel model) {
            super(model);
        }

        POSContextGenerator contexts() {
            return cg;
        }
    }

    /** The English tagger, loaded on first use. @throws IllegalStateException if the model is missing */
    public static PartsOfSpeech english() {
        PartsOfSpeech known = english;
        if (known == null) {
            synchronized (PartsOfSpeech.class) {
                if (english == null) {
                    english = new PartsOfSpeech(load());
                }
                known = english;
            }
        }
        return known;
    }

    private static POSModel load() {
        String name = modelName();
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing part-of-speech model " + name
                        + " (org.apache.opennlp:opennlp-models-pos-en)");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + name, e);
        }
    }

    /** The model file named by the model jar's own properties, so a newer model jar needs no code change. */
    private static String modelName() {
        try {
            var resources = PartsOfSpeech.class.getClassLoader().getResources(MODEL_JAR_PROPERTIES.substring(1));
            while (resources.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = resources.nextElement().openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("model.name", "");
                if (name.contains("-pos-") && "en".equals(properties.getProperty("model.language"))) {
                    return name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the OpenNLP model jars", e);
        }
        throw new IllegalStateException("no English part-of-speech model on the class path"
                + " (org.apache.opennlp:opennlp-models-pos-en)");
    }

    /** The tags of words {@code from} to {@code to} (exclusive) of {@code words}, one per word. */
    public String[] tag(Words words, int from, int to) {
        List<String> tokens = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            tokens.add(token(words, i));
        }
        return tag(tokens);
    }

    /** The tags of a sentence's tokens, one per token: each word's most likely tag given those before it. */
    public String[] tag(List<String> tokens) {
        POSContextGenerator contexts = taggers.get().contexts();
        String[] words = tokens.toArray(String[]::new);
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] context = contexts.getContext(i, words, Arrays.copyOf(tags, i), null);
            tags[i] = maxent.getBestOutcome(maxent.eval(context));
        }
        return tags;
    }

    /** The tags OpenNLP's own beam search gives: what greedy tagging is measured against. */
    public String[] tagWithBeam(List<String> tokens) {
        return taggers.get().tag(tokens.toArray(String[]::new));
    }

    /**
     * A word as the model's treebank writes it: typographic apostrophes plain, "n't" whole ("don" + "'t"
     * becomes "do" + "n't").
     */
    static String token(Words words, int i) {
        String word = words.word(i).replace('\u2019', '\'');
        if (i + 1 < words.size() && words.lower(i + 1).equals("'t") && word.length() > 1
                && (word.endsWith("n") || word.endsWith("N"))) {
            return word.substring(0, word.length() - 1);
        }
        if (word.equals("'t") || word.equals("'T")) {
            return "n't";
        }
        return word;
    }
}
