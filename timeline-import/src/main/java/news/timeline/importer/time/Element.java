package news.timeline.importer.time;

import java.util.Set;

/**
 * One position of a rule's pattern: a literal word (or alternatives), a table of words, or a number shape.
 * Matching an element consumes one or a few tokens and yields a normalised value for its capture.
 */
final class Element {

    enum Kind {
        /** Literal words or punctuation: {@code last|past}. */
        LITERAL,
        /** A word of a table: {@code @month}; the value is the table's. */
        TABLE,
        /** {@code #year}: a four-digit number from 1000 to 2099. */
        YEAR,
        /** {@code #yy}: a two-digit year, read as 19yy or 20yy. */
        YY,
        /** {@code #day}: 1 to 31, with an attached "st", "nd", "rd" or "th". */
        DAY,
        /** {@code #ord}: a number with an attached ordinal suffix ("3rd"). */
        ORD,
        /** {@code #month}: 1 to 12 as digits. */
        MONTH,
        /** {@code #hour}: 0 to 24 as digits. */
        HOUR,
        /** {@code #minute}: two digits, 00 to 59. */
        MINUTE,
        /** {@code #num}: any number written in digits. */
        NUM,
        /** {@code #amount}: a count in digits or words ("90", "three", "twenty-five", "two and a half", "a"). */
        AMOUNT,
        /** {@code #name}: a word written with a capital, as names are ("today's GM"). */
        NAME,
        /** {@code >}: the expression ends here; the elements after it must match but stay outside it. */
        SPAN_END
    }

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    /**
     * A cheap necessary condition for {@link #match} at token {@code i}: the token is one this element can
     * begin with. Used to skip rules whose leading optional words are present but whose core is not.
     */
    boolean canStart(Tokens t, int i) {
        return switch (kind) {
            case LITERAL -> isWord(t, i);
            case TABLE -> table.hasKey(t, i);
            case AMOUNT -> t.kind[i] == Tokens.NUMBER || table.hasKey(t, i);
            case NAME -> t.kind[i] == Tokens.WORD;
            case SPAN_END -> true;
            default -> t.kind[i] == Tokens.NUMBER;
        };
    }

    final Kind kind;
    final Set<String> words;
    /** For a literal, by word id (see {@link RuleSet#vocabulary}): whether it is one of the words. */
    private boolean[] wordIds;
    final Table table;
    final boolean optional;
    /** The capture name, or {@code null}. */
    final String capture;
    /** The pattern text, for messages. */
    final String source;

    Element(Kind kind, Set<String> words, Table table, boolean optional, String capture, String source) {
        this.kind = kind;
        this.words = words;
        this.table = table;
        this.optional = optional;
        this.capture = capture;
        this.source = source;
    }

    /** Indexes a literal's words by word id, so matching costs an array access. */
    void index(java.util.Map<String, Integer> vocabulary) {
        if (words != null) {
            wordIds = new boolean[vocabulary.size()];
            words.forEach(word -> wordIds[vocabulary.get(word)] = true);
        }
    }

    private boolean isWord(Tokens t, int i) {
        if (wordIds != null && t.id != null) {
            int id = t.id[i];
            return id >= 0 && id < wordIds.length && wordIds[id];
        }
        return words.contains(t.norm[i]);
    }

    /**
     * Matches at token {@code i}; returns the number of tokens consumed, or 0 if it does not match.
     * The normalised value is left in {@code value[0]}.
     */
    int match(Tokens t, int i, String[] value) {
        switch (kind) {
            case LITERAL -> {
                if (isWord(t, i)) {
                    value[0] = t.norm[i];
                    return 1;
                }
                return 0;
            }
            case TABLE -> {
                String v = table.lookup(t, i);
                if (v == null) {
                    return 0;
                }
                value[0] = v;
                return 1;
            }
            case AMOUNT -> {
                return amount(t, i, value);
            }
            case NAME -> {
                if (t.kind[i] != Tokens.WORD || !Character.isUpperCase(t.text.charAt(t.begin[i]))) {
                    return 0;
                }
                value[0] = t.norm[i];
                return 1;
            }
            default -> {
                return number(t, i, value);
            }
        }
    }

