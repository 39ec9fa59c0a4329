package news.timeline.importer.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules and tables of one language, read from {@code rules/<language>/} on the class path: the rule
 * files listed in {@code rules/index.txt} and the tables they name under {@code tables/}. Compiling builds
 * a trigger index from each rule's possible first words, so the tagger tries only rules that can start at
 * a token.
 */
final class RuleSet {

    private static final Set<String> KEYS = Set.of(
            "match", "type", "value", "mod", "date", "until", "not-after", "not-before", "only-after",
            "only-before");

    final String language;
    final List<Rule> rules = new ArrayList<>();
    final Map<String, Table> tables = new HashMap<>();
    /** Rules by the lower-case word they can start with. */
    final Map<String, Rule[]> byWord = new HashMap<>();
    /**
     * Every lower-case word of the rules' literals and of the tables read with them, numbered: tokens get
     * these ids once, and literals and tables are matched by array access.
     */
    final Map<String, Integer> vocabulary = new HashMap<>();
    /** Rules by the word id they can start with ({@link #byWord} by id). */
    Rule[][] byId = new Rule[0][];
    /** Rules that can start with a number. */
    Rule[] byNumber = new Rule[0];
    /**
     * By rule index: the first required element when only single-token optional elements come before it,
     * else -1. Such a rule can match at token i only if that element can start within the next few tokens.
     */
    int[] gate = new int[0];
    /**
     * By rule index: when the first element is required and spans a known one to four tokens and the second
     * is required, the offsets (bits 1 to 4) at which the second element can then begin; else 0.
     */
    int[] secondAt = new int[0];

    private RuleSet(String language) {
        this.language = language;
    }

    static RuleSet load(String language) {
        RuleSet set = new RuleSet(language);
        String index = set.path("rules/index.txt");
        for (String line : set.lines(index)) {
            String file = stripComment(line).strip();
            if (!file.isEmpty()) {
                set.readRules("rules/" + file);
            }
        }
        // The tagger's own tables, read now so that the vocabulary holds their words.
        for (String name : List.of("tense", "nottold")) {
            if (set.hasTable(name)) {
                set.table(name);
            }
        }
        set.buildIndex();
        return set;
    }

