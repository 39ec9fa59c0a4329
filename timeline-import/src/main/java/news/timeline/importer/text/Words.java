package news.timeline.importer.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, made in one pass and kept with their offsets: words (letters and digits; dotted
 * abbreviations such as "U.S." stay one word with their dots), numbers (with inner {@code ,} or {@code .}
 * between digits) and single punctuation characters. Apostrophes start a word of their own ("Russia's"
 * is "Russia" and "'s"), hyphens stand alone ("full-scale" is three words), so phrases in rule files are
 * split the same way and match whatever the text's typography.
 */
public final class Words {

    /** Word kinds. */
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;

    private final String text;
    private int size;
    private int[] begin;
    private int[] end;
    private byte[] kind;
    private String[] lower;
    private boolean[] newline;

    private Words(String text, int capacity) {
        this.text = text;
        begin = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        lower = new String[capacity];
        newline = new boolean[capacity];
    }

    /** Splits {@code text} into words; never fails, whatever the input. */
    public static Words of(String text) {
        Words words = new Words(text, Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean lineBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                lineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                i++;
                continue;
            }
            int start = i;
            byte type;
            if (Character.isDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                type = NUMBER;
            } else if (Character.isLetter(c) || ((c == '\'' || c == '\u2019') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)) && i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)))) {
                    i++;
                }
                // "U.S.", "a.m.": single letters joined by dots stay one word, with the final dot.
                if (i - start == 1 && i + 1 < n && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))
                        && (i + 2 >= n || text.charAt(i + 2) == '.')) {
                    while (i + 1 < n && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))
                            && (i + 2 >= n || text.charAt(i + 2) == '.')) {
                        i += 2;
                    }
                    if (i < n && text.charAt(i) == '.') {
                        i++;
                    }
                }
                type = WORD;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
                    i++;
                }
                type = PUNCT;
            }
            words.add(start, i, type, lineBreak);
            lineBreak = false;
        }
        return words;
    }

    private void add(int from, int to, byte type, boolean afterBreak) {
        if (size == begin.length) {
            int capacity = size * 2;
            begin = Arrays.copyOf(begin, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            lower = Arrays.copyOf(lower, capacity);
            newline = Arrays.copyOf(newline, capacity);
        }
        begin[size] = from;
        end[size] = to;
        kind[size] = type;
        lower[size] = text.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        newline[size] = afterBreak;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int begin(int i) {
        return begin[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    /** The word in lower case, with a typographic apostrophe made plain. */
    public String lower(int i) {
        return lower[i];
    }

    /** The word as written. */
    public String word(int i) {
        return text.substring(begin[i], end[i]);
    }

    /** True if a line break lies between this word and the one before. */
    public boolean afterLineBreak(int i) {
        return newline[i];
    }

    /** True if the word starts with a capital letter. */
    public boolean capitalised(int i) {
        return kind[i] == WORD && Character.isUpperCase(text.charAt(begin[i]));
    }

    /**
     * True if words {@code from} to {@code to} (exclusive) read as a headline in title case: most words of
     * four letters or more capitalised, and no full stop at the end, which a sentence that names many
     * people or companies still has.
     */
    public boolean titleCase(int from, int to) {
        int letters = 0;
        int capitals = 0;
        for (int i = from; i < to; i++) {
            if (kind[i] == WORD && lower[i].length() > 3) {
                letters++;
                capitals += capitalised(i) ? 1 : 0;
            }
        }
        return letters >= 3 && capitals * 4 >= letters * 3 && to > from && !lower[to - 1].equals(".");
    }

    /** The text from word {@code from} to word {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        return from >= to ? "" : text.substring(begin[from], end[to - 1]);
    }
}
