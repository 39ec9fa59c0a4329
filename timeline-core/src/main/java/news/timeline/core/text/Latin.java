package news.timeline.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spells lower-case Cyrillic and Greek text, and the Latin letters that carry no separable accent, in
 * ASCII Latin for slugs, from the tables in {@code latin.tsv}. Other characters pass unchanged.
 */
final class Latin {

    private static final String TABLES = "latin.tsv";
    private static final Pattern UKRAINIAN = Pattern.compile("[ієїґ]");
    private static final Pattern RUSSIAN = Pattern.compile("[ыэёъ]");
    /** The apostrophe inside a Ukrainian word ("м'ясо") is not a break between words. */
    private static final Pattern CYRILLIC_APOSTROPHE =
            Pattern.compile("(?<=\\p{IsCyrillic})['\u2019\u02bc](?=\\p{IsCyrillic})");

    private static final Table ALL;
    private static final Table UK;
    private static final Table RU;

    static {
        Map<String, Table> tables = read();
        ALL = tables.getOrDefault("all", new Table());
        UK = tables.getOrDefault("uk", new Table());
        RU = tables.getOrDefault("ru", new Table());
    }

    private Latin() {
    }

    /** {@code lower}, lower-case text, with every letter the tables know spelt in ASCII Latin. */
    static String of(String lower) {
        String text = Normalizer.normalize(lower, Normalizer.Form.NFC);
        Table cyrillic = UKRAINIAN.matcher(text).find() || !RUSSIAN.matcher(text).find() ? UK : RU;
        text = CYRILLIC_APOSTROPHE.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            Match match = ALL.at(text, i, wordStart);
            if (match == null) {
                match = cyrillic.at(text, i, wordStart);
            }
            if (match == null) {
                out.append(text.charAt(i));
                i++;
            } else {
                out.append(match.spelling);
                i += match.length;
            }
        }
        return out.toString();
    }

    private record Match(String spelling, int length) {
    }

    /** Letters (one or more characters) to their spelling, and to their spelling at a word's start. */
    private static final class Table {
        final Map<String, String> inWord = new HashMap<>();
        final Map<String, String> atStart = new HashMap<>();
        int longest = 1;

        Match at(String text, int from, boolean wordStart) {
            for (int length = Math.min(longest, text.length() - from); length > 0; length--) {
                String letters = text.substring(from, from + length);
                String spelling = wordStart ? atStart.getOrDefault(letters, inWord.get(letters)) : inWord.get(letters);
                if (spelling != null) {
                    return new Match(spelling, length);
                }
            }
            return null;
        }
    }

    private static Map<String, Table> read() {
        Map<String, Table> tables = new HashMap<>();
        try (InputStream in = Latin.class.getResourceAsStream(TABLES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TABLES + " next to " + Latin.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 2 || columns[1].isEmpty()) {
                    throw new IllegalStateException(TABLES + " line " + number + ": expected a table, letters and a spelling");
                }
                Table table = tables.computeIfAbsent(columns[0], name -> new Table());
                String letters = Normalizer.normalize(columns[1], Normalizer.Form.NFC);
                table.inWord.put(letters, columns.length > 2 ? columns[2] : "");
                if (columns.length > 3 && !columns[3].isEmpty()) {
                    table.atStart.put(letters, columns[3]);
                }
                table.longest = Math.max(table.longest, letters.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLES, e);
        }
        return tables;
    }
}
