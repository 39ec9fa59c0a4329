package news.timeline.importer.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.actor.PlaceType;
import news.timeline.importer.text.DataFiles;
import news.timeline.importer.text.Words;

/**
 * Actors and places of international news, read once from {@code gazetteer/en/*.txt}, and the finder that
 * names them in a text.
 *
 * <p>Matching is on {@link Words}: at each word the longest alias that starts there wins. Aliases match
 * case-sensitively except for words written in lower case in the data ("the Kremlin" matches "The
 * Kremlin"). A title before a name ("Russian President Vladimir Putin", "US Defense Secretary Beith
 * Higseth") joins the mention, so the demonym in it does not name a second actor; a title before unknown
 * capitalised words names a person the gazetteer does not know. A capitalised word of five or more letters
 * that is no name but lies within two edits of a one-word name of five or more letters with the same
 * first letter is read as that name and marked {@link Mention#misspelt()}. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final String FOLDER = "/gazetteer/en/";
    private static final int MIN_FUZZY = 5;
    private static final int MAX_EDITS = 2;
    private static final int SHORT_NAME = 6;
    private static final int MAX_NEW_NAME = 5;
    private static final Map<String, java.util.Set<String>> NAME_WORDS = DataFiles.lists(FOLDER + "name-words.txt");
    private static final java.util.Set<String> SAYING = nameWords("saying");
    /** Words that make a name an organisation's (organisation-words.txt), in lower case. */
    static final java.util.Set<String> ORGANISATION_WORDS = DataFiles.lines(FOLDER + "organisation-words.txt").stream()
            .map(word -> word.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Names English already has ("Columbia", "African"): never misspellings of the gazetteer's. */
    private static final java.util.Set<String> WORDNET_NAMES =
            java.util.Set.copyOf(DataFiles.lines(FOLDER + "wordnet-names.txt"));
    private static final Gazetteer ENGLISH = load();

    /** Aliases by their first word in lower case. */
    private final Map<String, List<Alias>> aliases;
    /** Titles by their first word in lower case. */
    private final Map<String, List<String[]>> titles;
    /** One-word names of at least {@link #MIN_FUZZY} letters, by first letter. */
    private final Map<Character, List<Alias>> fuzzy;
    /** Capitalised words never read as misspelt names. */
    private final java.util.Set<String> notNames;
    /** The near-miss search's answer by word, kept: a newsroom's capitalised words recur. */
    private final Map<String, Alias> nearest = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_NEAREST = 100_000;

    /** An alias as words, with their lower-case forms for the words that match in any case. */
    private record Alias(String[] words, String[] lower, boolean[] anyCase, Entry actor, Entry place) {
    }

    private static final Alias NO_ALIAS = new Alias(new String[0], new String[0], new boolean[0], null, null);

    /** One holder's term of an office: from its first day to the first day after it (null while in office). */
    private record Term(Entry holder, java.time.LocalDate from, java.time.LocalDate until) {

        boolean holds(java.time.LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Offices named without their holder ("the US president"), each a stand-in entry, with their terms. */
    private final Map<Entry, List<Term>> offices;

    private Gazetteer(Map<String, List<Alias>> aliases, Map<String, List<String[]>> titles,
            Map<Character, List<Alias>> fuzzy, java.util.Set<String> notNames, Map<Entry, List<Term>> offices) {
        this.offices = offices;
        this.notNames = notNames;
        this.aliases = aliases;
        this.titles = titles;
        this.fuzzy = fuzzy;
    }

    /** True if the word, in lower case, begins a title the gazetteer knows before names ("judge", "president"). */
    public boolean title(String lower) {
        return titles.containsKey(lower);
    }

    /** The English gazetteer. */
    public static Gazetteer english() {
        return ENGLISH;
    }

    private static Gazetteer load() {
        Map<String, List<Alias>> aliases = new HashMap<>();
        Map<Character, List<Alias>> fuzzy = new HashMap<>();
        Loader loader = new Loader(aliases, fuzzy);
        for (DataFiles.Line line : DataFiles.numberedLines(FOLDER + "countries.txt")) {
            String[] f = fields(line, 5, FOLDER + "countries.txt");
            String code = f[1].isEmpty() ? null : f[1];
            List<String> names = list(f[2]);
            String shortName = names.stream().filter(n -> n.length() <= 3 && !n.contains(".")).findFirst()
                    .filter(n -> f[0].contains(" ")).orElse(f[0]);
            Entry country = new Entry(f[0], shortName, Entry.Type.COUNTRY, null, code);
            loader.add(f[0], country, country);
            names.forEach(name -> loader.add(name, country, country));
            list(f[3]).forEach(demonym -> loader.add(demonym, country, null));
            List<String> seats = list(f[4]);
            for (int s = 0; s < seats.size(); s++) {
                String seat = seats.get(s);
                Entry city = s == 0 ? new Entry(seat, seat, Entry.Type.PLACE, PlaceType.CITY, code) : null;
                loader.add(seat, country, city);
            }
        }
        for (DataFiles.Line line : DataFiles.numberedLines(FOLDER + "organisations.txt")) {
            String[] f = fields(line, 2, FOLDER + "organisations.txt");
            List<String> names = list(f[1]);
            Entry org = new Entry(f[0], names.isEmpty() ? f[0] : names.get(0), Entry.Type.ORGANISATION, null, null);
            loader.add(f[0], org, null);
            names.forEach(name -> loader.add(name, org, null));
        }
        Map<String, Entry> people = new HashMap<>();
        for (DataFiles.Line line : DataFiles.numberedLines(FOLDER + "people.txt")) {
            String[] f = fields(line, 3, FOLDER + "people.txt");
            List<String> names = list(f[1]);
            Entry person = new Entry(f[0], names.isEmpty() ? f[0] : names.get(0), Entry.Type.PERSON, null,
                    f[2].isEmpty() ? null : f[2]);
            people.put(f[0], person);
            loader.add(f[0], person, null);
            names.forEach(name -> loader.add(name, person, null));
        }
        Map<Entry, List<Term>> offices = offices(FOLDER + "offices.txt", DataFiles.numberedLines(FOLDER + "offices.txt"),
                people, loader);
        for (DataFiles.Line line : DataFiles.numberedLines(FOLDER + "places.txt")) {
            String[] f = fields(line, 4, FOLDER + "places.txt");
            PlaceType type = PlaceType.valueOf(f[1].toUpperCase(Locale.ROOT));
            Entry place = new Entry(f[0], f[0], Entry.Type.PLACE, type, f[2].equals("-") || f[2].isEmpty() ? null : f[2]);
            loader.add(f[0], null, place);
            list(f[3]).forEach(name -> loader.add(name, null, place));
        }
        Map<String, List<String[]>> titles = new HashMap<>();
        for (String line : DataFiles.lines(FOLDER + "titles.txt")) {
            String[] words = split(line);
            titles.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(words);
        }
        return new Gazetteer(aliases, titles, fuzzy,
                java.util.Set.copyOf(DataFiles.lines(FOLDER + "not-names.txt")), offices);
    }

    /**
     * A gazetteer that knows only the offices of {@code text}, written as {@code offices.txt} is: for checking
     * that file's format on other text.
     */
    static Gazetteer ofOffices(String file, String text) {
        Map<String, List<Alias>> aliases = new HashMap<>();
        Map<Character, List<Alias>> fuzzy = new HashMap<>();
        Map<Entry, List<Term>> offices = offices(file, DataFiles.numberedLines(text.lines().toList()), new HashMap<>(),
                new Loader(aliases, fuzzy));
        return new Gazetteer(aliases, Map.of(), fuzzy, java.util.Set.of(), offices);
    }

    /**
     * The terms of office of the lines of {@code file}, by office; each office's names go to {@code loader}, and
     * holders not among {@code people} join them as people of the term's country.
     *
     * @throws IllegalStateException naming the file and the line for a line that is no term
     */
    private static Map<Entry, List<Term>> offices(String file, List<DataFiles.Line> lines, Map<String, Entry> people,
            Loader loader) {
        Map<Entry, List<Term>> offices = new HashMap<>();
        Map<String, Entry> officeByNames = new HashMap<>();
        for (DataFiles.Line line : lines) {
            String[] f = fields(line, 5, file);
            List<String> names = list(f[0]);
            if (names.isEmpty() || f[1].isEmpty() || f[3].isEmpty()) {
                throw lineError(file, line, "a term needs the office's names, its holder and its first day");
            }
            java.time.LocalDate from = day(f[3], file, line);
            java.time.LocalDate until = f[4].isEmpty() ? null : day(f[4], file, line);
            if (until != null && !until.isAfter(from)) {
                throw lineError(file, line, "the first day after the term (" + until + ") is not after its first day ("
                        + from + ")");
            }
            Entry office = officeByNames.computeIfAbsent(f[0], k -> new Entry(names.get(0), names.get(0), Entry.Type.PERSON, null, null));
            String[] parts = split(f[1]);
            Entry holder = people.computeIfAbsent(f[1], k -> new Entry(f[1], parts[parts.length - 1], Entry.Type.PERSON, null,
                    f[2].isEmpty() ? null : f[2]));
            offices.computeIfAbsent(office, k -> new ArrayList<>()).add(new Term(holder, from, until));
            names.forEach(name -> loader.add(name, office, null));
        }
        return offices;
    }

    private static java.time.LocalDate day(String text, String file, DataFiles.Line line) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw lineError(file, line, "'" + text + "' is no day (YYYY-MM-DD)");
        }
    }

    private static IllegalStateException lineError(String file, DataFiles.Line line, String problem) {
        return new IllegalStateException(file + " line " + line.number() + ": " + problem + ": '" + line.text() + "'");
    }

    /**
     * The person who held the office on {@code day}; null for an entry that is no office (the entry itself
     * stands), empty when nobody held it then or the day is unknown.
     */
    private java.util.Optional<Entry> holder(Entry office, java.time.LocalDate day) {
        List<Term> terms = offices.get(office);
        if (terms == null) {
            return null;
        }
        return day == null ? java.util.Optional.empty()
                : terms.stream().filter(term -> term.holds(day)).map(Term::holder).findFirst();
    }

    /** Adds aliases to the indexes; an alias seen twice keeps its first entry. */
    private record Loader(Map<String, List<Alias>> aliases, Map<Character, List<Alias>> fuzzy) {
        void add(String name, Entry actor, Entry place) {
            String[] words = split(name);
            if (words.length == 0) {
                return;
            }
            boolean[] anyCase = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                anyCase[i] = words[i].equals(words[i].toLowerCase(Locale.ROOT));
            }
            List<Alias> list = aliases.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            for (Alias known : list) {
                if (java.util.Arrays.equals(known.words(), words)) {
                    return;
                }
            }
            String[] lower = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                lower[i] = words[i].toLowerCase(Locale.ROOT);
            }
            Alias alias = new Alias(words, lower, anyCase, actor, place);
            list.add(alias);
            if (words.length == 1 && words[0].length() >= MIN_FUZZY && Character.isUpperCase(words[0].charAt(0))
                    && words[0].chars().allMatch(Character::isLetter)) {
                fuzzy.computeIfAbsent(words[0].charAt(0), k -> new ArrayList<>()).add(alias);
            }
        }
    }

    private static String[] fields(DataFiles.Line line, int count, String file) {
        String[] parts = line.text().split("\\|", -1);
        if (parts.length != count) {
            throw lineError(file, line, "expected " + count + " fields separated by '|', found " + parts.length);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static List<String> list(String field) {
        List<String> items = new ArrayList<>();
        for (String item : field.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String[] split(String phrase) {
        Words words = Words.of(phrase);
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.word(i).replace('\u2019', '\'');
        }
        return out;
    }

    /** Every name in words {@code from} to {@code to} (exclusive), in text order, without overlaps; offices name nobody. */
    public List<Mention> find(Words words, int from, int to) {
        return find(words, from, to, null);
    }

    /**
     * Every name in words {@code from} to {@code to} (exclusive), in text order, without overlaps; an office named
     * without its holder ("the President of the United States") is the person who held it on {@code day}.
     */
    public List<Mention> find(Words words, int from, int to, java.time.LocalDate day) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : mentions(words, from, to)) {
            java.util.Optional<Entry> holder = mention.actor() == null ? null : holder(mention.actor(), day);
            if (holder == null) {
                found.add(mention);
            } else if (holder.isPresent()) {
                found.add(new Mention(mention.first(), mention.end(), holder.get(), mention.place(), null));
            } else {
                // Nobody known in office that day: the words name what they would without the office ("Russia").
                mentions(words, mention.first() + 1, mention.end()).stream()
                        .filter(inner -> inner.actor() == null || holder(inner.actor(), day) == null).forEach(found::add);
            }
        }
        return found;
    }

    private List<Mention> mentions(Words words, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Near misses are looked up again from the titles before them; each word is measured once.
        Mention[] nearMemo = new Mention[Math.max(0, to - from)];
        boolean[] nearDone = new boolean[nearMemo.length];
        NearMemo memo = i -> {
            if (!nearDone[i - from]) {
                nearMemo[i - from] = near(words, i);
                nearDone[i - from] = true;
            }
            return nearMemo[i - from];
        };
        int i = from;
        while (i < to) {
            Mention mention = exact(words, i, to);
            if (mention == null) {
                mention = memo.near(i);
            }
            if (mention == null) {
                mention = titledStranger(words, i, to, memo);
            }
            if (mention == null) {
                mention = speakingStranger(words, i, to, memo);
            }
            if (mention == null) {
                i++;
                continue;
            }
            Mention longer = longerOrganisation(words, mention, to);
            mention = longer != null ? longer : mention;
            found.add(withTitle(words, mention, from, found));
            i = mention.end();
        }
        return found;
    }

    /**
     * True if a name the gazetteer knows of another than {@code entry} starts with this word (in lower case): "house"
     * opens "House of Representatives", which is not the House Oversight and Reform Committee.
     */
    public boolean opensAnotherName(String word, Entry entry) {
        List<Alias> opened = aliases.get(word);
        return opened != null && opened.stream().anyMatch(alias -> !entry.equals(alias.actor()) && !entry.equals(alias.place()));
    }

    /** Small words that may join the words of an organisation's name: "House Oversight and Reform Committee". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("and", "of", "for", "on");

    /**
     * The longer name of another organisation that a known organisation's name opens, or null: "the House
     * Oversight and Reform Committee" and "Senate Foreign Relations Committee" are committees, not the House and the
     * Senate. The capitalised words after the known name, joined by small words, must end in a word that makes an
     * organisation's name ("Committee", "Commission") and open no name the gazetteer knows.
     */
    private Mention longerOrganisation(Words words, Mention mention, int to) {
        int j = mention.end();
        if (mention.actor() == null || mention.actor().type() != Entry.Type.ORGANISATION || j >= to || !words.capitalised(j)
                || exact(words, j, to) != null) {
            return null;
        }
        int end = -1;
        while (j < to && words.kind(j) == Words.WORD && words.capitalised(j)) {
            if (ORGANISATION_WORDS.contains(words.lower(j))) {
                end = j + 1;
            }
            j++;
            if (j + 1 < to && NAME_JOINERS.contains(words.lower(j)) && words.capitalised(j + 1)) {
                j++;
            }
        }
        if (end < 0) {
            return null;
        }
        int first = words.lower(mention.first()).equals("the") ? mention.first() + 1 : mention.first();
        String name = words.span(first, end);
        return new Mention(mention.first(), end, new Entry(name, name, Entry.Type.ORGANISATION, null, null), null, null);
    }

    private Mention exact(Words words, int i, int to) {
        if (words.kind(i) != Words.WORD) {
            return null;
        }
        List<Alias> candidates = aliases.get(words.lower(i));
        if (candidates == null) {
            return null;
        }
        Alias best = null;
        for (Alias alias : candidates) {
            if (matches(alias, words, i, to) && (best == null || alias.words().length > best.words().length)) {
                best = alias;
            }
        }
        return best == null ? null : new Mention(i, i + best.words().length, best.actor(), best.place(), null);
    }

    private static boolean matches(Alias alias, Words words, int i, int to) {
        String[] want = alias.words();
        if (i + want.length > to) {
            return false;
        }
        for (int k = 0; k < want.length; k++) {
            int w = i + k;
            if (k > 0 && words.afterLineBreak(w)) {
                return false;
            }
            boolean same;
            if (alias.anyCase()[k]) {
                same = words.lower(w).equals(alias.lower()[k]);
            } else {
                int length = words.end(w) - words.begin(w);
                // Compared in place, without copying the word; a typographic apostrophe matches a plain one.
                same = length == want[k].length()
                        && (words.text().regionMatches(words.begin(w), want[k], 0, length)
                        || want[k].indexOf('\'') >= 0 && words.lower(w).equals(alias.lower()[k]));
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word close to a one-word name: "Higseth" for Hegseth, "Korsk" for Kursk. */
    private Mention near(Words words, int i) {
        if (!words.capitalised(i)) {
            return null;
        }
        String word = words.word(i);
        // Capitals-only words are acronyms and datelines ("DUBAI"), not misspelt names.
        if (word.length() < MIN_FUZZY || titles.containsKey(words.lower(i)) || notNames.contains(word)
                || WORDNET_NAMES.contains(word)
                || word.equals(word.toUpperCase(Locale.ROOT))) {
            return null;
        }
        // A capitalised word before another is a first name or part of a longer name ("Brenton Tarrant"),
        // not a misspelt surname or place, which ends a name.
        if (i + 1 < words.size() && words.capitalised(i + 1) && !words.afterLineBreak(i + 1)) {
            return null;
        }
        Alias best = nearest.get(word);
        if (best == null) {
            if (nearest.size() > MAX_NEAREST) {
                nearest.clear();
            }
            best = nearestAlias(word);
            nearest.put(word, best);
        }
        return best == NO_ALIAS ? null : new Mention(i, i + 1, best.actor(), best.place(), word);
    }

    /** The one alias within reach of a word, or {@link #NO_ALIAS}: none, several names alike, or the word itself. */
    private Alias nearestAlias(String word) {
        List<Alias> candidates = fuzzy.get(word.charAt(0));
        if (candidates == null) {
            return NO_ALIAS;
        }
        // Two edits in a short word make another word ("Hamza" is not "Hamas"); one edit in six letters or
        // fewer, two from seven.
        int maxEdits = word.length() <= SHORT_NAME ? 1 : MAX_EDITS;
        Alias best = null;
        int bestDistance = maxEdits + 1;
        boolean tie = false;
        for (Alias alias : candidates) {
            String name = alias.words()[0];
            // "European" is Europe with a suffix, not a misspelling of it.
            if (Math.abs(name.length() - word.length()) > maxEdits
                    || word.length() > name.length() && word.startsWith(name)) {
                continue;
            }
            int distance = distance(word, name, maxEdits + 1);
            if (distance < bestDistance) {
                best = alias;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && distance <= maxEdits && alias.actor() != best.actor()) {
                tie = true;
            }
        }
        return best == null || tie || bestDistance == 0 ? NO_ALIAS : best;
    }

    /**
     * Levenshtein distance ignoring case, or {@code limit} as soon as it is clear the distance is at least
     * that. Only the band of cells within {@code limit} of the diagonal can stay under the limit, so only
     * those are computed.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) >= limit) {
            return limit;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(m, i + limit);
            current[0] = i;
            if (low > 1) {
                current[low - 1] = limit;
            }
            int rowMin = low == 1 ? i : limit;
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = low; j <= high; j++) {
                int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                int best = previous[j - 1] + cost;
                best = Math.min(best, current[j - 1] + 1);
                if (j < i + limit) {
                    best = Math.min(best, previous[j] + 1);
                }
                current[j] = Math.min(best, limit);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (high < m) {
                current[high + 1] = limit;
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[m], limit);
    }

    /** {@link #near} of a word of the sentence, remembered. */
    private interface NearMemo {
        Mention near(int i);
    }

    private Mention titledStranger(Words words, int i, int to, NearMemo memo) {
        int afterTitle = titleEndingAt(words, i, to);
        if (afterTitle < 0) {
            return null;
        }
        int j = afterTitle;
        // "Justice Department", "Chief Executive Officer": a title before an organisation's word is no person's.
        if (j < to && ORGANISATION_WORDS.contains(words.lower(j))) {
            return null;
        }
        while (j < to && words.capitalised(j) && !titles.containsKey(words.lower(j)) && j - afterTitle < MAX_NEW_NAME
                && exact(words, j, to) == null && memo.near(j) == null && !words.afterLineBreak(j)) {
            j++;
            // Hyphenated names ("Jean-Noel") continue across the hyphen, initials ("Katherine B. Forrest")
            // across their full stop.
            if (j + 1 < to && words.word(j).equals("-") && words.capitalised(j + 1) && words.begin(j) == words.end(j - 1)) {
                j++;
            } else if (j + 1 < to && j - 1 > afterTitle && words.word(j).equals("-") && words.begin(j) == words.end(j - 1)
                    && words.end(j) == words.begin(j + 1) && syllable(words.word(j + 1)) && words.word(j - 1).length() <= 5) {
                // The lower-case second syllable of a given name after a family name: "Mayor Park Won-soon".
                j += 2;
                break;
            } else if (j + 1 < to && words.word(j).equals(".") && words.word(j - 1).length() == 1
                    && words.begin(j) == words.end(j - 1) && words.capitalised(j + 1)) {
                j++;
            }
        }
        if (j == afterTitle || (j < to && (exact(words, j, to) != null || memo.near(j) != null))) {
            return null;
        }
        String name = words.span(afterTitle, j);
        String[] parts = name.split("[\\s]+");
        String family = familyFirst(name);
        Entry stranger = new Entry(name, family != null ? family : parts[parts.length - 1], Entry.Type.PERSON, null, null);
        return new Mention(i, j, stranger, null, null);
    }

    /**
     * Two or three capitalised words right before a verb of saying that name nobody known: "Tammy Bruce
     * said". Words of {@code not-names.txt} ("Foreign Ministry said") and titles never start one.
     */
    private Mention speakingStranger(Words words, int i, int to, NearMemo memo) {
        int j = i;
        while (j < to && j - i < 3 && words.capitalised(j) && words.word(j).length() > 1
                && !notNames.contains(words.word(j)) && !titles.containsKey(words.lower(j))
                && !words.word(j).equals(words.word(j).toUpperCase(Locale.ROOT))
                && (j == i || exact(words, j, to) == null && memo.near(j) == null)) {
            j++;
        }
        if (j - i < 2 || j >= to || !SAYING.contains(words.lower(j))) {
            return null;
        }
        String name = words.span(i, j);
        return new Mention(i, j, new Entry(name, words.word(j - 1), Entry.Type.PERSON, null, null), null, null);
    }

    /** The list {@code name} of {@code name-words.txt}. @throws IllegalStateException naming the file if it lacks it */
    static java.util.Set<String> nameWords(String name) {
        return DataFiles.list(NAME_WORDS, FOLDER + "name-words.txt", name);
    }

    private static final java.util.regex.Pattern FAMILY_FIRST = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{L}{1,5}) \\p{Lu}\\p{L}{0,4}-\\p{Ll}{1,4}");

    /**
     * The family name of a name written family name first, as Korean names are in English news: "Park
     * Won-soon", "Moon Jae-in" (a family name, a given name of two syllables joined by a hyphen, the second in
     * lower case). Null for every other name: "Sam Bankman-Fried" ends in his family name.
     */
    public static String familyFirst(String name) {
        java.util.regex.Matcher matcher = FAMILY_FIRST.matcher(name);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** True if the word could be the lower-case second syllable of a hyphenated given name ("soon", "in"). */
    static boolean syllable(String word) {
        return word.length() <= 4 && !word.isEmpty() && Character.isLetter(word.charAt(0))
                && word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** The word after a title that starts at word {@code i}, or -1. */
    private int titleEndingAt(Words words, int i, int to) {
        List<String[]> candidates = titles.get(words.lower(i));
        if (candidates == null) {
            return -1;
        }
        int best = -1;
        for (String[] title : candidates) {
            int end = i + title.length;
            if (end > to) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < title.length && same; k++) {
                same = words.word(i + k).equals(title[k]);
            }
            if (same && end > best) {
                best = end;
            }
        }
        return best;
    }

    /**
     * Extends a person's mention to the left over a title and the country before it ("US Defense Secretary
     * Beith Higseth"), dropping the country's own mention from {@code found}; so too for a person found from
     * the title on.
     */
    private Mention withTitle(Words words, Mention mention, int from, List<Mention> found) {
        if (mention.actor() == null || !mention.actor().isPerson()) {
            return mention;
        }
        int start = mention.first();
        // Unknown first names before a known or near-miss surname ("Beith Higseth"), never the sentence's
        // first word, which is capitalised anyway.
        Mention last = found.isEmpty() ? null : found.get(found.size() - 1);
        for (int guard = 0; guard < 2 && start - 1 > from && words.capitalised(start - 1)
                && !titles.containsKey(words.lower(start - 1)) && titleEnding(words, start, from) < 0
                && (last == null || last.end() < start); guard++) {
            start--;
        }
        int titleStart = titleEnding(words, start, from);
        // A person the gazetteer does not know is found from the title on ("US Senator Jane Roe").
        boolean titled = titleStart >= 0 || start == mention.first() && titleEndingAt(words, start, mention.end()) > start;
        if (titled) {
            start = titleStart >= 0 ? titleStart : start;
            if (!found.isEmpty() && found.get(found.size() - 1).end() > start) {
                // "the Turkish President Recep Tayyip Erdogan": the office named before ends in the person's
                // title; the office and the name are one mention of the person the name names.
                start = Math.min(start, found.remove(found.size() - 1).first());
            }
            if (!found.isEmpty()) {
                Mention before = found.get(found.size() - 1);
                if (before.end() == start && before.actor() != null
                        && before.actor().type() == Entry.Type.COUNTRY) {
                    found.remove(found.size() - 1);
                    start = before.first();
                }
            }
        }
        if (!titled && !found.isEmpty()) {
            Mention before = found.get(found.size() - 1);
            if (before.actor() != null && before.actor().type() == Entry.Type.COUNTRY && describing(words, before.end(), start)) {
                // "Russian opposition leader Alexei Navalny": the country describes the person.
                found.remove(found.size() - 1);
            }
        }
        return start == mention.first() ? mention
                : new Mention(start, mention.end(), mention.actor(), mention.place(), mention.misspelt());
    }

    /** How many lower-case words may describe a person between a country and the name. */
    private static final int DESCRIBING_WORDS = 3;
    private static final java.util.Set<String> NOT_DESCRIBING = nameWords("not-describing");

    /**
     * True if words {@code from} to {@code to} are one to three lower-case words that describe a person. The first
     * would be the verb if the country were the subject: it may not end in -ed or in the -s of a verb ("Russia
     * arrests"); later ones may ("human rights activist").
     */
    static boolean describing(Words words, int from, int to) {
        if (to <= from || to - from > DESCRIBING_WORDS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String word = words.word(k);
            if (words.kind(k) != Words.WORD || !word.chars().allMatch(Character::isLowerCase)
                    || NOT_DESCRIBING.contains(word) || word.endsWith("ed")
                    || k == from && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is") && !word.endsWith("us")) {
                return false;
            }
        }
        return true;
    }

    /** The first word of a title that ends just before word {@code next}, or -1. */
    private int titleEnding(Words words, int next, int from) {
        for (int length = 4; length >= 1; length--) {
            int start = next - length;
            if (start >= from && titleEndingAt(words, start, next) == next) {
                return start;
            }
        }
        return -1;
    }
}
