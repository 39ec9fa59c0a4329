package news.timeline.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a text into sentences by rule: a full stop, question or exclamation mark ends a sentence unless
 * it closes an abbreviation that {@code rules/en/sentences/abbreviations.txt} lists (a title such as
 * "Mr." never ends one; "U.S." or "Dec." ends one only before a word from {@code starters.txt}) or an
 * initial ("Donald J. Trump"). A line break always ends a sentence, so headlines and paragraphs stand alone.
 */
public final class SentenceSplitter {

    private static final String FOLDER = "/rules/en/sentences/";

    private final Map<String, String> abbreviations;
    private final Set<String> starters;

    private SentenceSplitter(Map<String, String> abbreviations, Set<String> starters) {
        this.abbreviations = abbreviations;
        this.starters = starters;
    }

    /** The splitter for English news, its lists read once per call; keep and share the instance. */
    public static SentenceSplitter english() {
        Map<String, String> abbreviations = new HashMap<>();
        for (String line : DataFiles.lines(FOLDER + "abbreviations.txt")) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(FOLDER + "abbreviations.txt: expected 'ABBREVIATION | CLASS', got '" + line + "'");
            }
            abbreviations.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        return new SentenceSplitter(abbreviations, new HashSet<>(DataFiles.lines(FOLDER + "starters.txt")));
    }

    /** The sentences of {@code words}, in order, each with at least one word. */
    public List<Sentence> split(Words words) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            boolean endsHere = false;
            if (i + 1 < n && words.afterLineBreak(i + 1)) {
                endsHere = true;
            } else if (words.kind(i) == Words.PUNCT) {
                char c = words.text().charAt(words.begin(i));
                if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && !(c == '.' && continues(words, i))) {
                    // Closing quotes and brackets belong to the sentence they close.
                    int last = i;
                    while (last + 1 < n && isCloser(words, last + 1) && !words.afterLineBreak(last + 1)) {
                        last++;
                    }
                    // "not lose more lives!" and noted ...": a lower-case word goes on with the sentence.
                    if (last + 1 >= n || !startsLowerCase(words, last + 1) || words.afterLineBreak(last + 1)) {
                        i = last;
                        endsHere = true;
                    }
                }
            } else if (words.kind(i) == Words.WORD && words.lower(i).endsWith(".") && i + 1 < n
                    && starters.contains(words.word(i + 1))) {
                // "... sanctions on the U.S. The talks": the abbreviation's own dot ends the sentence.
                endsHere = true;
            }
            if (endsHere) {
                sentences.add(new Sentence(first, i + 1, words.begin(first), words.end(i)));
                first = i + 1;
            }
        }
        if (first < n) {
            sentences.add(new Sentence(first, n, words.begin(first), words.end(n - 1)));
        }
        return sentences;
    }

    /** True if the full stop at {@code dot} closes an abbreviation or initial inside the sentence. */
    private boolean continues(Words words, int dot) {
        if (dot == 0 || words.end(dot - 1) != words.begin(dot)) {
            return false;
        }
        String before = words.word(dot - 1);
        boolean lastWord = dot + 1 >= words.size();
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return !lastWord;
        }
        String type = abbreviations.get(before);
        if (type == null || lastWord) {
            return false;
        }
        if (type.equals("title")) {
            return true;
        }
        String next = words.word(dot + 1);
        return !starters.contains(next);
    }

    private static boolean startsLowerCase(Words words, int i) {
        return words.kind(i) == Words.WORD && Character.isLowerCase(words.text().charAt(words.begin(i)));
    }

    private static boolean isCloser(Words words, int i) {
        if (words.kind(i) != Words.PUNCT) {
            return false;
        }
        char c = words.text().charAt(words.begin(i));
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }
}
