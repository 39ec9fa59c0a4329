package news.timeline.importer.event;

import java.util.ArrayList;
import java.util.List;
import news.timeline.importer.text.Words;

/**
 * A phrase of a rule file: lower-case words to match on consecutive words of a text; a word written with a
 * final {@code *} matches every word that starts with it.
 */
record Phrase(String[] words, boolean[] prefix) {

    /** Reads "spoke by phone | phoned | invad*" into phrases, split into words as texts are. */
    static List<Phrase> list(String field) {
        List<Phrase> phrases = new ArrayList<>();
        for (String part : field.split("\\|")) {
            if (!part.isBlank()) {
                phrases.add(of(part.strip()));
            }
        }
        return phrases;
    }

    static Phrase of(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            boolean star = chunk.endsWith("*");
            Words split = Words.of(star ? chunk.substring(0, chunk.length() - 1) : chunk);
            for (int i = 0; i < split.size(); i++) {
                words.add(split.lower(i));
                prefix.add(star && i == split.size() - 1);
            }
        }
        boolean[] flags = new boolean[prefix.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = prefix.get(i);
        }
        return new Phrase(words.toArray(String[]::new), flags);
    }

    String first() {
        return words[0];
    }

    /** The word after the phrase when it matches at word {@code i} without passing {@code limit}, or -1. */
    int matchAt(Words text, int i, int limit) {
        if (i < 0 || i + words.length > limit) {
            return -1;
        }
        for (int k = 0; k < words.length; k++) {
            String word = text.lower(i + k);
            if (prefix[k] ? !word.startsWith(words[k]) : !word.equals(words[k])) {
                return -1;
            }
        }
        return i + words.length;
    }

    /** True if the phrase ends just before word {@code next} and starts at or after {@code from}. */
    boolean endsBefore(Words text, int next, int from) {
        int start = next - words.length;
        return start >= from && matchAt(text, start, next) == next;
    }

    static boolean anyEndsBefore(List<Phrase> phrases, Words text, int next, int from) {
        for (Phrase phrase : phrases) {
            if (phrase.endsBefore(text, next, from)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyStartsAt(List<Phrase> phrases, Words text, int i, int limit) {
        for (Phrase phrase : phrases) {
            if (phrase.matchAt(text, i, limit) > 0) {
                return true;
            }
        }
        return false;
    }
}