    /** Whether the language has a table of this name (some tables are optional). */
    boolean hasTable(String name) {
        return tables.containsKey(name)
                || RuleSet.class.getClassLoader().getResource(path("tables/" + name + ".txt")) != null;
    }

    Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            table = readTable(name);
            tables.put(name, table);
        }
        return table;
    }

    private String path(String relative) {
        return "rules/" + language + "/" + relative;
    }

    private List<String> lines(String resource) {
        InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String stripComment(String line) {
        return line.startsWith("#") ? "" : line;
    }

    private Table readTable(String name) {
        String resource = path("tables/" + name + ".txt");
        Table table = new Table(name);
        int number = 0;
        for (String raw : lines(resource)) {
            number++;
            String line = stripComment(raw.strip());
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(resource + ":" + number + ": expected 'word = value'");
            }
            String value = line.substring(eq + 1).strip();
            for (String key : line.substring(0, eq).split(",")) {
                String word = key.strip();
                if (!word.isEmpty()) {
                    table.put(word, value);
                }
            }
        }
        return table;
    }

    private void readRules(String relative) {
        String resource = path(relative);
        List<String> lines = lines(resource);
        LocalDate examplesDct = null;
        Map<String, String> fields = null;
        List<String> examples = null;
        int start = 0;
        for (int n = 0; n <= lines.size(); n++) {
            String raw = n < lines.size() ? lines.get(n) : "";
            String line = raw.strip();
            boolean blockEnd = n == lines.size() || line.isEmpty() || line.startsWith("rule ");
            if (blockEnd && fields != null) {
                add(resource, start, fields, examples, examplesDct);
                fields = null;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("examples-dct ")) {
                examplesDct = LocalDate.parse(line.substring("examples-dct ".length()).strip());
            } else if (line.startsWith("rule ")) {
                fields = new HashMap<>();
                fields.put("rule", line.substring(5).strip());
                examples = new ArrayList<>();
                start = n + 1;
            } else if (fields == null) {
                throw new IllegalStateException(resource + ":" + (n + 1) + ": expected 'rule NAME' first");
            } else {
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String value = space < 0 ? "" : line.substring(space + 1).strip();
                if (key.equals("example")) {
                    examples.add(value);
                } else if (!KEYS.contains(key)) {
                    throw new IllegalStateException(resource + ":" + (n + 1) + ": unknown key '" + key
                            + "'; expected one of " + KEYS + " or example");
                } else if (fields.put(key, value) != null) {
                    throw new IllegalStateException(resource + ":" + (n + 1) + ": '" + key + "' given twice");
                }
            }
        }
    }

    private void add(String resource, int line, Map<String, String> fields, List<String> exampleLines,
            LocalDate dct) {
        String where = resource + ":" + line + " (rule " + fields.get("rule") + ")";
        String match = fields.get("match");
        String type = fields.get("type");
        if (match == null || type == null) {
            throw new IllegalStateException(where + ": a rule needs 'match' and 'type'");
        }
        TimexType timexType = type.equals("NONE") ? null : TimexType.valueOf(type);
        String value = fields.get("value");
        if (timexType != null && value == null) {
            throw new IllegalStateException(where + ": a rule needs a 'value'");
        }
        List<Rule.Example> examples = new ArrayList<>();
        for (String example : exampleLines) {
            int arrow = example.lastIndexOf("=>");
            String sentence = arrow < 0 ? example : example.substring(0, arrow).strip();
            String expected = arrow < 0 ? null : example.substring(arrow + 2).strip();
            if (dct == null) {
                throw new IllegalStateException(where + ": examples need an 'examples-dct' line in the file");
            }
            examples.add(new Rule.Example(sentence, expected, dct, where + ": example " + example));
        }
        if (timexType != null && examples.isEmpty()) {
            throw new IllegalStateException(where + ": every rule needs at least one example");
        }
        String name = fields.get("rule");
        if (rules.stream().anyMatch(rule -> rule.name().equals(name))) {
            throw new IllegalStateException(where + ": another rule already has this name");
        }
        Element[] elements = parsePattern(match, where);
        String until = fields.get("until");
        if (until != null && rangeEnd(elements) < 0) {
            throw new IllegalStateException(where + ": 'until' needs a captured element after '>' where the"
                    + " range's last date begins");
        }
        rules.add(new Rule(fields.get("rule"), resource, elements, timexType, value, fields.get("mod"),
                fields.get("date"), until,
                words(fields.get("not-after")), words(fields.get("not-before")),
                words(fields.get("only-after")), words(fields.get("only-before")), examples, rules.size()));
    }

    /**
     * For a range rule, the element where the range's last date begins: the first captured element after
     * the {@code >}; -1 if there is none.
     */
    static int rangeEnd(Element[] elements) {
        boolean after = false;
        for (int e = 0; e < elements.length; e++) {
            if (elements[e].kind == Element.Kind.SPAN_END) {
                after = true;
            } else if (after && elements[e].capture != null) {
                return e;
            }
        }
        return -1;
    }

    private static Set<String> words(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String word : list.split("\\s+")) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private Element[] parsePattern(String match, String where) {
        List<Element> elements = new ArrayList<>();
        for (String item : match.strip().split("\\s+")) {
            String spec = item;
            String capture = null;
            int eq = spec.indexOf('=');
            if (eq > 0) {
                capture = spec.substring(0, eq);
                spec = spec.substring(eq + 1);
            }
            boolean optional = spec.length() > 1 && spec.endsWith("?");
            if (optional) {
                spec = spec.substring(0, spec.length() - 1);
            }
            Element element;
            if (spec.equals(">")) {
                if (capture != null || optional || elements.isEmpty()) {
                    throw new IllegalStateException(where + ": '>' stands alone, after the expression's elements");
                }
                element = new Element(Element.Kind.SPAN_END, null, null, false, null, item);
            } else if (spec.startsWith("@") && spec.length() > 1) {
                element = new Element(Element.Kind.TABLE, null, table(spec.substring(1)), optional, capture, item);
            } else if (spec.startsWith("#") && spec.length() > 1) {
                Element.Kind kind = switch (spec.substring(1)) {
                    case "year" -> Element.Kind.YEAR;
                    case "yy" -> Element.Kind.YY;
                    case "day" -> Element.Kind.DAY;
                    case "ord" -> Element.Kind.ORD;
                    case "month" -> Element.Kind.MONTH;
                    case "hour" -> Element.Kind.HOUR;
                    case "minute" -> Element.Kind.MINUTE;
                    case "num" -> Element.Kind.NUM;
                    case "amount" -> Element.Kind.AMOUNT;
                    case "name" -> Element.Kind.NAME;
                    default -> throw new IllegalStateException(where + ": unknown number shape " + spec);
                };
                Table numbers = kind == Element.Kind.AMOUNT ? table("number") : null;
                element = new Element(kind, null, numbers, optional, capture, item);
            } else {
                Set<String> words = new LinkedHashSet<>();
                for (String word : spec.split("\\|")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
                element = new Element(Element.Kind.LITERAL, words, null, optional, capture, item);
            }
            elements.add(element);
        }
        if (elements.stream().allMatch(e -> e.optional)) {
            throw new IllegalStateException(where + ": a pattern needs at least one required element");
        }
        return elements.toArray(Element[]::new);
    }

    private void buildIndex() {
        Map<String, List<Rule>> words = new HashMap<>();
        List<Rule> numbers = new ArrayList<>();
        for (Rule rule : rules) {
            Set<String> first = new LinkedHashSet<>();
            boolean number = false;
            for (Element element : rule.elements()) {
                switch (element.kind) {
                    case LITERAL -> first.addAll(element.words);
                    case TABLE -> first.addAll(element.table.lowerKeys.keySet());
                    case AMOUNT -> {
                        first.addAll(element.table.lowerKeys.keySet());
                        number = true;
                    }
                    default -> number = true;
                }
                if (!element.optional) {
                    break;
                }
            }
            for (String word : first) {
                words.computeIfAbsent(word, k -> new ArrayList<>()).add(rule);
            }
            if (number) {
                numbers.add(rule);
            }
        }
        words.forEach((word, list) -> byWord.put(word, list.toArray(Rule[]::new)));
        for (Rule rule : rules) {
            for (Element element : rule.elements()) {
                if (element.words != null) {
                    element.words.forEach(word -> vocabulary.putIfAbsent(word, vocabulary.size()));
                }
            }
        }
        tables.values().forEach(table -> table.lowerKeys.keySet()
                .forEach(word -> vocabulary.putIfAbsent(word, vocabulary.size())));
        tables.values().forEach(table -> table.index(vocabulary));
        for (Rule rule : rules) {
            for (Element element : rule.elements()) {
                element.index(vocabulary);
            }
        }
        byId = new Rule[vocabulary.size()][];
        byWord.forEach((word, list) -> byId[vocabulary.get(word)] = list);
        byNumber = numbers.toArray(Rule[]::new);
        gate = new int[rules.size()];
        secondAt = new int[rules.size()];
        for (Rule rule : rules) {
            gate[rule.index()] = gateOf(rule.elements());
            secondAt[rule.index()] = secondAt(rule.elements());
        }
    }

    /**
     * The element that must follow the first: the second, or the third when the second is a {@code >}
     * (which takes no token), as in a range rule "y=#year > to y2=#year".
     */
    static int secondIndex(Element[] elements) {
        return elements.length > 2 && elements[1].kind == Element.Kind.SPAN_END ? 2 : 1;
    }

    private static int secondAt(Element[] elements) {
        int next = secondIndex(elements);
        if (elements.length <= next || elements[0].optional || elements[next].optional
                || elements[next].kind == Element.Kind.SPAN_END) {
            return 0;
        }
        return switch (elements[0].kind) {
            case LITERAL, TABLE, YEAR, YY, MONTH, HOUR, MINUTE, NUM, NAME -> 0b010;
            case DAY -> 0b110;
            case ORD -> 0b100;
            // "90", "a couple of", "twenty - five", "2 and a half": one to four tokens.
            case AMOUNT -> 0b11110;
            default -> 0;
        };
    }

    private static int gateOf(Element[] elements) {
        for (int e = 0; e < elements.length; e++) {
            Element element = elements[e];
            if (!element.optional) {
                return e > 0 ? e : -1;
            }
            if (element.kind != Element.Kind.LITERAL && element.kind != Element.Kind.TABLE) {
                return -1;
            }
        }
        return -1;
    }
}
