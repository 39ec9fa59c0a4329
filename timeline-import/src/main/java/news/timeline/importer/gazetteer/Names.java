package news.timeline.importer.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.timeline.importer.text.DataFiles;
import news.timeline.importer.text.Words;

/**
 * The names of one article: the gazetteer's, and the names it does not know — capitalised words read as a
 * person, an organisation or a place by their form and what surrounds them — linked within the article
 * ("Whelan" is the Paul Whelan named before, "the company" the last organisation, "the two leaders" the
 * two people just named). The gazetteer gives canonical names and aliases; it is never the limit.
 *
 * <p>The whole article is read once, in order, when the names are made, so that a later sentence can refer
 * back to an earlier one; {@link #find} then answers for any sentence.
 */
public final class Names {

    private static final String FOLDER = "/gazetteer/en/";
    private static final int MAX_WORDS = 6;
    private static final Rules RULES = Rules.load();

    /** The word lists that read a name's kind from its form and its neighbours. */
    private record Rules(Set<String> organisationWords, Set<String> placeWords, Set<String> connectors,
            Set<String> locative, Set<String> starters, Set<String> notNames, Map<String, Entry.Type> references,
            Set<String> suffixes, Set<String> common, Set<String> roles, Set<String> documents, Set<String> titles) {

        /** True if the word, or the word without a plural ending, is a common English word. */
        boolean isCommon(String lower) {
            return common.contains(lower) || lower.endsWith("s") && common.contains(lower.substring(0, lower.length() - 1))
                    || lower.endsWith("es") && common.contains(lower.substring(0, lower.length() - 2))
                    || lower.endsWith("ies") && common.contains(lower.substring(0, lower.length() - 3) + "y");
        }

        static Rules load() {
            Map<String, Entry.Type> references = new HashMap<>();
            for (String line : DataFiles.lines(FOLDER + "references.txt")) {
                String[] f = line.split("\\s*=\\s*");
                if (f.length != 2) {
                    throw new IllegalStateException(FOLDER + "references.txt: expected 'WORD = TYPE', got '" + line + "'");
                }
                references.put(f[0].toLowerCase(Locale.ROOT), Entry.Type.valueOf(f[1].strip().toUpperCase(Locale.ROOT)));
            }
            return new Rules(Gazetteer.ORGANISATION_WORDS,
                    lower(DataFiles.lines(FOLDER + "place-words.txt")),
                    Gazetteer.nameWords("connectors"), Gazetteer.nameWords("locative"),
                    Set.copyOf(DataFiles.lines("/rules/en/sentences/starters.txt")),
                    Set.copyOf(DataFiles.lines(FOLDER + "not-names.txt")), references,
                    Gazetteer.nameWords("suffixes"),
                    Set.copyOf(DataFiles.lines(FOLDER + "common-words.txt")),
                    Set.copyOf(DataFiles.lines(FOLDER + "roles.txt")),
                    Set.copyOf(DataFiles.lines(FOLDER + "document-words.txt")),
                    Set.copyOf(DataFiles.lines(FOLDER + "titles.txt")));
        }

        private static Set<String> lower(List<String> lines) {
            Set<String> out = new HashSet<>();
            lines.forEach(line -> out.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(out);
        }
    }

    private final Words words;
    /** Every name of the article in text order: the gazetteer's, the unknown ones, and references back. */
    private final List<Mention> mentions = new ArrayList<>();
    /** The unknown names among them: read from their form, so a part of speech may overrule them. */
    private final Set<Mention> strangers = new HashSet<>();
    /** Words inside time expressions: "Sept." and "May" there name no one. */
    private boolean[] inTime;

    private final Gazetteer gazetteer;
    /** The day offices named without their holder are read on: the publication date. */
    private java.time.LocalDate day;

    private Names(Words words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
    }

    /**
     * Reads the names of an article whose sentences are {@code sentences} (each {@code {first, end}} in
     * words), in order.
     */
    public static Names of(Gazetteer gazetteer, Words words, List<int[]> sentences, List<int[]> times) {
        return of(gazetteer, words, sentences, times, null);
    }

    /**
     * The names of the sentences, as {@link #of(Gazetteer, Words, List, List)}, with offices named without their
     * holder read as the person in office on {@code day} (the publication date; null: nobody).
     */
    public static Names of(Gazetteer gazetteer, Words words, List<int[]> sentences, List<int[]> times, java.time.LocalDate day) {
        Names names = new Names(words, gazetteer);
        names.day = day;
        names.inTime = new boolean[words.size()];
        int w = 0;
        for (int[] time : times) {
            while (w < words.size() && words.begin(w) < time[0]) {
                w++;
            }
            for (int k = w; k < words.size() && words.end(k) <= time[1]; k++) {
                names.inTime[k] = true;
            }
        }
        Set<String> capitalisedInside = new HashSet<>();
        for (int[] sentence : sentences) {
            for (int i = sentence[0] + 1; i < sentence[1]; i++) {
                if (words.capitalised(i) && !names.opens(i, sentence[0])) {
                    capitalisedInside.add(words.lower(i));
                }
            }
        }
        Memory memory = new Memory();
        for (int[] sentence : sentences) {
            names.read(gazetteer, sentence[0], sentence[1], capitalisedInside, memory);
        }
        names.fullNames();
        names.aliases();
        names.bodiesOfPlaces();
        return names;
    }

    /**
     * "The Supreme Court of the United Kingdom", "the Central Bank of Russia": a body named with the country or
     * region it serves is one organisation under that whole name, and so is every other mention of that body
     * in the article ("the Supreme Court" later on is the same court, not another of that name).
     */
    private void bodiesOfPlaces() {
        Map<Entry, Entry> whole = new HashMap<>();
        for (int m = 0; m + 1 < mentions.size(); m++) {
            Mention body = mentions.get(m);
            Mention place = mentions.get(m + 1);
            int of = body.end();
            boolean the = of + 1 < words.size() && words.lower(of + 1).equals("the");
            if (body.actor() == null || body.actor().type() != Entry.Type.ORGANISATION || of >= words.size()
                    || !words.lower(of).equals("of") || place.first() != of + (the ? 2 : 1) || !territory(place)) {
                continue;
            }
            Entry served = place.actor() != null ? place.actor() : place.place();
            int first = body.first();
            while (first < body.end() - 1 && words.lower(first).equals("the")) {
                first++;
            }
            String name = words.span(first, body.end()) + " of " + (the ? "the " : "") + served.name();
            Entry organisation = new Entry(name, name, Entry.Type.ORGANISATION, null, served.countryCode());
            whole.putIfAbsent(body.actor(), organisation);
            strangers.remove(mentions.remove(m + 1));
            replace(m, new Mention(body.first(), place.end(), whole.get(body.actor()), null, body.misspelt()));
        }
        for (int m = 0; m < mentions.size() && !whole.isEmpty(); m++) {
            Mention mention = mentions.get(m);
            Entry organisation = mention.actor() == null ? null : whole.get(mention.actor());
            if (organisation != null) {
                replace(m, new Mention(mention.first(), mention.end(), organisation, mention.place(), mention.misspelt()));
            }
        }
    }

    /** True if the mention names a country, or a region of one ("Montana"). */
    private static boolean territory(Mention mention) {
        Entry entry = mention.actor() != null ? mention.actor() : mention.place();
        return entry != null && (entry.type() == Entry.Type.COUNTRY
                || entry.type() == Entry.Type.PLACE && entry.placeType() == news.timeline.core.actor.PlaceType.REGION);
    }

    /** What joins a name to another name of the same actor: "Mustafa Kamel Mustafa, aka Abu Hamza". */
    private static final List<List<String>> ALSO_KNOWN_AS = List.of(List.of(",", "aka"), List.of(",", "a.k.a."),
            List.of(",", "also", "known", "as"), List.of("(", "aka"), List.of("(", "also", "known", "as"),
            List.of("aka"), List.of("a.k.a."), List.of("also", "known", "as"));

    /**
     * A name given as another's alias ("Mustafa Kamel Mustafa, aka Abu Hamza") is that actor wherever the
     * article uses it.
     */
    private void aliases() {
        Map<String, Entry> aliasOf = new HashMap<>();
        for (int m = 0; m + 1 < mentions.size(); m++) {
            Mention first = mentions.get(m);
            Mention second = mentions.get(m + 1);
            if (first.actor() == null || second.actor() == null || first.actor().equals(second.actor())
                    || first.actor().type() != second.actor().type()) {
                continue;
            }
            List<String> between = new ArrayList<>();
            for (int k = first.end(); k < second.first() && between.size() < 5; k++) {
                if (!words.word(k).equals("\"") && !words.word(k).equals("\u201c")) {
                    between.add(words.lower(k));
                }
            }
            if (ALSO_KNOWN_AS.contains(between)) {
                aliasOf.putIfAbsent(second.actor().name(), first.actor());
            }
        }
        if (aliasOf.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            Entry actor = mention.actor() == null ? null : aliasOf.get(mention.actor().name());
            if (actor != null) {
                replace(m, new Mention(mention.first(), mention.end(), actor, mention.place(), mention.misspelt()));
            }
        }
    }

    /**
     * A person first named by surname alone ("Tarrant" in a headline) and later in full ("Brenton Tarrant")
     * is one person under the full name, wherever the article names them.
     */
    private void fullNames() {
        Map<String, Entry> fullest = new HashMap<>();
        for (Mention mention : mentions) {
            Entry person = mention.actor();
            if (person != null && person.isPerson() && person.name().contains(" ")) {
                fullest.merge(person.shortName().toLowerCase(Locale.ROOT), person,
                        (a, b) -> b.name().length() > a.name().length() ? b : a);
            }
        }
        // "Princess Ubolratana Mahidol" ... "Princess Ubolratana": a given name only one full name has.
        Map<String, Entry> byGiven = new HashMap<>();
        Set<String> sharedGiven = new HashSet<>();
        for (Entry person : fullest.values()) {
            String given = person.name().substring(0, person.name().indexOf(' ')).toLowerCase(Locale.ROOT);
            if (byGiven.putIfAbsent(given, person) != null) {
                sharedGiven.add(given);
            }
        }
        sharedGiven.forEach(byGiven::remove);
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            Entry person = mention.actor();
            if (person != null && person.isPerson() && !person.name().contains(" ")) {
                String name = person.name().toLowerCase(Locale.ROOT);
                Entry full = fullest.containsKey(name) ? fullest.get(name) : byGiven.get(name);
                if (full != null) {
                    replace(m, new Mention(mention.first(), mention.end(), full, mention.place(), mention.misspelt()));
                }
            }
        }
    }

