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
    /** By word id (see {@link RuleSet#vocabulary}): the value of an any-case key, or {@code null}. */
    private String[] anyCaseById;
    /** By word id: whether some key has this lower-case form. */
    private boolean[] keyById;

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

    /**
     * Indexes the keys by word id, so a lookup costs an array access instead of a hash lookup. A table read
     * after the vocabulary was built keeps using its maps.
     */
    void index(Map<String, Integer> vocabulary) {
        anyCaseById = new String[vocabulary.size()];
        keyById = new boolean[vocabulary.size()];
        lowerKeys.keySet().forEach(key -> keyById[vocabulary.get(key)] = true);
        anyCase.forEach((key, value) -> anyCaseById[vocabulary.get(key)] = value);
    }

    /** Whether some key has the lower-case form of token {@code i}. */
    boolean hasKey(Tokens tokens, int i) {
        if (keyById != null && tokens.id != null) {
            int id = tokens.id[i];
            return id >= 0 && id < keyById.length && keyById[id];
        }
        return lowerKeys.containsKey(tokens.norm[i]);
    }

    /** The value of token {@code i}, or {@code null} if the table does not hold it. */
    String lookup(Tokens tokens, int i) {
        if (anyCaseById != null && tokens.id != null) {
            int id = tokens.id[i];
            if (id < 0 || id >= keyById.length || !keyById[id]) {
                return null;
            }
            String value = anyCaseById[id];
            return value != null || exactCase.isEmpty() ? value : exactCase.get(tokens.original(i));
        }
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
