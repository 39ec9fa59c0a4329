package news.timeline.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Universal Dependencies parts of speech (VERB, NOUN, PROPN, AUX...) for the words of a sentence, from
 * Apache OpenNLP's English model (trained on the English Web Treebank). The model is read once per process;
 * each thread gets its own tagger, since OpenNLP's keeps state between calls.
 *
 * <p>Tags are chosen greedily, one word after the other, with OpenNLP's model and its features, instead of
 * by its beam search of three: on news text the two agree word for word (NlpChoicesTest), and greedy
 * tagging costs a third. The features are those of the model's own generator, made from each word's features
 * kept once (NlpChoicesTest compares them with OpenNLP's for every word of its documents).
 */
public final class PartsOfSpeech {

    public static final String VERB = "VERB";
    public static final String AUX = "AUX";
    public static final String NOUN = "NOUN";
    public static final String PROPN = "PROPN";
    public static final String ADJ = "ADJ";

    private static final String MODEL_JAR_PROPERTIES = "/model.properties";
    private static volatile PartsOfSpeech english;

    private static final int AFFIX_LENGTH = 4;
    private static final String[] SENTENCE_START = {"S=begin", "p1S=begin", "p2S=begin"};
    /** Words whose features are kept: a newsroom's vocabulary, with room to spare. */
    private static final int MAX_CACHED_WORDS = 200_000;

    private static final Context NONE = new Context(new int[0], new double[0]);

    private final ThreadLocal<Greedy> taggers;
    /** The model's weights by feature, and its tags by index. */
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final Context[] sentenceStart;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** The weights of the tag before a word ("t=" feature) by tag, and of the two tags before ("t2=") by pair. */
    private final Context[] previousTag;
    private final Context[][] twoTagsBefore;

    @SuppressWarnings("unchecked")
    private PartsOfSpeech(POSModel model) {
        Object maxent = model.getArtifact("pos.model");
        if (!(maxent instanceof AbstractModel weights)) {
            throw new IllegalStateException("the part-of-speech model has no maximum-entropy model to tag with");
        }
        Object[] parts = weights.getDataStructures();
        this.features = (Map<String, Context>) parts[1];
        this.outcomes = (String[]) parts[2];
        this.sentenceStart = Arrays.stream(SENTENCE_START).map(this::feature).toArray(Context[]::new);
        this.previousTag = Arrays.stream(outcomes).map(tag -> feature("t=" + tag)).toArray(Context[]::new);
        this.twoTagsBefore = new Context[outcomes.length][outcomes.length];
        for (int first = 0; first < outcomes.length; first++) {
            for (int second = 0; second < outcomes.length; second++) {
                twoTagsBefore[first][second] = feature("t2=" + outcomes[first] + "," + outcomes[second]);
            }
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

    /** OpenNLP's own features of word {@code i}: what {@link #context} must equal. */
    String[] openNlpContext(List<String> tokens, String[] tags, int i) {
        return taggers.get().contexts().getContext(i, tokens.toArray(String[]::new), Arrays.copyOf(tags, i), null);
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
        Word[] words = new Word[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(tokens.get(i));
        }
        int[] tags = new int[words.length];
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < words.length; i++) {
            System.arraycopy(words[i].own(), 0, scores, 0, scores.length);
            if (i > 0) {
                add(scores, words[i - 1].previous1());
                add(scores, previousTag[tags[i - 1]]);
            }
            if (i > 1) {
                add(scores, twoTagsBefore[tags[i - 2]][tags[i - 1]]);
                add(scores, words[i - 2].previous2());
            }
            if (i + 1 < words.length) {
                add(scores, words[i + 1].next1());
            }
            if (i + 2 < words.length) {
                add(scores, words[i + 2].next2());
            }
            if (i < sentenceStart.length) {
                add(scores, sentenceStart[i]);
            }
            tags[i] = best(scores);
        }
        String[] names = new String[tags.length];
        for (int i = 0; i < tags.length; i++) {
            names[i] = outcomes[tags[i]];
        }
        return names;
    }

    /**
     * The feature strings of word {@code i}, as the model's generator makes them (generator.featuregen in
     * the model: the word's definition, suffixes and prefixes of up to four letters, the word and its class;
     * the words two before and after; the sentence's start; the two tags before).
     */
    List<String> context(List<String> tokens, String[] tags, int i) {
        List<String> context = new ArrayList<>(word(tokens.get(i)).names());
        if (i > 0) {
            context.add(neighbour("p1w=", tokens.get(i - 1)));
            context.add("t=" + tags[i - 1]);
        }
        if (i > 1) {
            context.add(neighbour("p2w=", tokens.get(i - 2)));
            context.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        }
        if (i + 1 < tokens.size()) {
            context.add(neighbour("n1w=", tokens.get(i + 1)));
        }
        if (i + 2 < tokens.size()) {
            context.add(neighbour("n2w=", tokens.get(i + 2)));
        }
        if (i < SENTENCE_START.length) {
            context.add(SENTENCE_START[i]);
        }
        return context;
    }

    private static String neighbour(String prefix, String token) {
        return prefix + token.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A word's features that do not depend on its neighbours, and those it lends them, looked up once in
     * the model: tagging then only adds up the weights of each word's features, without building or hashing
     * feature strings, and picks the highest sum (the model's probabilities rank the tags as their sums do).
     */
    private record Word(List<String> names, double[] own, Context previous1, Context previous2, Context next1,
            Context next2) {
    }

    private Word word(String token) {
        Word known = words.get(token);
        if (known == null) {
            if (words.size() > MAX_CACHED_WORDS) {
                words.clear();
            }
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            List<String> names = new ArrayList<>();
            names.add("def");
            for (int k = 1; k <= AFFIX_LENGTH && k <= token.length(); k++) {
                names.add("suf=" + token.substring(token.length() - k));
            }
            for (int k = 1; k <= AFFIX_LENGTH && k <= token.length(); k++) {
                names.add("pre=" + token.substring(0, k));
            }
            names.add("w=" + lower);
            String shape = FeatureGeneratorUtil.tokenFeature(token);
            names.add("wc=" + shape);
            names.add("w&c=" + lower + "," + shape);
            double[] own = new double[outcomes.length];
            for (String name : names) {
                add(own, feature(name));
            }
            known = new Word(List.copyOf(names), own,
                    feature("p1w=" + lower), feature("p2w=" + lower), feature("n1w=" + lower), feature("n2w=" + lower));
            words.put(token, known);
        }
        return known;
    }

    /** The model's weights of a feature, or an empty context for a feature it never saw. */
    private Context feature(String name) {
        Context context = features.get(name);
        return context == null ? NONE : context;
    }

    private static void add(double[] scores, Context context) {
        int[] outcomes = context.getOutcomes();
        double[] weights = context.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            scores[outcomes[k]] += weights[k];
        }
    }

    private static int best(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
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