    private int number(Tokens t, int i, String[] value) {
        if (t.kind[i] != Tokens.NUMBER) {
            return 0;
        }
        String digits = t.norm[i];
        int length = digits.length();
        if (kind == Kind.NUM) {
            value[0] = digits.indexOf(',') >= 0 ? digits.replace(",", "") : digits;
            return 1;
        }
        int n = t.number[i];
        if (n < 0) {
            return 0;
        }
        switch (kind) {
            case YEAR -> {
                if (length != 4 || n < 1000 || n > 2099) {
                    return 0;
                }
                value[0] = digits;
                return 1;
            }
            case YY -> {
                if (length != 2) {
                    return 0;
                }
                value[0] = (n <= 30 ? "20" : "19") + digits;
                return 1;
            }
            case DAY -> {
                if (length > 2 || n < 1 || n > 31) {
                    return 0;
                }
                value[0] = n < 10 ? "0" + n : digits;
                return 1 + suffix(t, i);
            }
            case ORD -> {
                int suffix = suffix(t, i);
                if (suffix == 0) {
                    return 0;
                }
                value[0] = Integer.toString(n);
                return 1 + suffix;
            }
            case MONTH -> {
                if (length > 2 || n < 1 || n > 12) {
                    return 0;
                }
                value[0] = n < 10 ? "0" + n : Integer.toString(n);
                return 1;
            }
            case HOUR -> {
                if (length > 2 || n > 24) {
                    return 0;
                }
                value[0] = n < 10 ? "0" + n : Integer.toString(n);
                return 1;
            }
            case MINUTE -> {
                if (length != 2 || n > 59) {
                    return 0;
                }
                value[0] = digits;
                return 1;
            }
            default -> {
                return 0;
            }
        }
    }

    private static int suffix(Tokens t, int i) {
        int next = i + 1;
        return next < t.size && t.attached(next) && ORDINAL_SUFFIXES.contains(t.norm[next]) ? 1 : 0;
    }

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private int amount(Tokens t, int i, String[] value) {
        if (t.kind[i] == Tokens.NUMBER) {
            String digits = t.norm[i];
            value[0] = digits.indexOf(',') >= 0 ? digits.replace(",", "") : digits;
            return 1 + half(t, i + 1, value);
        }
        String v = table.lookup(t, i);
        if (v == null) {
            return 0;
        }
        int used = 1;
        String word = t.norm[i];
        if ((word.equals("a") || word.equals("an")) && i + 1 < t.size) {
            // "a few", "a couple of": the article belongs to the count.
            String next = table.lookup(t, i + 1);
            if (next != null && (next.equals("X") || t.norm[i + 1].equals("couple"))) {
                v = next;
                used = 2;
                if (i + 2 < t.size && t.norm[i + 2].equals("of")) {
                    used = 3;
                }
                value[0] = v;
                return used;
            }
        }
        if (!v.equals("X")) {
            int n = Integer.parseInt(v);
            // "twenty-five": a tens word, a hyphen and a unit word.
            if (n >= 20 && n % 10 == 0 && i + 2 < t.size && t.norm[i + 1].equals("-")
                    && t.kind[i + 2] == Tokens.WORD) {
                String unit = table.lookup(t, i + 2);
                if (unit != null && !unit.equals("X")) {
                    int u = Integer.parseInt(unit);
                    if (u >= 1 && u <= 9) {
                        v = Integer.toString(n + u);
                        used = 3;
                    }
                }
            }
        }
        value[0] = v;
        return used + (v.equals("X") ? 0 : half(t, i + used, value));
    }

    /** "and a half" after a count adds 0.5. */
    private static int half(Tokens t, int i, String[] value) {
        if (i + 2 < t.size && t.norm[i].equals("and") && t.norm[i + 1].equals("a") && t.norm[i + 2].equals("half")) {
            String whole = value[0];
            if (allDigits(whole)) {
                value[0] = whole + ".5";
                return 3;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return source;
    }
}
