package news.timeline.importer.time;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A normalisation table read from {@code tables/<name>.txt}: words to values. A key written in lower case
 * matches a word in any case; a key with a capital ("May") matches only that spelling, so the month is not
 * confused with the verb.
 */
final class Table {

    final String name;
    private final Map<String, String> anyCase = new HashMap<>();
    private final Map<String, String> exactCase = new HashMap<>();
    /** Every key in lower case, for the trigger index. */
    final Map<String, String> lowerKeys = new LinkedHashMap<>();

    Table(String name) {
        this.name = name;
    }

    void put(String key, String value) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.equals(key)) {
            anyCase.put(key, value);
        } else {
            exactCase.put(key, value);
        }
        lowerKeys.put(lower, value);
    }

    /** The value of token {@code i}, or {@code null} if the table does not hold it. */
    String lookup(Tokens tokens, int i) {
        String value = anyCase.get(tokens.norm[i]);
        if (value != null) {
            return value;
        }
        if (exactCase.isEmpty() || !lowerKeys.containsKey(tokens.norm[i])) {
            return null;
        }
        return exactCase.get(tokens.original(i));
    }
}
