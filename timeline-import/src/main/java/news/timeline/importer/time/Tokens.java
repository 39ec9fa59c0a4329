package news.timeline.importer.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a text, made in one pass: words (runs of letters), numbers (runs of digits, with inner
 * {@code ,} or {@code .} between digits, so "2,000" and "2.5" stay whole) and single punctuation characters.
 * Rules match on these instead of on characters, which keeps matching linear in the text.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] begin;
    int[] end;
    byte[] kind;
    /** Lower-cased word or number text, punctuation as itself. */
    String[] norm;
    /** True if a line break lies between this token and the one before. */
    boolean[] newline;
    /** For a number of up to four plain digits, its value; otherwise -1. Read once, used by many rules. */
    int[] number;
    /** Each token's word id in the rules' vocabulary (-1 for a word no rule or table knows), once identified. */
    int[] id;

    private Tokens(String text, int capacity) {
        this.text = text;
        begin = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        norm = new String[capacity];
        newline = new boolean[capacity];
        number = new int[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text, Math.max(16, text.length() / 4));
        int n = text.length();
        int i = 0;
        boolean lineBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                lineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                i++;
                continue;
            }
            tokens.pendingNewline = lineBreak;
            lineBreak = false;
            int start = i;
            if (isDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isDigit(d)) {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && isDigit(text.charAt(i + 1))
                            && isDigit(text.charAt(i - 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(start, i, NUMBER, text.substring(start, i));
            } else if (Character.isLetter(c)) {
                boolean lower = c >= 'a' && c <= 'z';
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d >= 'a' && d <= 'z') {
                        i++;
                    } else if ((d >= 'A' && d <= 'Z') || (d > 127 && Character.isLetter(d))) {
                        lower = false;
                        i++;
                    } else {
                        break;
                    }
                }
                String word = text.substring(start, i);
                tokens.add(start, i, WORD, lower ? word : word.toLowerCase(Locale.ROOT));
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
                    i++;
                }
                tokens.add(start, i, PUNCT, punct(c, text, start, i));
            }
        }
        return tokens;
    }

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private static String punct(char c, String text, int start, int end) {
        if (c < 128) {
            return ASCII[c];
        }
        // Typographic apostrophes and dashes behave as their ASCII forms in every rule.
        return switch (c) {
            case '\u2019', '\u2018' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> "-";
            default -> text.substring(start, end);
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean pendingNewline;

    private void add(int b, int e, byte k, String n) {
        if (size == begin.length) {
            int capacity = size * 2;
            begin = Arrays.copyOf(begin, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            norm = Arrays.copyOf(norm, capacity);
            newline = Arrays.copyOf(newline, capacity);
            number = Arrays.copyOf(number, capacity);
        }
        newline[size] = pendingNewline;
        number[size] = k == NUMBER ? plainValue(n) : -1;
        begin[size] = b;
        end[size] = e;
        kind[size] = k;
        norm[size] = n;
        size++;
    }

    private static int plainValue(String digits) {
        if (digits.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int c = 0; c < digits.length(); c++) {
            char d = digits.charAt(c);
            if (d < '0' || d > '9') {
                return -1;
            }
            value = value * 10 + (d - '0');
        }
        return value;
    }

    /** Gives each token its id in the rules' vocabulary: one hash lookup per token, array accesses after. */
    void identify(java.util.Map<String, Integer> vocabulary) {
        id = new int[size];
        for (int i = 0; i < size; i++) {
            id[i] = vocabulary.getOrDefault(norm[i], -1);
        }
    }

    /** True if token {@code i} directly follows token {@code i - 1} with no space between. */
    boolean attached(int i) {
        return i > 0 && i < size && begin[i] == end[i - 1];
    }

    /** The token's text as written (original case). */
    String original(int i) {
        return text.substring(begin[i], end[i]);
    }

    /** True if a sentence or line break lies between token {@code i - 1} and token {@code i}. */
    boolean breakBefore(int i) {
        if (i <= 0 || i >= size || newline[i]) {
            return true;
        }
        if (kind[i - 1] != PUNCT) {
            return false;
        }
        String previous = norm[i - 1];
        if (previous.equals("!") || previous.equals("?") || previous.equals(";")) {
            return true;
        }
        // A full stop ends a sentence only before a capital: "6:40 p.m. on Tuesday" and "Feb. 12" go on.
        return previous.equals(".") && Character.isUpperCase(text.charAt(begin[i]));
    }
}