    /** Puts {@code linked} in the place of mention {@code m}, a name read from its form as it was. */
    private void replace(int m, Mention linked) {
        if (strangers.remove(mentions.set(m, linked))) {
            strangers.add(linked);
        }
    }

    /** True if the mention is a name the gazetteer does not know, read from its form alone. */
    public boolean isStranger(Mention mention) {
        return strangers.contains(mention);
    }

    /** The names in words {@code from} to {@code to} (exclusive), in text order, without overlaps. */
    public List<Mention> find(int from, int to) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.first() >= from && mention.end() <= to) {
                found.add(mention);
            }
        }
        return found;
    }

    /** What the article has named so far: people by surname, organisations by their words, people in order. */
    private static final class Memory {
        final Map<String, Entry> bySurname = new HashMap<>();
        final Map<String, Entry> byWord = new HashMap<>();
        /** People by their first name, when only one person of the article has it. */
        final Map<String, Entry> byFirstName = new HashMap<>();
        final java.util.Set<String> sharedFirstNames = new HashSet<>();
        final List<Entry> people = new ArrayList<>();
        final Map<Entry, Integer> mentionsOf = new HashMap<>();
        /** People by the title they were last named with: "president" is President Biden after him. */
        final Map<String, Entry> byRole = new HashMap<>();
        Entry organisation;
        /** Organisations by the common word of their name, the latest first: "the court" is the court named last. */
        final Map<String, Entry> byHead = new HashMap<>();

        /** True if the entry was named before by more than its form: a surname of someone named in full. */
        boolean knows(Entry entry) {
            return entry != null && entry.isPerson() && entry.name().contains(" ")
                    && mentionsOf.getOrDefault(entry, 0) > 1;
        }

        /**
         * Keeps what names the entry again; {@code opensKnown} says which words open a name the gazetteer knows of
         * another, which name that ("the House Oversight and Reform Committee" ... "the full House" is the House).
         */
        void remember(Entry entry, java.util.function.Predicate<String> opensKnown) {
            switch (entry.type()) {
                case PERSON -> {
                    bySurname.putIfAbsent(entry.shortName().toLowerCase(Locale.ROOT), entry);
                    String[] parts = entry.name().split("\\s+");
                    if (parts.length > 1) {
                        String given = parts[0].toLowerCase(Locale.ROOT);
                        Entry before = byFirstName.putIfAbsent(given, entry);
                        if (before != null && !before.equals(entry)) {
                            sharedFirstNames.add(given);
                        }
                    }
                    people.remove(entry);
                    people.add(entry);
                    mentionsOf.merge(entry, 1, Integer::sum);
                }
                case ORGANISATION -> {
                    organisation = entry;
                    String[] parts = entry.name().split("[\\s()]+");
                    for (String part : parts) {
                        String word = part.toLowerCase(Locale.ROOT);
                        if (RULES.organisationWords().contains(word)) {
                            byHead.put(word, entry);
                        }
                    }
                    if (!opensKnown.test(parts[0].toLowerCase(Locale.ROOT))) {
                        byWord.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), entry);
                    }
                    // "Robert Bosch GmbH" ... "Bosch": a company is named again by its distinctive word.
                    for (int k = 1; k < parts.length; k++) {
                        String word = parts[k].toLowerCase(Locale.ROOT);
                        if (word.length() > 2 && Character.isUpperCase(parts[k].charAt(0))
                                && !RULES.organisationWords().contains(word) && !RULES.isCommon(word) && !opensKnown.test(word)) {
                            byWord.putIfAbsent(word, entry);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void read(Gazetteer gazetteer, int from, int to, Set<String> capitalisedInside, Memory memory) {
        List<Mention> known = gazetteer.find(words, from, to, day);
        boolean titleCase = words.titleCase(from, to);
        int k = 0;
        int i = from;
        while (i < to) {
            while (k < known.size() && known.get(k).first() < i) {
                // Overlapping names: the one read already wins, and the words after it are read as usual.
                k++;
            }
            if (k < known.size() && known.get(k).first() == i) {
                Mention mention = remembered(known.get(k++), memory);
                add(mention, memory);
                i = mention.end();
                continue;
            }
            int limit = k < known.size() ? known.get(k).first() : to;
            Mention reference = reference(i, limit, memory);
            if (reference != null) {
                mentions.add(reference);
                i = reference.end();
                continue;
            }
            Mention stranger = stranger(i, from, limit, capitalisedInside, memory);
            if (stranger != null && titleCase && !elsewhere(stranger, from, to)) {
                // A headline in title case capitalises every word: only names the article also writes
                // elsewhere are names there.
                stranger = null;
            }
            if (stranger != null && stranger.end() == limit && k < known.size() && stranger.end() - stranger.first() == 1
                    && stranger.actor() != null && given(known.get(k))) {
                // "Gilberto Jordan": a first name before a one-word country is a person's name.
                Mention surname = known.get(k++);
                String name = words.span(stranger.first(), surname.end());
                stranger = new Mention(stranger.first(), surname.end(),
                        new Entry(name, words.word(surname.first()), Entry.Type.PERSON, null, null), null, null);
            }
            if (stranger != null) {
                dropDescribingCountry(stranger);
                add(stranger, memory);
                if (!memory.knows(stranger.actor())) {
                    strangers.add(stranger);
                }
                i = stranger.end();
                continue;
            }
            i++;
        }
    }

    /**
     * "The Mayor of Gdańsk, Paweł Adamowicz,", "the President of Russia, Vladimir Putin,": an office named just
     * before a person, with a comma between, is that person's, and names no one else, nor its country.
     */
    private void dropOfficeBefore(Mention person) {
        if (person.actor() == null || !person.actor().isPerson() || mentions.isEmpty() || person.first() < 2
                || !words.word(person.first() - 1).equals(",")) {
            return;
        }
        Mention before = mentions.get(mentions.size() - 1);
        if (before.end() != person.first() - 1 || before.actor() == null) {
            return;
        }
        // The office as one stranger ("Mayor of Gdańsk"), or a title and "of" before a country ("President of Russia").
        boolean office = before.actor().isPerson() && before.end() - before.first() >= 3
                && RULES.titles().contains(words.word(before.first())) && words.lower(before.first() + 1).equals("of");
        boolean ofCountry = before.actor().type() == Entry.Type.COUNTRY && before.first() >= 2
                && words.lower(before.first() - 1).equals("of") && RULES.titles().contains(words.word(before.first() - 2));
        if (office || ofCountry) {
            mentions.remove(mentions.size() - 1);
        }
    }

    /** "Former US presidential candidate Elizabeth Warren": a country that describes a person is no actor. */
    private void dropDescribingCountry(Mention person) {
        if (person.actor() == null || !person.actor().isPerson() || mentions.isEmpty()) {
            return;
        }
        Mention before = mentions.get(mentions.size() - 1);
        if (before.actor() != null && before.actor().type() == Entry.Type.COUNTRY
                && Gazetteer.describing(words, before.end(), person.first())) {
            mentions.remove(mentions.size() - 1);
        }
    }

    /** A one-word name of a country or place that could also be a surname after a first name. */
    private boolean given(Mention mention) {
        return mention.end() - mention.first() == 1 && mention.misspelt() == null
                && (mention.actor() == null || mention.actor().type() != Entry.Type.PERSON)
                && (mention.place() != null || mention.actor().type() == Entry.Type.COUNTRY);
    }

    /** A gazetteer word that is the surname of someone the article named before ("Jordan") is that person. */
    private Mention remembered(Mention mention, Memory memory) {
        if (mention.end() - mention.first() != 1 || mention.actor() != null && mention.actor().isPerson()) {
            return mention;
        }
        Entry person = memory.bySurname.get(words.lower(mention.first()));
        return person == null || !person.name().contains(" ") ? mention
                : new Mention(mention.first(), mention.end(), person, null, null);
    }

    /** True if the mention's words also stand in the article outside words {@code from} to {@code to}. */
    private boolean elsewhere(Mention mention, int from, int to) {
        String text = words.text();
        String name = words.span(mention.first(), mention.end());
        int before = text.lastIndexOf(name, words.begin(from) - 1);
        return before >= 0 || text.indexOf(name, words.end(to - 1)) >= 0;
    }

    private void add(Mention mention, Memory memory) {
        dropOfficeBefore(mention);
        mentions.add(mention);
        if (mention.actor() != null) {
            memory.remember(mention.actor(), word -> gazetteer.opensAnotherName(word, mention.actor()));
            if (mention.actor().isPerson()) {
                // The title is written before the name: the mention's capitalised words but its last.
                for (int k = mention.first(); k < mention.end() - 1; k++) {
                    if (words.capitalised(k) && RULES.roles().contains(words.lower(k))) {
                        memory.byRole.put(words.lower(k), mention.actor());
                    }
                }
            }
        }
    }

    /** "the company", "the two leaders", "he": a reference back to what the article named before. */
    private Mention reference(int i, int limit, Memory memory) {
        String word = words.lower(i);
        if ((word.equals("he") || word.equals("she") || word.equals("his") || word.equals("her")) && !memory.people.isEmpty()) {
            // The person the article speaks of most so far, the latest of them on a tie: news keeps to its
            // protagonist, so "his arrest" is rarely the judge's just named.
            Entry most = null;
            for (Entry person : memory.people) {
                if (most == null || memory.mentionsOf.get(person) >= memory.mentionsOf.get(most)) {
                    most = person;
                }
            }
            return new Mention(i, i + 1, most, null, null);
        }
        if (word.equals("both") && memory.people.size() >= 2 && bothAlone(i, limit)) {
            // "Both were sentenced", "Both on Thursday received prison terms": the last two people named.
            mentions.add(new Mention(i, i + 1, memory.people.get(memory.people.size() - 2), null, null));
            return new Mention(i, i + 1, memory.people.get(memory.people.size() - 1), null, null);
        }
        if (!word.equals("the") && !word.equals("both") || i + 1 >= limit) {
            return null;
        }
        Mention role = role(i, limit, memory);
        if (role != null) {
            return role;
        }
        int j = i + 1;
        boolean two = words.lower(j).equals("two") || word.equals("both");
        if (words.lower(j).equals("two")) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        Entry.Type type = RULES.references().get(words.lower(j));
        // "the company's", "the company Boeing": a name that follows says itself who it is.
        if (j + 1 < limit && (words.capitalised(j + 1) || words.lower(j + 1).equals("of"))) {
            return null;
        }
        // "the department", "the court": the organisation named last with that word in its name.
        Entry named = two || words.capitalised(j) ? null : memory.byHead.get(words.lower(j));
        if (named != null) {
            return new Mention(i, j + 1, named, null, null);
        }
        if (type == null) {
            return null;
        }
        // "The two leaders", "both presidents", "the presidents": the last two people named.
        if (type == Entry.Type.PERSON && memory.people.size() >= 2) {
            // Both people: one mention per person, so the words are split between them.
            Entry last = memory.people.get(memory.people.size() - 1);
            Entry before = memory.people.get(memory.people.size() - 2);
            mentions.add(new Mention(i, j, before, null, null));
            return new Mention(j, j + 1, last, null, null);
        }
        if (type == Entry.Type.ORGANISATION && !two && memory.organisation != null) {
            return new Mention(i, j + 1, memory.organisation, null, null);
        }
        return null;
    }

    /** Words after which "both" stands alone for two people: a verb's auxiliary, an adverb, a preposition of time. */
    private static final Set<String> AFTER_BOTH = Set.of("were", "are", "have", "had", "will", "would", "could", "can",
            "may", "must", "also", "later", "then", "now", "still", "on", "in", "at", "face", "deny", "denied");

    /** True if "both" at {@code i} is the subject on its own ("Both were"), not before a noun ("both sides"). */
    private boolean bothAlone(int i, int limit) {
        if (i + 1 >= limit) {
            return false;
        }
        String next = words.lower(i + 1);
        return AFTER_BOTH.contains(next) || next.endsWith("ed") && !words.capitalised(i + 1);
    }

    /** How many words may stand between "the" and a title that names someone again ("the former president"). */
    private static final int ROLE_REACH = 2;

    /**
     * "The princess", "the former president": the person last named with that title, or null. A name or an
     * "of" after the title says itself who is meant ("the President of Russia", "the judge Amy Berman").
     */
    private Mention role(int the, int limit, Memory memory) {
        for (int j = the + 1; j < limit && j <= the + 1 + ROLE_REACH; j++) {
            Entry person = memory.byRole.get(words.lower(j));
            if (person != null) {
                boolean named = j + 1 < limit && (words.capitalised(j + 1) || words.lower(j + 1).equals("of"));
                return named ? null : new Mention(the, j + 1, person, null, null);
            }
            if (words.kind(j) != Words.WORD || words.capitalised(j)) {
                return null;
            }
        }
        return null;
    }

    /** Capitalised words the gazetteer does not know, read as a person, an organisation or a place. */
    private Mention stranger(int i, int sentenceFirst, int limit, Set<String> capitalisedInside, Memory memory) {
        if (!nameWord(i) && !initial(i, limit)) {
            return null;
        }
        int j = i + 1;
        if (initial(i, limit)) {
            j = i + 2;
        }
        int hyphenEnd = -1;
        while (j < limit && j - i < MAX_WORDS && !words.afterLineBreak(j)) {
            if (initial(j, limit)) {
                j += 2;
            } else if (nameWord(j)) {
                j++;
            } else if (words.word(j).equals("-") && j + 1 < limit && (nameWord(j + 1) || syllable(j + 1, i, j))
                    && words.begin(j) == words.end(j - 1) && words.end(j) == words.begin(j + 1)) {
                hyphenEnd = nameWord(j + 1) ? hyphenEnd : j + 2;
                j += 2;
            } else if (RULES.connectors().contains(words.lower(j)) && j + 1 < limit && nameWord(j + 1)) {
                j += 2;
            } else if (RULES.connectors().contains(words.lower(j)) && j + 2 < limit && inTime[j + 1]
                    && words.capitalised(j + 1) && nameWord(j + 2)) {
                // A date word inside a name is the name's: "the Great Orchestra of Christmas Charity".
                j += 3;
            } else if (words.lower(j).equals("of") && j + 2 < limit && words.lower(j + 1).equals("the")
                    && nameWord(j + 2)) {
                j += 3;
            } else {
                break;
            }
        }
        // Common words that only start the sentence ("Police arrested...") are no names unless the article
        // capitalises them inside sentences too; "Boeing reported" is a name wherever it stands.
        int start = i;
        // A word common only as a plural ("Denys" as "deny"s) before another name word is a first name.
        // "Park Won-soon was found dead": a family name before a hyphenated given name is a name wherever it stands.
        boolean familyFirst = hyphenEnd == i + 4 && Gazetteer.familyFirst(words.span(i, hyphenEnd)) != null;
        // Nor is the surname of someone the article named before: "Park was elected mayor in 2011".
        while (!familyFirst && start < j && opens(start, sentenceFirst) && !capitalisedInside.contains(words.lower(start))
                && !(start + 1 == j && memory.bySurname.containsKey(words.lower(start)))
                && RULES.isCommon(words.lower(start)) && (RULES.common().contains(words.lower(start)) || start + 1 >= j || !nameWord(start + 1))) {
            start++;
            while (start < j && !nameWord(start)) {
                start++;
            }
        }
        while (start < j && RULES.starters().contains(words.word(start))) {
            start++;
        }
        if (start >= j) {
            return null;
        }
        int end = j;
        while (end > start && end != hyphenEnd && !nameWord(end - 1)) {
            end--;
        }
        // One word that is a title or a sentence adverb ("President", "Meanwhile") names no one; one that
        // names a body ("Senate", "Parliament") does.
        if (end - start == 1 && (RULES.notNames().contains(words.word(start))
                && !RULES.organisationWords().contains(words.lower(start)) || words.word(start).length() < 2)) {
            return null;
        }
        String name = words.span(start, end);
        // A title alone ("the Prime Minister of Tunisia") names an office, not its holder.
        if (RULES.titles().contains(name)) {
            return null;
        }
        Entry entry = classify(start, end, name, memory);
        if (entry == null) {
            return null;
        }
        return entry.type() == Entry.Type.PLACE ? new Mention(start, end, null, entry, null)
                : new Mention(start, end, entry, null, null);
    }

    /**
     * True if word {@code i} opens a sentence: the first word, the first of a line, or the first after a
     * dateline's dash ("LONDON, Jan 20 (Reuters) - Oil prices fell").
     */
    private boolean opens(int i, int sentenceFirst) {
        if (i == sentenceFirst || words.afterLineBreak(i)) {
            return true;
        }
        String previous = i > 0 ? words.word(i - 1) : "";
        return (previous.equals("-") || previous.equals("\u2014") || previous.equals("\u2013"))
                && words.begin(i) > words.end(i - 1) && i > 1 && words.begin(i - 1) > words.end(i - 2);
    }

    /**
     * The lower-case second syllable of a hyphenated given name after a family name: "Park Won-soon", "Moon
     * Jae-in", "Kim Jong-un". Not after a name's first word ("Pro-war" is no name).
     */
    private boolean syllable(int k, int nameStart, int hyphen) {
        return hyphen - 1 > nameStart && words.kind(k) == Words.WORD && Gazetteer.syllable(words.word(k))
                && words.word(hyphen - 1).length() <= 5;
    }

    /** A word that can be part of a name: capitalised, or an acronym, and not a date word. */
    private boolean nameWord(int i) {
        if (words.kind(i) != Words.WORD || !words.capitalised(i) || inTime[i]) {
            return false;
        }
        String word = words.word(i);
        // Long words in capitals are datelines ("WASHINGTON"), not names; acronyms are short.
        boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        // ...and so is a word in capitals that opens a line before a comma: "MINSK, Feb 12, 2015 —".
        boolean shouted = capitals && (word.length() > 5 || (i == 0 || words.afterLineBreak(i))
                && i + 1 < words.size() && words.word(i + 1).equals(","));
        return !word.equals("I") && !shouted && !(RULES.notNames().contains(word) && isDateWord(word));
    }

    /** An initial: one capital letter right before its full stop ("J." in "William J. Zloch"). */
    private boolean initial(int i, int limit) {
        return i + 2 < limit && words.kind(i) == Words.WORD && words.word(i).length() == 1 && words.capitalised(i)
                && words.word(i + 1).equals(".") && words.begin(i + 1) == words.end(i) && nameWord(i + 2);
    }

    private static boolean isDateWord(String word) {
        return word.endsWith("day") || word.endsWith("ber") || word.equals("January") || word.equals("February")
                || word.equals("March") || word.equals("April") || word.equals("May") || word.equals("June")
                || word.equals("July") || word.equals("August");
    }

    /**
     * The actor or place a possessive written without its apostrophe names ("Hawaiis primary election",
     * "Jordans citizenship", as text copied without curly quotes has them): a name of the article or the
     * gazetteer followed by an s. Null if the word without its s is no such name.
     */
    private Entry possessor(String name, Memory memory) {
        if (name.length() < 4 || !name.endsWith("s") || name.endsWith("ss")) {
            return null;
        }
        String stem = name.substring(0, name.length() - 1);
        String lower = stem.toLowerCase(Locale.ROOT);
        Entry known = memory.bySurname.get(lower);
        if (known == null) {
            known = memory.byWord.get(lower);
        }
        if (known != null || gazetteer == null) {
            return known;
        }
        Words alone = Words.of(stem);
        for (Mention mention : gazetteer.find(alone, 0, alone.size())) {
            if (mention.first() == 0 && mention.end() == alone.size() && mention.misspelt() == null) {
                return mention.actor() != null ? mention.actor() : mention.place();
            }
        }
        return null;
    }

    private static boolean document(String lower) {
        return RULES.documents().contains(lower)
                || lower.endsWith("s") && RULES.documents().contains(lower.substring(0, lower.length() - 1));
    }

    /** How far back a document's name may start before the rest of its title. */
    private static final int TITLE_REACH = 12;

    /**
     * True if the name at {@code start} goes on a document's name: "Convention on the Civil Aspects of
     * International Child Abduction", back over name words and the small words of titles.
     */
    private boolean documentTitle(int start) {
        for (int k = start - 1; k >= 0 && start - k <= TITLE_REACH; k--) {
            String lower = words.lower(k);
            if (nameWord(k) && document(lower) && k + 1 < start && TITLE_JOINS.contains(words.lower(k + 1))) {
                return true;
            }
            if (!nameWord(k) && !TITLE_JOINS.contains(lower) && !lower.equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** Words that join a document's name to the rest of its title. */
    private static final Set<String> TITLE_JOINS = Gazetteer.nameWords("title-joins");

    private Entry classify(int start, int end, String name, Memory memory) {
        String first = words.lower(start);
        String last = words.lower(end - 1);
        boolean acronym = end - start == 1 && name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT));
        boolean organisationWord = false;
        for (int k = start; k < end; k++) {
            organisationWord |= RULES.organisationWords().contains(words.lower(k));
        }
        String previous = start > 0 ? words.lower(start - 1) : "";
        // "The North Atlantic Treaty", "the Minsk Agreements": a document, no actor; nor is the rest of its
        // title ("the Hague Convention on the Civil Aspects of International Child Abduction").
        if (document(last) || documentTitle(start)) {
            return null;
        }
        // "Park" after "Park Won-soon" is the mayor, not a park.
        if (end - start == 1 && memory.bySurname.containsKey(first) && memory.bySurname.get(first).name().contains(" ")) {
            return memory.bySurname.get(first);
        }
        if (organisationWord || acronym) {
            return new Entry(name, name, Entry.Type.ORGANISATION, null, null);
        }
        if (RULES.placeWords().contains(last)) {
            return new Entry(name, name, Entry.Type.PLACE, null, null);
        }
        if (end - start == 1) {
            Entry person = memory.bySurname.get(first);
            if (person == null && !memory.sharedFirstNames.contains(first)) {
                person = memory.byFirstName.get(first);
            }
            if (person != null) {
                return person;
            }
            Entry organisation = memory.byWord.get(first);
            if (organisation != null) {
                return organisation;
            }
            Entry owner = possessor(name, memory);
            if (owner != null) {
                return owner;
            }
            if (RULES.locative().contains(previous)) {
                return new Entry(name, name, Entry.Type.PLACE, null, null);
            }
            return new Entry(name, name, Entry.Type.ORGANISATION, null, null);
        }
        if (RULES.locative().contains(previous) && !previous.equals("to")) {
            return new Entry(name, name, Entry.Type.PLACE, null, null);
        }
        if (previous.equals("the") && !gazetteer.title(first)) {
            // "in the Eastern Mediterranean", "the Balkans": a name after "the" is no person's; after a preposition of
            // place it is a place. "The Mayor of Gdańsk" is an office, read as such below.
            String before = start > 1 ? words.lower(start - 2) : "";
            return new Entry(name, name, RULES.locative().contains(before) && !before.equals("to") ? Entry.Type.PLACE
                    : Entry.Type.ORGANISATION, null, null);
        }
        if (end - start > 4) {
            return new Entry(name, name, Entry.Type.ORGANISATION, null, null);
        }
        int surname = end - 1;
        while (surname > start && RULES.suffixes().contains(words.lower(surname))) {
            surname--;
        }
        // "Sam Bankman-Fried": the surname is the hyphenated whole.
        int surnameStart = surname;
        while (surnameStart - 2 >= start && words.word(surnameStart - 1).equals("-")) {
            surnameStart -= 2;
        }
        String family = Gazetteer.familyFirst(name);
        String shortName = family != null ? family : words.span(surnameStart, surname + 1);
        Entry known = memory.bySurname.get(shortName.toLowerCase(Locale.ROOT));
        if (known != null && known.name().endsWith(name)) {
            return known;
        }
        return new Entry(name, shortName, Entry.Type.PERSON, null, null);
    }
}
