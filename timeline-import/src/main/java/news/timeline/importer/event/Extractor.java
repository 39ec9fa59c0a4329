package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.gazetteer.Entry;
import news.timeline.importer.gazetteer.Gazetteer;
import news.timeline.importer.gazetteer.Mention;
import news.timeline.importer.gazetteer.Names;
import news.timeline.importer.text.PartsOfSpeech;
import news.timeline.importer.text.Sentence;
import news.timeline.importer.text.SentenceSplitter;
import news.timeline.importer.text.Words;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;
import news.timeline.importer.time.TimexType;

/**
 * Finds the events of one article, sentence by sentence: trigger words, then for each its clause (the
 * words between clause openers and punctuation), its status from cue words nearby, its date from the
 * tagger's time expressions (the clause's, then the sentence's that no other event's clause holds, then
 * the publication date for reports of the day's news), its actors and places from the gazetteer.
 */
final class Extractor {

    /** Sentences longer than this are lists or garbage, not prose: they are skipped. */
    private static final int MAX_SENTENCE_WORDS = 400;
    /** How close to a talks trigger the place of a "needs place" rule must be. */
    private static final int PLACE_WINDOW = 6;
    private static final int MAX_ACTORS = 8;
    private static final int DATE_BEFORE_WEIGHT = 4;
    private static final int MAX_OBJECT = 70;
    private static final int MAX_SUMMARY = 300;
    private static final java.util.regex.Pattern YEAR_DIGITS = java.util.regex.Pattern.compile("\\d{4}|'\\d{2}");
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    /** Days named after a weekday that are no weekday of the week before or after: "Super Tuesday", "Easter Sunday". */
    private static final java.util.regex.Pattern NAMED_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(super|easter|good|black|ash|palm|holy|maundy|shrove|whit|cyber|bloody)\\s+(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    /**
     * Words that tie a time expression to the day it is told on ("a week ago", "last Monday", "next month",
     * "yesterday"): its reading is the text's, whatever the tense of the event it stands by.
     */
    private static final java.util.regex.Pattern ANCHORED = java.util.regex.Pattern.compile(
            "(?i)\\b(ago|last|next|past|previous|coming|yesterday|today|tonight|tomorrow|this|earlier|later)\\b");
    /** A telephone number or a web address: a sentence that holds one tells readers whom to contact. */
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "\\b\\d{3}[-.\\s]\\d{3}[-.\\s]\\d{4}\\b|\\bhttps?://|\\bwww\\.");
    private static final java.util.regex.Pattern SHORT_DURATION = java.util.regex.Pattern.compile("PT\\d+[MH]");
    /** Verbs of saying: a date right after one dates the saying ("said on Friday"), not the event. */
    private static final Set<String> REPORTING = EventWords.get("reporting");
    /** Clause openers whose dates tell of another time than the main clause's events. */
    private static final Set<String> TEMPORAL = EventWords.get("temporal");
    private static final Set<String> SAME_DAY = EventWords.get("same-day");
    private static final Set<String> DEFINITE = EventWords.get("definite");
    private static final Set<String> DETERMINERS = EventWords.get("determiners");
    /** Clause openers that place their clause's event before the time of the sentence. */
    private static final Set<String> EARLIER = EventWords.get("earlier");
    /** Forms of "be" before an -ing form that tell what was or is going on ("would be leaving" is a plan). */
    private static final Set<String> BE = EventWords.get("be");
    private static final Set<String> PERFECT = EventWords.get("perfect");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019");
    /** Words that open a relative clause: its dates tell of something else ("who takes office on Monday"). */
    private static final Set<String> RELATIVE = EventWords.get("relative");
    /** Compass words a name may follow after an attack verb ("attacked southern Israel"). */
    private static final Set<String> COMPASS = EventWords.get("compass");
    private static final Set<String> LOCATIVE = EventWords.get("locative");
    /** Names after these are what was done to, not who did it ("the invasion of Ukraine"). */
    private static final Set<String> PREPOSITIONS = EventWords.get("prepositions");
    private static final Set<String> BOUNDARY = EventWords.get("boundary");
    /** How far after a verb of saying its speaker may be named ("said Assistant Attorney General Kris"). */
    private static final int SPEAKER_REACH = 4;
    /** How many sentences after naming a day the story may go on with it undated. */
    static final int NARRATIVE_REACH = 6;
    /** A story of these last days before publication: quotes in it were given on the day told. */
    private static final int RECENT_DAYS = 7;
    /** The longest phrase that opens a sentence before its main clause and dates it ("Late on Sunday,"). */
    private static final int OPENING_WORDS = 8;
    /** How far before "and" the first of two joined verbs, and its auxiliary, may stand. */
    private static final int COORDINATED_REACH = 6;
    /** Prepositions that make an event noun the setting of a verb's event, not its object. */
    private static final Set<String> SETTING = EventWords.get("setting");
    /** Bodies of people whose deeds are news without a name ("rescuers", "police"). */
    private static final Set<String> COLLECTIVE = EventWords.get("collective-doers");
    /** What may stand between such a doer and its verb ("police have arrested"). */
    private static final Set<String> BETWEEN_DOER = EventWords.get("between-doer-and-verb");
    /** Kinds whose events need no named actor: nature and markets act alone. */
    private static final Set<MilestoneKind> ACTORS_OPTIONAL = EventWords.get("actors-optional").stream()
            .map(MilestoneKind::fromSlug).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> LEADING = EventWords.get("leading");
    private static final Set<String> NAMING = EventWords.get("naming");
    private static final Set<MilestoneKind> CONTENT_KINDS = EventWords.get("content-kinds").stream()
            .map(MilestoneKind::fromSlug).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<MilestoneKind> DOCUMENT_KINDS = EventWords.get("document-kinds").stream()
            .map(MilestoneKind::fromSlug).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How many sentences open an article (its headline among them): events told there are the day's news. */
    static final int LEAD = 3;
    /** How sure an event of kind other is: a dated verb with a named actor, nothing more. */
    private static final double OTHER_CONFIDENCE = 0.35;
    /** How far after a light verb its event noun may stand ("held a long-awaited round of talks"). */
    private static final int LIGHT_REACH = 8;

    private final Rules rules;
    private final Gazetteer gazetteer;
    private final SentenceSplitter splitter;
    private final Times tagger;
    private final PartsOfSpeech partsOfSpeech;
    /** The trigger each lexicon block makes, by block, kind and undated handling; made on first use. */
    private final Map<String, Trigger> lexiconTriggers = new ConcurrentHashMap<>();

    /** The time expressions of a text published on a day: the time tagger, or a stand-in in tests. */
    @FunctionalInterface
    interface Times {
        List<TimeExpression> tag(String text, java.time.LocalDate publishedOn);
    }

    Extractor(Rules rules, Gazetteer gazetteer, SentenceSplitter splitter, Times tagger,
            PartsOfSpeech partsOfSpeech) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.splitter = splitter;
        this.tagger = tagger;
        this.partsOfSpeech = partsOfSpeech;
    }

    /**
     * A trigger found in a sentence: words {@code first} to {@code end}, its clause {@code from} to {@code to};
     * {@code block} is the lexicon block that found it, or null for a rule of triggers.txt.
     */
    private record Hit(Trigger trigger, int first, int end, int from, int to, int sentenceFirst, Lexicon.Block block,
            boolean noun, boolean pending) {
    }

    /**
     * The events of an article. What the rules cannot read is added to {@code problems} and costs only its
     * part: the tagger's failure the dates, a sentence's failure that sentence.
     */
    List<Event> extract(Article article, List<String> problems) {
        String text = article.text();
        Words words = Words.of(text);
        List<Sentence> sentences = splitter.split(words);
        List<TimeExpression> times;
        try {
            times = tagger.tag(text, article.publishedOn());
        } catch (RuntimeException e) {
            // A text the tagger cannot read still has its events; they get only publication dates.
            problems.add(problem(article, "the time tagger failed, so events are dated by the publication date", e));
            times = List.of();
        }
        List<Event> events = new ArrayList<>();
        Names names = Names.of(gazetteer, words, sentences.stream()
                .filter(sentence -> sentence.end() - sentence.first() <= MAX_SENTENCE_WORDS)
                .map(sentence -> new int[] {sentence.first(), sentence.end()}).toList(),
                times.stream().map(time -> new int[] {time.begin(), time.end()}).toList(), article.publishedOn());
        List<Mention> named = names.find(0, words.size());
        times = outsideNames(times, words, named);
        int t = 0;
        int ordinal = 0;
        Narrative narrative = new Narrative();
        for (Sentence sentence : sentences) {
            boolean lead = ordinal++ < LEAD;
            while (t < times.size() && times.get(t).begin() < sentence.begin()) {
                t++;
            }
            int u = t;
            while (u < times.size() && times.get(u).begin() < sentence.stop()) {
                u++;
            }
            if (sentence.end() - sentence.first() > MAX_SENTENCE_WORDS || question(words, sentence)) {
                narrative.next(times.subList(t, u), article.publishedOn(), List.of(), List.of());
                t = u;
                continue;
            }
            int before = events.size();
            try {
                sentence(article, words, names, sentence, lead, narrative, times.subList(t, u), events);
            } catch (RuntimeException e) {
                // One sentence the rules cannot handle must not cost the article's other milestones.
                events.subList(before, events.size()).clear();
                problems.add(problem(article, "sentence " + ordinal + " (\"" + opening(text, sentence)
                        + "\") was skipped", e));
            }
            narrative.next(times.subList(t, u), article.publishedOn(), events.subList(before, events.size()),
                    names.find(sentence.first(), sentence.end()));
            t = u;
        }
        Entry country = storyCountry(named);
        Event previous = null;
        for (Event event : events) {
            // "Thousands protested in Tbilisi" is Georgia's protest when the article names Georgia; "The election
            // is scheduled for March 24" in a story about Thailand is Thailand's election.
            Entry actor = event.actors.isEmpty() ? placeCountry(event, named) : null;
            actor = actor == null ? country : actor;
            if (event.actors.isEmpty() && actor != null) {
                event.actors.put(actor.name(), actor);
            }
            if (event.actors.isEmpty() && event.toldBefore && previous != null) {
                // "Ukraine and Russia agreed a truce. The truce takes effect on Sunday": theirs, when the story
                // has no country of its own.
                event.actors.putAll(previous.actors);
            }
            previous = event.actors.isEmpty() ? previous : event;
        }
        if (!sentences.isEmpty() && headline(text, sentences)) {
            foldHeadline(events, sentences.get(0), article.publishedOn(), leadDay(words, sentences, times, events, article.publishedOn()));
        }
        return events;
    }

    /** True if the text's first sentence is its headline: a first line of its own, set apart by a blank line. */
    private static boolean headline(String text, List<Sentence> sentences) {
        int end = Headlines.titleEnd(text);
        return end >= 0 && sentences.get(0).stop() <= end;
    }

    /**
     * Folds each event the headline tells without a date of its own into the body's event of the same kind
     * told within the days before publication: "Brother of Pakistani star sentenced to life" is the body's
     * "A court in Multan on Friday sentenced Muhammad Waseem", whose day and names the body gives, even where
     * the headline names the country and the body the man.
     */
    private static void foldHeadline(List<Event> events, Sentence headline, LocalDate published, HistoricalDate leadDay) {
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.datedBy >= 0 || event.date == null || event.sources.get(0).quoteStart() >= headline.stop()) {
                continue;
            }
            boolean folded = false;
            for (Event body : events) {
                if (body.kind == event.kind && recentInBody(body, event, headline, published)) {
                    Merger.absorb(body, event);
                    events.remove(i--);
                    folded = true;
                    break;
                }
            }
            if (!folded && !datedByTheLead(event, events, headline, published) && leadDay != null) {
                // "Hong Kong protesters surround downtown police complex" above "On Friday, thousands of Hong Kong
                // protesters ... gathered around Hong Kong's principal police complex": the lead tells the headline's
                // news, on the day it names, though no rule reads an event in it.
                event.date = leadDay;
            }
        }
    }

    /**
     * Dates a headline's event that the body does not tell by the first event of the body that names one of its
     * actors with a date of the last days: "Kobe Bryant dies in helicopter crash" happened when "On Sunday
     * morning, a helicopter with Kobe Bryant on board crashed", not on the day of publication.
     */
    private static boolean datedByTheLead(Event event, List<Event> events, Sentence headline, LocalDate published) {
        for (Event body : events) {
            if (body.datedBy >= 0 && recentInBody(body, event, headline, published)
                    && body.actors.keySet().stream().anyMatch(event.actors::containsKey)) {
                event.date = body.date;
                return true;
            }
        }
        return false;
    }

    /**
     * The day the lead names, the first sentence after the headline and its dateline, when no rule reads an event
     * in it: its first date of a day within the days before publication, or null ("On Friday, thousands of
     * protesters gathered").
     */
    private static HistoricalDate leadDay(Words words, List<Sentence> sentences, List<TimeExpression> times, List<Event> events,
            LocalDate published) {
        for (int i = 1; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            int begin = words.begin(sentence.first());
            int stop = sentence.stop();
            List<TimeExpression> inside = times.stream().filter(time -> time.begin() >= begin && time.end() <= stop).toList();
            int covered = inside.stream().mapToInt(time -> time.end() - time.begin()).sum();
            if (covered * 2 >= stop - begin) {
                // A dateline ("Sunday, June 23, 2019") is no lead.
                continue;
            }
            if (events.stream().anyMatch(event -> event.sources.stream().anyMatch(source -> source.quoteStart() >= begin
                    && source.quoteStart() < stop))) {
                return null;
            }
            for (TimeExpression time : inside) {
                HistoricalDate date = time.date();
                if (date != null && time.type() == TimexType.DATE && date.precision() == Precision.DAY && !date.isRange()
                        && recent(date, published) && !date.startDay().isAfter(published)) {
                    return date;
                }
            }
            return null;
        }
        return null;
    }

    /** True if {@code body} is another event than the headline's, told after the headline, on a day of the last days. */
    private static boolean recentInBody(Event body, Event event, Sentence headline, LocalDate published) {
        return body != event && body.date != null && body.sources.get(0).quoteStart() >= headline.stop()
                && recent(body.date, published);
    }

    /**
     * True if the date falls within the days before publication that a headline reports as the day's news, or on
     * the day after, which only a clock ahead of the publication's tells.
     */
    private static boolean recent(HistoricalDate date, LocalDate published) {
        return !date.startDay().isAfter(published.plusDays(1)) && !date.lastDay().isBefore(published.minusDays(HEADLINE_DAYS));
    }

    /** How many days before publication a headline's news may have happened. */
    private static final int HEADLINE_DAYS = 6;

    /** The country of the event's first place, if the article names that country; or null. */
    private static Entry placeCountry(Event event, List<Mention> named) {
        for (Entry place : event.places.values()) {
            String code = place.countryCode();
            if (code == null) {
                continue;
            }
            for (Mention mention : named) {
                Entry actor = mention.actor();
                if (actor != null && actor.type() == Entry.Type.COUNTRY && code.equals(actor.countryCode())) {
                    return actor;
                }
            }
            return null;
        }
        return null;
    }

    /** How often a country must be named for an article to be about it. */
    private static final int STORY_COUNTRY_MENTIONS = 3;

    /**
     * The country an article is about: the one it names most (its capital and seats of power count), at least
     * {@value #STORY_COUNTRY_MENTIONS} times and more often than any other; or null.
     */
    private static Entry storyCountry(List<Mention> mentions) {
        Map<Entry, Integer> counts = new java.util.HashMap<>();
        for (Mention mention : mentions) {
            if (mention.actor() != null && mention.actor().type() == Entry.Type.COUNTRY) {
                counts.merge(mention.actor(), 1, Integer::sum);
            }
        }
        Entry best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<Entry, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                second = most;
                most = count.getValue();
                best = count.getKey();
            } else if (count.getValue() > second) {
                second = count.getValue();
            }
        }
        return most >= STORY_COUNTRY_MENTIONS && most > second ? best : null;
    }

    private static final System.Logger LOG = System.getLogger(Extractor.class.getName());

    /** A problem's line: the article, what was lost, and the failure; the log gets the stack trace. */
    private static String problem(Article article, String lost, RuntimeException e) {
        String what = (article.title() != null ? "\"" + article.title() + "\"" : "the article of "
                + article.publishedOn()) + ": " + lost + ": " + e;
        LOG.log(System.Logger.Level.WARNING, what, e);
        return what;
    }

    /** The first words of a sentence, to name it in a problem. */
    private static String opening(String text, Sentence sentence) {
        String words = text.substring(sentence.begin(), sentence.stop()).strip().replaceAll("\\s+", " ");
        return words.length() <= 60 ? words : words.substring(0, 60) + "\u2026";
    }

    /**
     * The time the story is telling: the last day the text named before the current sentence, and how
     * many sentences ago. A dated sentence is often followed by undated ones that go on with the same day
     * ("On Monday, Jobs gave his keynote. He announced...").
     */
    private static final class Narrative {
        HistoricalDate day;
        int age;
        /** Who that day's sentence named and what its events were: the story goes on with them. */
        final Set<String> actors = new java.util.HashSet<>();
        final Set<MilestoneKind> kinds = java.util.EnumSet.noneOf(MilestoneKind.class);

        /** The last event of each kind told with actors: "the December 30 call" was between the same sides. */
        final Map<MilestoneKind, Event> lastOfKind = new java.util.EnumMap<>(MilestoneKind.class);

        void next(List<TimeExpression> times, LocalDate published, List<Event> told, List<Mention> named) {
            told.stream().filter(event -> !event.actors.isEmpty()).forEach(event -> lastOfKind.put(event.kind, event));
            age++;
            // A sentence that went on with the day keeps the story there ("He announced... He also showed...").
            if (day != null && told.stream().anyMatch(event -> event.datedBy < 0 && day.equals(event.date))) {
                age = 0;
            }
            for (TimeExpression time : times) {
                HistoricalDate date = time.date();
                if (date != null && time.type() == TimexType.DATE && date.precision() == Precision.DAY
                        && !date.isRange() && !date.startDay().isAfter(published)) {
                    day = date;
                    age = 0;
                    actors.clear();
                    kinds.clear();
                    // People and organisations carry a story on; countries are named everywhere.
                    told.forEach(event -> {
                        event.actors.values().stream().filter(Narrative::carries).forEach(a -> actors.add(a.name()));
                        kinds.add(event.kind);
                    });
                    named.stream().filter(m -> m.actor() != null && carries(m.actor())).forEach(m -> actors.add(m.actor().name()));
                }
            }
        }

        private static boolean carries(Entry actor) {
            return actor.type() == Entry.Type.PERSON || actor.type() == Entry.Type.ORGANISATION;
        }

        /**
         * The narrative day for an event of this kind and these actors told now, if the text named one
         * recently enough for an event of the same kind or the same actors, or, for a court's decision, for
         * another decision of the courts ("sentenced on Friday ... Five others were acquitted").
         */
        HistoricalDate day(MilestoneKind kind, java.util.Collection<String> of) {
            return day != null && age <= NARRATIVE_REACH && (kinds.contains(kind) || of.stream().anyMatch(actors::contains)
                    || kind.beat() == MilestoneKind.Beat.JUSTICE && kinds.stream().anyMatch(k -> k.beat() == kind.beat()))
                    ? day : null;
        }
    }

    /** True if the expression names a day by its weekday alone ("on Tuesday"), not a named day ("Super Tuesday"). */
    private static boolean bareWeekday(String text) {
        return WEEKDAY.matcher(text).find() && !NAMED_DAY.matcher(text).find();
    }

    /** True if the hit is a verb of saying of the lexicon: the date right after it is its own. */
    private static boolean saying(Hit hit) {
        return hit.block() != null && !hit.noun() && hit.trigger().kind() == MilestoneKind.STATEMENT;
    }

    /**
     * The day an undated event that occurred takes from the story, or null: a lexicon verb outside the lead
     * whose actors the story's day was about takes that day; a saying takes it only when the story is of
     * the last days (a quote in a report of old events was given for the report).
     */
    private static HistoricalDate narrated(Hit hit, boolean lead, Cue.Status cue, Narrative narrative, LocalDate published,
            Event event) {
        HistoricalDate day = narrative.day(event.kind, event.actors.keySet());
        // Lexicon verbs, and the trigger rules' events of the day ("had a phone conversation"); not event
        // nouns, which are told rather than reported ("the invasion").
        boolean verb = hit.block() != null ? !hit.noun() : !hit.trigger().undatedDrop();
        if (day == null || !verb || cue == Cue.Status.PAST) {
            return null;
        }
        if (saying(hit)) {
            return day.startDay().isBefore(published.minusDays(RECENT_DAYS)) ? null : day;
        }
        return day;
    }

    /** The time expressions but those inside a name, which date nothing: "the Great Orchestra of Christmas Charity". */
    private static List<TimeExpression> outsideNames(List<TimeExpression> times, Words words, List<Mention> named) {
        if (times.isEmpty()) {
            return times;
        }
        List<TimeExpression> kept = new ArrayList<>(times.size());
        int m = 0;
        for (TimeExpression time : times) {
            while (m < named.size() && words.end(named.get(m).end() - 1) <= time.begin()) {
                m++;
            }
            boolean inside = m < named.size() && words.begin(named.get(m).first()) < time.begin()
                    && words.end(named.get(m).end() - 1) > time.end();
            if (!inside) {
                kept.add(time);
            }
        }
        return kept;
    }

    /**
     * True if a present progressive stands in words {@code from} to {@code to}: "the president is travelling to
     * Brussels on Thursday for talks" tells talks to come, though a bare weekday tells no tense of its own.
     */
    private static boolean presentProgressive(Words words, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            String be = words.lower(k - 1);
            if (words.lower(k).endsWith("ing") && words.lower(k).length() >= 6
                    && (be.equals("is") || be.equals("are") || be.equals("am"))) {
                return true;
            }
        }
        return false;
    }

    /** The word before word {@code i} past its adverbs in -ly: where a progressive's "be" stands ("was quietly visiting"). */
    private static int auxiliary(Words words, int i, int first) {
        int j = i - 1;
        while (j > first && words.lower(j).endsWith("ly")) {
            j--;
        }
        return j;
    }

    /** True if word {@code i} is an -ing form after a form of "be": "was visiting", "are fighting". */
    private static boolean progressive(Words words, int i, int first) {
        if (!words.lower(i).endsWith("ing")) {
            // "is being prosecuted by": a passive in the progressive tells what is going on too.
            int being = auxiliary(words, i, first);
            return being > first && words.lower(being).equals("being") && BE.contains(words.lower(being - 1));
        }
        return BE.contains(words.lower(auxiliary(words, i, first)));
    }

    /**
     * True if the clause of word {@code i} holds a date of a day: a progressive with one tells what is done on
     * that day, as news writes a plan or an act of the day ("said she was ending her bid today").
     */
    private boolean dayInClause(Words words, List<TimeExpression> times, int i, int first, int end) {
        int from = clauseStart(words, i, first);
        int to = clauseEnd(words, i + 1, end);
        for (TimeExpression time : times) {
            if (time.date() != null && time.date().precision() == Precision.DAY
                    && time.range() == null && time.begin() >= words.begin(from) && time.end() <= words.end(to - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the progressive at word {@code i} is in the present ("is resigning today") or reported in the past
     * ("said she was ending her bid today"), which tell a plan or an act; not a past progressive of narrative
     * ("the escape room the group was visiting on Friday"), which tells what was going on.
     */
    private static boolean futurate(Words words, int i, int first) {
        int j = auxiliary(words, i, first);
        if (!PAST_BE.contains(words.lower(j))) {
            return true;
        }
        for (int k = Math.max(first, j - 4); k < j; k++) {
            if (REPORTING.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** True if the tagger reads at least one word of the mention as a proper noun. */
    private static boolean proper(String[] tags, Mention mention, int first) {
        for (int k = mention.first(); k < mention.end(); k++) {
            if (PartsOfSpeech.PROPN.equals(tags[k - first])) {
                return true;
            }
        }
        return false;
    }

    /** True if the sentence asks rather than tells: a question reports no event. */
    private static boolean question(Words words, Sentence sentence) {
        return sentence.end() > sentence.first() && words.lower(sentence.end() - 1).equals("?");
    }

    private void sentence(Article article, Words words, Names names, Sentence sentence, boolean lead,
            Narrative narrative, List<TimeExpression> times,
            List<Event> events) {
        Found found = hits(words, sentence, lead, times);
        List<Hit> hits = found.hits();
        if (hits.isEmpty()) {
            return;
        }
        List<Mention> mentions = new ArrayList<>(names.find(sentence.first(), sentence.end()));
        if (found.tags() != null) {
            // A capitalised common noun that opens a sentence ("Rescuers, working...") is no name.
            mentions.removeIf(m -> names.isStranger(m) && !proper(found.tags(), m, sentence.first()));
        }
        hits = hits.stream().filter(hit -> !hit.pending() || named(hit, mentions)).toList();
        if (CONTACT.matcher(article.text()).region(sentence.begin(), sentence.stop()).find()) {
            // "Anyone with information should call 1-888-647-3258 or visit http://...": what readers are asked
            // to do, no call or visit that took place.
            hits = hits.stream().filter(hit -> hit.trigger().kind() != MilestoneKind.PHONE_CALL
                    && hit.trigger().kind() != MilestoneKind.VISIT).toList();
        }
        // Talks without a place nearby are no meeting, and must not claim their clause's names and dates.
        // Talks with a date of their own are a meeting wherever they were ("the December 7 talks").
        hits = hits.stream().filter(hit -> !hit.trigger().needsPlace() || placeAfter(hit, mentions)
                || premodifier(times, words, hit) != null).toList();
        hits = toldByContent(words, hits);
        // A clause whose event is known tells of that event: its other verbs are no events of their own
        // ("The call between Trump and Putin lasted 90 minutes") — unless the known event comes to nothing.
        List<Hit> all = hits;
        List<Hit> known = all.stream().filter(hit -> hit.trigger().kind() != MilestoneKind.OTHER || all.stream()
                .noneMatch(other -> other.trigger().kind() != MilestoneKind.OTHER && other.from() == hit.from())).toList();
        Set<Integer> told = new java.util.HashSet<>();
        for (Hit hit : known) {
            Event event = event(article, words, sentence, hit, known, mentions, times, lead, narrative);
            if (event != null) {
                events.add(event);
                events.addAll(repeated(event, words, times));
                told.add(hit.from());
            }
        }
        for (Hit hit : all) {
            if (!known.contains(hit) && !told.contains(hit.from())) {
                Event event = event(article, words, sentence, hit, known, mentions, times, lead, narrative);
                if (event != null) {
                    events.add(event);
                    events.addAll(repeated(event, words, times));
                }
            }
        }
    }

    private static final java.util.regex.Pattern DATE_AND = java.util.regex.Pattern.compile(
            "\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    /**
     * "He was re-elected twice, in 2014 and 2018": an event dated by one of a list of dates of the same
     * precision joined by commas and "and" happened once on each. The copies keep everything but the date;
     * a list after "between" or "from" is a range, "or" leaves the date open, and "in 1976, and in 1984 the
     * Macintosh was released" joins two clauses, so none of them repeats.
     */
    private static List<Event> repeated(Event event, Words words, List<TimeExpression> times) {
        int at = event.highlights.isEmpty() ? -1 : event.highlights.get(0).timeStart();
        if (at < 0 || event.date == null) {
            return List.of();
        }
        int index = -1;
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i).begin() == at) {
                index = i;
            }
        }
        // Only what happened, dated as told: a plan's or a moved date's list is left to the editor.
        if (index < 0 || event.status != MilestoneStatus.OCCURRED || !event.date.equals(times.get(index).date())) {
            return List.of();
        }
        String text = words.text();
        int first = index;
        while (first > 0 && joined(times.get(first - 1), times.get(first), text)) {
            first--;
        }
        int last = index;
        while (last + 1 < times.size() && joined(times.get(last), times.get(last + 1), text)) {
            last++;
        }
        if (first == last || ranged(text, times.get(first).begin())) {
            return List.of();
        }
        List<Event> copies = new ArrayList<>();
        Highlight highlight = event.highlights.get(0);
        for (int i = first; i <= last; i++) {
            TimeExpression time = times.get(i);
            if (i == index) {
                continue;
            }
            copies.add(event.on(time.date(), new Highlight(highlight.triggerStart(), highlight.triggerEnd(), time.begin(),
                    time.end())));
        }
        return copies;
    }

    /** True if the second date follows the first in a list: same precision, joined by a comma or "and". */
    private static boolean joined(TimeExpression one, TimeExpression two, String text) {
        if (one.date() == null || two.date() == null || one.date().isRange() || two.date().isRange()
                || one.date().precision() != two.date().precision() || two.begin() < one.end()) {
            return false;
        }
        return DATE_AND.matcher(text.substring(one.end(), two.begin())).matches();
    }

    /** True if the word before a list of dates makes it a range: "between 2014 and 2018", "from May, June". */
    private static boolean ranged(String text, int begin) {
        String before = text.substring(Math.max(0, begin - 12), begin).toLowerCase(java.util.Locale.ROOT).strip();
        return before.endsWith("between") || before.endsWith("from");
    }

    /**
     * "Putin signed a treaty annexing Crimea": a document whose participle tells an event of weight is told
     * by that event, the annexation, not by the signing of a treaty.
     */
    private List<Hit> toldByContent(Words words, List<Hit> hits) {
        List<Hit> content = hits.stream().filter(h -> CONTENT_KINDS.contains(h.trigger().kind())
                && words.lower(h.first()).endsWith("ing") && h.first() > h.sentenceFirst()
                && documentNoun(rules.lexicon.at(words, h.first() - 1, h.first()))).toList();
        if (content.isEmpty()) {
            return hits;
        }
        return hits.stream().filter(h -> !DOCUMENT_KINDS.contains(h.trigger().kind()) || content.stream()
                .noneMatch(c -> h.first() < c.first() && h.from() == c.from())).toList();
    }

    private static boolean placeAfter(Hit hit, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.place() != null && mention.first() >= hit.end() && mention.end() <= hit.to()
                    && mention.first() - hit.end() <= PLACE_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's hits, and its words' parts of speech when the sentence needed them (else null). */
    private record Found(List<Hit> hits, String[] tags) {
    }

    /** The triggers of a sentence, longest match first, one per kind and clause. */
    private Found hits(Words words, Sentence sentence, boolean lead, List<TimeExpression> times) {
        List<Hit> hits = new ArrayList<>();
        int i = sentence.first();
        while (i < sentence.end()) {
            Trigger best = null;
            int bestEnd = -1;
            List<Rules.TriggerPhrase> candidates = rules.byFirstWord.get(words.lower(i));
            for (int pass = 0; pass < 2; pass++) {
                List<Rules.TriggerPhrase> list = pass == 0 ? candidates : rules.byPrefix;
                if (list == null) {
                    continue;
                }
                for (Rules.TriggerPhrase entry : list) {
                    Trigger trigger = entry.trigger();
                    int end = entry.phrase().matchAt(words, i, sentence.end());
                    if (end > bestEnd || (end == bestEnd && end > 0 && trigger.index() < best.index())) {
                        if (end > 0 && allowed(trigger, words, i, end, sentence)) {
                            best = trigger;
                            bestEnd = end;
                        }
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int from = clauseStart(words, i, sentence.first());
            int to = clauseEnd(words, bestEnd, sentence.end());
            Hit hit = new Hit(best, i, bestEnd, from, to, sentence.first(), null, false, false);
            // A price word without figures ("troops advanced") is no event, and must not claim the clause's date.
            if (!best.needsAmount() || amount(words, hit) != null) {
                hits.add(hit);
            }
            i = bestEnd;
        }
        String[] tags = lexiconHits(words, sentence, lead, times, hits);
        List<Hit> kept = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = withDescription(words, hits.get(h), sentence.end());
            if (hit.trigger().cueForInfinitive() && infinitiveFollows(words, hits, h)) {
                continue;
            }
            boolean same = false;
            for (Hit earlier : kept) {
                // A second trigger of the same kind in the clause, or in the sentence without a date of its own
                // ("held a call on June 5, their first conversation since..."), tells of the same event.
                // A clause that says when it happened against another ("a day after launching an incursion",
                // "since the invasion") tells of another event.
                // A trigger its own date stands before ("the December 7 talks") is another event.
                same |= earlier.trigger().kind() == hit.trigger().kind() && premodifier(times, words, hit) == null
                        && (earlier.from() == hit.from() || !hasDate(words, hit, times) && !relative(words, hit));
            }
            if (!same) {
                kept.add(hit);
            }
        }
        return new Found(kept, tags);
    }

    /**
     * The open layer: verbs and nouns of the lexicon, read with their part of speech, among the words no
     * trigger rule took. A light verb ("held", "signed") gives way to the event noun it governs. Any other
     * verb not listed as no event names an event of kind other when its clause dates it.
     */
    private String[] lexiconHits(Words words, Sentence sentence, boolean lead, List<TimeExpression> times, List<Hit> hits) {
        int first = sentence.first();
        int end = sentence.end();
        // Tag a sentence with an event word, or with a date and a name (or a body of people: "rescuers") that
        // could have done something then.
        boolean known = times.stream().anyMatch(Extractor::calendar) && (named(words, first, end)
                || java.util.stream.IntStream.range(first, end).anyMatch(k -> COLLECTIVE.contains(words.lower(k))));
        for (int i = first; i < end && !known; i++) {
            known = rules.lexicon.knows(words.lower(i));
        }
        if (!known) {
            return null;
        }
        String[] tags = partsOfSpeech.tag(words, first, end);
        nounsOfObjects(words, tags, first, end);
        participlesAfterAuxiliary(words, tags, first, end);
        boolean titleCase = words.titleCase(first, end);
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (PartsOfSpeech.NOUN.equals(tags[hit.end() - 1 - first])) {
                hits.set(h, new Hit(hit.trigger(), hit.first(), hit.end(), hit.from(), hit.to(), hit.sentenceFirst(),
                        hit.block(), true, hit.pending()));
            }
        }
        // A trigger rule's verb that is a light verb ("signed") gives way to an event noun of another kind
        // it governs: "signed the bill into law" is a law, not an agreement.
        hits.removeIf(hit -> hit.block() == null && hit.end() - hit.first() == 1 && rules.lexicon.at(words, hit.first(), end)
                .stream().anyMatch(m -> m.word().block().light() && fits(m, tags[hit.first() - first], titleCase))
                && lightYields(hit, eventNounKindAfter(words, tags, first, hit.first(), hit.to(), titleCase)));
        boolean[] covered = new boolean[end - first];
        for (Hit hit : hits) {
            for (int k = hit.first(); k < hit.end(); k++) {
                covered[k - first] = true;
            }
        }
        // "March" in a date is no protest march, and "yesterday" after "a fire" does not modify it.
        boolean[] timeAt = new boolean[end - first];
        for (TimeExpression time : times) {
            for (int k = first; k < end; k++) {
                if (words.begin(k) >= time.begin() && words.end(k) <= time.end()) {
                    covered[k - first] = true;
                    timeAt[k - first] = true;
                }
            }
        }
        for (int i = first; i < end; i++) {
            if (covered[i - first]) {
                continue;
            }
            List<Lexicon.Match> matches = rules.lexicon.at(words, i, end);
            // A verb form after a determiner is an adjective ("the sanctioned oligarch"); a verb in the
            // progressive tells what was going on, not what happened ("the escape room the group was visiting").
            // A document's title after a light verb is that document: "Putin signed Executive Order On...".
            boolean documentTitle = words.capitalised(i) && i > first && documentNoun(matches)
                    && lightVerbBefore(words, tags, first, i, clauseStart(words, i, first), titleCase);
            // An -ing form after a preposition of cause is the deed the sentence's event answers for, no event of
            // its own: "sentenced him for killing his sister" tells the sentencing.
            String tag = documentTitle ? PartsOfSpeech.NOUN
                    : PartsOfSpeech.VERB.equals(tags[i - first]) && i > first
                    && (DETERMINERS.contains(words.lower(i - 1))
                    || gerund(words.lower(i)) && CAUSE.contains(words.lower(i - 1))
                    || progressive(words, i, first) && !(dayInClause(words, times, i, first, end)
                    && futurate(words, i, first))
                    || compoundModifier(words, i, first))
                    ? PartsOfSpeech.ADJ : tags[i - first];
            if (matches.isEmpty() && !PartsOfSpeech.VERB.equals(tag) || documentContent(words, tags, first, i, titleCase)) {
                continue;
            }
            // A verb's clause, or a noun's object clause ("signed a decree"), reaches back past an apposition
            // to its subject: "Chahed, the Prime Minister of Tunisia, signed a decree".
            int clause = clauseStart(words, i, first);
            int lightVerb = PartsOfSpeech.VERB.equals(tag) ? -1 : lightVerbAt(words, tags, first, i, clause, titleCase);
            int from = PartsOfSpeech.VERB.equals(tag) || lightVerb >= 0 ? withSubject(words, tags, first, clause) : clause;
            int to = clauseEnd(words, i + 1, end);
            boolean light = matches.stream().anyMatch(m -> m.word().block().light() && fits(m, tag, titleCase));
            if (light && eventNounAfter(words, tags, first, i, to, titleCase)) {
                continue;
            }
            // A noun before another is its modifier: an "aid worker" is no aid, "election posters" no election.
            // An -ing word that takes an object is the noun's participle, not its head: "sanctions targeting banks".
            boolean modifier = i + 1 < end && PartsOfSpeech.NOUN.equals(tags[i + 1 - first]) && !timeAt[i + 1 - first]
                    && !participleWithObject(words, tags, first, i + 1, end);
            // A capitalised noun inside a sentence is part of a name: "Activision Blizzard" is no blizzard.
            boolean named = words.capitalised(i) && i > first && !titleCase && !documentTitle;
            Lexicon.Match chosen = null;
            boolean pending = false;
            for (Lexicon.Match match : matches) {
                Lexicon.Block block = match.word().block();
                boolean noun = match.word().pos() == Lexicon.Pos.NOUN;
                // A noun of several words is read by its head: "executive order" by "order".
                String head = noun && match.end() > i + 1 && !documentTitle ? tags[match.end() - 1 - first] : tag;
                if (block.light() || block.none() || !fits(match, head, titleCase)
                        || noun && (named || modifier && match.end() == i + 1)
                        || noun && block.objectOnly() && !lightVerbBefore(words, tags, first, i, from, titleCase)
                        || !noun && block.passive() && !afterBe(words, tags, first, i)) {
                    continue;
                }
                Allowed allowed = allowed(block, words, match, from, to, sentence);
                if (allowed == Allowed.NO) {
                    continue;
                }
                chosen = match;
                pending = allowed == Allowed.IF_NAMED;
                break;
            }
            if (chosen == null) {
                boolean none = matches.stream().anyMatch(m -> m.word().block().none() && fits(m, tag, titleCase));
                // A verb whose every kind needs words its clause lacks is any other verb: "rescuers ended their
                // work" is no resignation, but still a deed.
                boolean listed = matches.stream().anyMatch(m -> !m.word().block().light() && !m.word().block().none()
                        && (m.word().block().needs().isEmpty() && m.word().block().specials().isEmpty()));
                // A capitalised word is a name ("Trump"), even where the tagger reads a verb. An -ing form
                // without "be" is no finite verb: "a man posing as an agent" tells who, not what happened.
                if (!none && !listed && PartsOfSpeech.VERB.equals(tag) && !words.capitalised(i)
                        && !words.lower(i).endsWith("ing")) {
                    Hit other = otherHit(words, i, from, to, first, times);
                    if (other != null) {
                        hits.add(other);
                        covered[i - first] = true;
                    }
                }
                continue;
            }
            Lexicon.Block block = chosen.word().block();
            MilestoneKind kind = block.kind();
            for (Lexicon.Reclass reclass : block.reclasses()) {
                if (anyIn(reclass.words(), words, from, to)) {
                    kind = reclass.kind();
                    break;
                }
            }
            // A noun a light verb governs is told as the verb tells it: "Putin signed an executive order" in
            // the lead is the day's news, as "Putin decreed" would be; "to face charges" is not.
            boolean governed = chosen.word().pos() == Lexicon.Pos.NOUN && lightVerb >= 0 && told(words, tags, first, lightVerb, i);
            boolean drop = block.drops(governed ? Lexicon.Pos.VERB : chosen.word().pos()) || !lead;
            hits.add(new Hit(lexiconTrigger(block, kind, drop), i, chosen.end(), from,
                    clauseEnd(words, chosen.end(), end), first, block, chosen.word().pos() == Lexicon.Pos.NOUN, pending));
            for (int k = i; k < chosen.end(); k++) {
                covered[k - first] = true;
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::first));
        return tags;
    }

    /** True if a form of "be" stands before word {@code i}, adverbs apart: "was killed", "were fatally shot". */
    private static boolean afterBe(Words words, String[] tags, int first, int i) {
        int j = i - 1;
        while (j > first && "ADV".equals(tags[j - first])) {
            j--;
        }
        return j >= first && j < i && BE.contains(words.lower(j));
    }

    /** True if one of the matches is an event noun of a document's kind (a law, an agreement). */
    private static boolean documentNoun(List<Lexicon.Match> matches) {
        return matches.stream().anyMatch(m -> m.word().pos() == Lexicon.Pos.NOUN && !m.word().block().light()
                && !m.word().block().none() && DOCUMENT_KINDS.contains(m.word().block().kind()));
    }

    /** True if the word at {@code i} ends in -ing and a determiner, adjective or noun follows it. */
    private static boolean participleWithObject(Words words, String[] tags, int first, int i, int end) {
        if (!words.lower(i).endsWith("ing") || i + 1 >= end) {
            return false;
        }
        String next = tags[i + 1 - first];
        return DETERMINERS.contains(words.lower(i + 1)) || PartsOfSpeech.ADJ.equals(next) || PartsOfSpeech.PROPN.equals(next)
                || PartsOfSpeech.NOUN.equals(next);
    }

    /**
     * Reads as a noun the last word of an object the tagger took for a verb: after a verb or preposition, a
     * determiner and a noun ("signed a government decree", "under a government order"), the word is the
     * object's head, where "the government decrees" alone would be a clause.
     */
    private void nounsOfObjects(Words words, String[] tags, int first, int end) {
        for (int k = first + 3; k < end; k++) {
            String before = tags[k - 3 - first];
            if (PartsOfSpeech.VERB.equals(tags[k - first]) && PartsOfSpeech.NOUN.equals(tags[k - 1 - first])
                    && DETERMINERS.contains(words.lower(k - 2)) && (PartsOfSpeech.VERB.equals(before) || "ADP".equals(before))
                    && rules.lexicon.at(words, k, end).stream().anyMatch(m -> m.word().pos() == Lexicon.Pos.NOUN)) {
                tags[k - first] = PartsOfSpeech.NOUN;
            }
        }
    }

    /**
     * Reads as a verb an event verb's form the tagger took for a noun or an adjective after an auxiliary and an
     * adverb: "had unintentionally shot down a jet", "was fatally stabbed". Without the adverb the tagger reads
     * the participle right ("had shot"), and the noun after "have" stays a noun ("have plans", "had ties").
     */
    private void participlesAfterAuxiliary(Words words, String[] tags, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            String tag = tags[k - first];
            if (!PartsOfSpeech.NOUN.equals(tag) && !PartsOfSpeech.ADJ.equals(tag)) {
                continue;
            }
            int j = k - 1;
            while (j > first && ("ADV".equals(tags[j - first]) || QUOTES.contains(words.lower(j)))) {
                j--;
            }
            String auxiliary = words.lower(j);
            // Right after "was", an irregular participle the tagger took for a noun: "was shot down".
            boolean bare = j == k - 1 && BE.contains(auxiliary) && PARTICIPLES.contains(words.lower(k));
            if ((j < k - 1 || bare) && (PERFECT.contains(auxiliary) || BE.contains(auxiliary)) && !words.lower(k).endsWith("ing")
                    && rules.lexicon.at(words, k, end).stream().anyMatch(m -> m.word().pos() == Lexicon.Pos.VERB)) {
                tags[k - first] = PartsOfSpeech.VERB;
            }
        }
    }

    /**
     * True if the word at {@code i} is an -ing participle right after an event noun of a document's kind:
     * "a decree banning the niqab" is one law, and its ban is what the decree says, not a second event.
     */
    private boolean documentContent(Words words, String[] tags, int first, int i, boolean titleCase) {
        if (i == first || !words.lower(i).endsWith("ing") || !PartsOfSpeech.NOUN.equals(tags[i - 1 - first])) {
            return false;
        }
        boolean telling = rules.lexicon.at(words, i, i + 1).stream().anyMatch(m -> !m.word().block().light()
                && !m.word().block().none() && CONTENT_KINDS.contains(m.word().block().kind()));
        return !telling && rules.lexicon.at(words, i - 1, i).stream().anyMatch(m -> m.word().pos() == Lexicon.Pos.NOUN
                && !m.word().block().light() && !m.word().block().none() && fits(m, tags[i - 1 - first], titleCase)
                && DOCUMENT_KINDS.contains(m.word().block().kind()));
    }

    /** True if a word after the sentence's first is capitalised: a name that could be an event's doer. */
    private static boolean named(Words words, int first, int end) {
        for (int i = first + 1; i < end; i++) {
            if (words.capitalised(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the phrase that opens the sentence starts when it stands right before the clause at word
     * {@code from}, cut off by a comma: "In July 2009, Mascheroni delivered a disk", "Also on Sunday, the
     * United States announced a withdrawal" — its date dates that clause. Otherwise past the text's end.
     */
    /** Words that join two clauses after a comma (not "then", which opens "then-President Trump"). */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "or", "yet");

    private int opening(Words words, int from, int sentenceFirst) {
        // ", and his guilty plea is...": what stands before a comma and a coordinator is a clause of its own.
        if (from <= sentenceFirst || !words.lower(from - 1).equals(",") || from - 1 - sentenceFirst > OPENING_WORDS
                || CLAUSE_JOINS.contains(words.lower(from))) {
            return Integer.MAX_VALUE;
        }
        return clauseStart(words, from - 1, sentenceFirst) == sentenceFirst ? words.begin(sentenceFirst) : Integer.MAX_VALUE;
    }

    /** A time expression that names a calendar period ("July 2009", "Tuesday"), not "now" or "recently". */
    private static boolean calendar(TimeExpression time) {
        return time.date() != null && (time.type() == TimexType.DATE || time.type() == TimexType.TIME);
    }

    /**
     * An event of kind other at the verb {@code i}, when its clause holds a calendar date that is not a
     * saying's ("said on Friday"); otherwise null. Its actors are checked as every event's are.
     */
    private Hit otherHit(Words words, int i, int from, int to, int sentenceFirst, List<TimeExpression> times) {
        int clauseBegin = words.begin(from);
        int clauseEnd = words.end(to - 1);
        int openingBegin = opening(words, from, sentenceFirst);
        for (TimeExpression time : times) {
            boolean inClause = time.begin() >= clauseBegin && time.end() <= clauseEnd;
            boolean opens = time.begin() >= openingBegin && time.end() <= clauseBegin;
            if (calendar(time) && (inClause || opens) && !datesTheSaying(time, words)) {
                Trigger trigger = lexiconTriggers.computeIfAbsent("other", k -> new Trigger("lexicon:other",
                        rules.triggers.size(), MilestoneKind.OTHER, List.of(), List.of(), List.of(), false, false, false,
                        false, false, true, false, false, OTHER_CONFIDENCE, Set.of(), Map.of(), List.of()));
                return new Hit(trigger, i, i + 1, from, to, sentenceFirst, null, false, false);
            }
        }
        return null;
    }

    /** True if the word's part of speech is the lexicon word's (in a title-case headline, a name's too). */
    private static boolean fits(Lexicon.Match match, String tag, boolean titleCase) {
        boolean proper = titleCase && PartsOfSpeech.PROPN.equals(tag);
        return match.word().pos() == Lexicon.Pos.VERB ? PartsOfSpeech.VERB.equals(tag) || proper
                : PartsOfSpeech.NOUN.equals(tag) || proper;
    }

    private boolean eventNounAfter(Words words, String[] tags, int first, int i, int to, boolean titleCase) {
        return eventNounKindAfter(words, tags, first, i, to, titleCase) != null;
    }

    private static boolean lightYields(Hit hit, MilestoneKind noun) {
        return noun != null && noun != hit.trigger().kind();
    }

    /** The kind of the event noun a light verb at word {@code i} governs, or null when there is none. */
    private MilestoneKind eventNounKindAfter(Words words, String[] tags, int first, int i, int to, boolean titleCase) {
        for (int j = i + 1; j < Math.min(to, i + 1 + LIGHT_REACH); j++) {
            for (Lexicon.Match match : rules.lexicon.at(words, j, to)) {
                Lexicon.Block block = match.word().block();
                if (!block.light() && !block.none() && match.word().pos() == Lexicon.Pos.NOUN
                        && fits(match, tags[j - first], titleCase)) {
                    return block.kind();
                }
            }
        }
        return null;
    }

    private boolean lightVerbBefore(Words words, String[] tags, int first, int i, int from, boolean titleCase) {
        return lightVerbAt(words, tags, first, i, from, titleCase) >= 0;
    }

    /**
     * True if the light verb at {@code verb} tells its noun at {@code noun} in the simple past, as its
     * object: "signed an executive order", not "would be initiated to end the war" nor "called the attack a
     * provocation" (a verb of naming, which tells nothing happened).
     */
    private static boolean told(Words words, String[] tags, int first, int verb, int noun) {
        String form = words.lower(verb);
        if (!(form.endsWith("ed") || PARTICIPLES.contains(form)) || NAMING.contains(form)
                || verb > first && (BE.contains(words.lower(verb - 1)) || "be".equals(words.lower(verb - 1)))) {
            return false;
        }
        for (int k = verb + 1; k < noun; k++) {
            if (PartsOfSpeech.VERB.equals(tags[k - first]) || "to".equals(words.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The light verb that governs the noun at word {@code i} ("signed ... a decree"), or -1. */
    private int lightVerbAt(Words words, String[] tags, int first, int i, int from, boolean titleCase) {
        for (int j = i - 1; j >= Math.max(from, i - LIGHT_REACH); j--) {
            for (Lexicon.Match match : rules.lexicon.at(words, j, i)) {
                if (match.word().block().light() && fits(match, tags[j - first], titleCase)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** What the block's conditions say of a match: not allowed, allowed, or allowed if the names agree. */
    private enum Allowed { NO, YES, IF_NAMED }

    /**
     * The block's conditions on the clause: words it must not follow or precede, and the words it needs;
     * a need for a person, an organisation or a figure is checked once the clause's names are known.
     */
    private static Allowed allowed(Lexicon.Block block, Words words, Lexicon.Match match, int from, int to,
            Sentence sentence) {
        if (Phrase.anyStartsAt(block.notBefore(), words, match.end(), sentence.end())
                || Phrase.anyEndsBefore(block.notAfter(), words, match.first(), sentence.first())) {
            return Allowed.NO;
        }
        // "released over 70 policy plans", "launched work to stabilise": words of another sense of the verb
        if (!block.unless().isEmpty()) {
            for (int j = from; j < to; j++) {
                for (Phrase other : block.unless()) {
                    if ((j < match.first() || j >= match.end()) && other.matchAt(words, j, to) > 0) {
                        return Allowed.NO;
                    }
                }
            }
        }
        if (block.needs().isEmpty() && block.specials().isEmpty()) {
            return Allowed.YES;
        }
        for (int j = from; j < to; j++) {
            if (j >= match.first() && j < match.end()) {
                continue;
            }
            if (words.kind(j) == Words.NUMBER && needsSpecial(block, Lexicon.NUMBER)) {
                return Allowed.YES;
            }
            for (Phrase need : block.needs()) {
                if (need.matchAt(words, j, to) > 0) {
                    return Allowed.YES;
                }
            }
        }
        return needsSpecial(block, Lexicon.PERSON) || needsSpecial(block, Lexicon.ORGANISATION) ? Allowed.IF_NAMED
                : Allowed.NO;
    }

    /** True if the clause of a hit whose block needs a person or an organisation names one. */
    private static boolean named(Hit hit, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.first() < hit.from() || mention.end() > hit.to() || mention.actor() == null) {
                continue;
            }
            if (mention.actor().isPerson() && needsSpecial(hit.block(), Lexicon.PERSON)
                    || mention.actor().type() == Entry.Type.ORGANISATION && needsSpecial(hit.block(), Lexicon.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsSpecial(Lexicon.Block block, String special) {
        return block.specials().contains(special);
    }

    private static boolean anyIn(List<Phrase> phrases, Words words, int from, int to) {
        for (int j = from; j < to; j++) {
            for (Phrase phrase : phrases) {
                if (phrase.matchAt(words, j, to) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The trigger a lexicon block makes for events of {@code kind}. */
    private Trigger lexiconTrigger(Lexicon.Block block, MilestoneKind kind, boolean undatedDrop) {
        String key = block.line() + " " + kind + " " + undatedDrop;
        return lexiconTriggers.computeIfAbsent(key, k -> new Trigger("lexicon:" + block.name(),
                rules.triggers.size() + block.line(), kind, List.of(), block.notAfter(), block.notBefore(), false,
                false, false, false, false, undatedDrop, false, ACTORS_OPTIONAL.contains(kind), block.confidence(), Set.of(),
                Map.of(), block.examples()));
    }

    /** True if the hit's clause is opened by "since" or "until": told as earlier than the time of its sentence. */
    private static boolean before(Words words, Hit hit) {
        return EARLIER.contains(words.lower(hit.from()));
    }

    /** True if the hit's clause is opened by "after", "since", "a day after"...: told relative to another. */
    private boolean relative(Words words, Hit hit) {
        // "deported to the UK, where he was arrested": a clause of the place another event took it to.
        return TEMPORAL.contains(words.lower(hit.from())) || words.lower(hit.from()).equals("where")
                || offset(words, hit) != null;
    }

    private static boolean hasDate(Words words, Hit hit, List<TimeExpression> times) {
        int from = words.begin(hit.from());
        int to = words.end(hit.to() - 1);
        for (TimeExpression time : times) {
            if (time.date() != null && time.begin() >= from && time.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean infinitiveFollows(Words words, List<Hit> hits, int h) {
        Hit hit = hits.get(h);
        for (int k = h + 1; k < hits.size(); k++) {
            Hit later = hits.get(k);
            // A verb of no known kind is no event of its own beside a known one ("reached a deal to end").
            if (later.from() == hit.from() && later.first() > 0 && words.lower(later.first() - 1).equals("to")
                    && later.trigger().kind() != MilestoneKind.OTHER) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(Trigger trigger, Words words, int first, int end, Sentence sentence) {
        if (Phrase.anyEndsBefore(trigger.notAfter(), words, first, sentence.first())) {
            return false;
        }
        if (Phrase.anyStartsAt(trigger.notBefore(), words, end, sentence.end())) {
            return false;
        }
        return !trigger.nextName() || (end < sentence.end() && (words.capitalised(end)
                || COMPASS.contains(words.lower(end)) && end + 1 < sentence.end() && words.capitalised(end + 1)))
                && !possessiveName(words, end, sentence.end());
    }

    /**
     * True if the name that begins at {@code k} is a possessive: "called Trump's conduct a breach" names what
     * was called so, not who was called.
     */
    private static boolean possessiveName(Words words, int k, int end) {
        while (k < end && words.capitalised(k)) {
            k++;
        }
        return k < end && (words.lower(k).equals("'s") || words.lower(k).equals("\u2019s") || words.lower(k).equals("'"));
    }

    /**
     * True if word {@code j} ends a clause: a comma, semicolon, dash or bracket, but not the comma inside a
     * date ("Oct. 7, 2023", "Monday, Feb. 3"), which keeps the date whole in its clause.
     */
    private static boolean boundary(Words words, int j) {
        if (words.kind(j) != Words.PUNCT || !BOUNDARY.contains(words.lower(j))) {
            return false;
        }
        if (!words.lower(j).equals(",") || j == 0 || j + 1 >= words.size()) {
            return true;
        }
        boolean dayThenYear = words.kind(j - 1) == Words.NUMBER && words.kind(j + 1) == Words.NUMBER
                && words.lower(j + 1).length() == 4;
        boolean weekdayThenDate = WEEKDAY.matcher(words.lower(j - 1)).matches() && j + 1 < words.size()
                && words.capitalised(j + 1);
        return !(dayThenYear || weekdayThenDate);
    }

    private int clauseStart(Words words, int i, int first) {
        for (int j = i - 1; j >= first; j--) {
            if (boundary(words, j)) {
                return j + 1;
            }
            if (rules.clauseOpeners.contains(words.lower(j))) {
                return j;
            }
        }
        return first;
    }

    /**
     * A verb's clause with its subject and what is set off around it: the comma-separated stretches before
     * the clause that hold no verb and open no clause of their own ("In late 1999, Aswat, along with two
     * co-defendants, conspired"), back to the sentence's start or to a stretch that has a verb.
     */
    private int withSubject(Words words, String[] tags, int first, int from) {
        while (from > first + 1 && words.lower(from - 1).equals(",")) {
            int before = clauseStart(words, from - 1, first);
            if (before >= from - 1 || rules.clauseOpeners.contains(words.lower(before))) {
                return from;
            }
            for (int j = before; j < from - 1; j++) {
                if (PartsOfSpeech.VERB.equals(tags[j - first])) {
                    return from;
                }
            }
            from = before;
        }
        return from;
    }

    private int clauseEnd(Words words, int end, int last) {
        for (int j = end; j < last; j++) {
            if (boundary(words, j) || rules.clauseOpeners.contains(words.lower(j))) {
                return j;
            }
        }
        return last;
    }

    private Event event(Article article, Words words, Sentence sentence, Hit hit, List<Hit> hits,
            List<Mention> mentions, List<TimeExpression> times, boolean lead, Narrative narrative) {
        Trigger trigger = hit.trigger();
        Cue.Status cue = status(words, hit);
        if (cue == Cue.Status.NONE) {
            // "had no plans to meet", "did not meet": the text says it is no event.
            return null;
        }
        MilestoneStatus status = cue == null || cue == Cue.Status.PAST || cue == Cue.Status.TODAY
                ? MilestoneStatus.OCCURRED : MilestoneStatus.valueOf(cue.name());
        Event event = new Event(trigger.kind());
        Naming naming = name(event, words, hit, hits, mentions);
        if (!complete(words, hit, times, naming.placeNear())) {
            return null;
        }
        lendDoers(event, words, hit, mentions);
        if (event.actors.isEmpty() && hit.noun() && premodifier(times, words, hit) != null && narrative.lastOfKind.containsKey(trigger.kind())) {
            // "A call between the two presidents has just ended. It followed the December 30 telephone conversation":
            // an earlier event of the kind just told, named by its own day, was between the same sides.
            Event earlier = narrative.lastOfKind.get(trigger.kind());
            event.actors.putAll(earlier.actors);
            event.subjects.addAll(earlier.subjects);
        }
        if (hit.noun() && ongoing(words, hit)) {
            // "the department's ongoing investigation": a state of affairs, not something that happened on a day.
            return null;
        }
        boolean collective = event.actors.isEmpty() && collectiveDoer(words, hit);
        boolean agentless = agentless(event, words, sentence, hit);
        if (event.actors.isEmpty() && !trigger.actorsOptional() && !collective && !agentless) {
            return null;
        }
        // An event of kind other is a dated deed of someone named before it: "In July 2009, Mascheroni
        // delivered a disk". Plans and deeds without a doer are too vague without a kind; an event noun the
        // lexicon lists as other ("Navalny's funeral is scheduled for March 1") is told well enough.
        boolean listedNoun = hit.block() != null && hit.noun();
        if (trigger.kind() == MilestoneKind.OTHER && !listedNoun && (event.subjects.isEmpty() && !collective
                || status != MilestoneStatus.OCCURRED || objectRelative(words, hit) || whichClause(words, hit))) {
            return null;
        }
        if (!spoken(event, hit, mentions)) {
            return null;
        }
        Dating dating = date(event, words, hit, hits, times, cue, status, article.publishedOn(), lead, narrative);
        if (dating == null || (agentless || genericPlural(words, hit) ) && dating.when() == null) {
            return null;
        }
        int quote = quoteOpening(words, hit);
        if (quote >= 0 && (dating.when() == null || dating.when().begin() < quote)) {
            return null;
        }
        event.toldBefore = agentless && (hit.noun() || eventSubject(words, hit));
        tell(event, article, words, sentence, hit, times, dating, naming.namedAfter());
        return event;
    }

    /**
     * True if the verb ends a relative clause whose object is the noun before it: "the issues that Joseph Biden
     * raised today" tells of the issues, not of a deed of Biden's ("said that Biden raised taxes" is one).
     */
    private static boolean objectRelative(Words words, Hit hit) {
        int k = hit.first() - 1;
        while (k > hit.sentenceFirst() && words.capitalised(k)) {
            k--;
        }
        if (k == hit.first() - 1 || k <= hit.sentenceFirst() || !OBJECT_RELATIVE.contains(words.lower(k))
                || words.capitalised(k - 1) || REPORTING.contains(words.lower(k - 1))) {
            return false;
        }
        int next = hit.first() + 1;
        return next >= words.size() || !Character.isLetterOrDigit(words.word(next).charAt(0))
                || CLAUSE_END_TIME.contains(words.lower(next));
    }

    /** Words that open a relative clause whose object may be the noun before. */
    private static final Set<String> OBJECT_RELATIVE = Set.of("that", "which", "whom");
    /** Words after a verb that begin a time rather than its object: "raised today", "raised on Monday". */
    private static final Set<String> CLAUSE_END_TIME = Set.of("today", "yesterday", "tonight", "on", "in", "last", "this",
            "earlier", "later");

    /** What naming the event's people and places found: a place right after the trigger, a name after it. */
    private record Naming(boolean placeNear, boolean namedAfter) {
    }

    /**
     * Names the event's actors, doers and places: the clause's first, then the rest of the sentence outside
     * other events' clauses.
     */
    private Naming name(Event event, Words words, Hit hit, List<Hit> hits, List<Mention> mentions) {
        List<Entry> places = new ArrayList<>();
        List<Entry> sentencePlaces = new ArrayList<>();
        boolean placeNear = false;
        boolean namedAfter = false;
        // The doers: named before the trigger in its clause, else before it in the sentence.
        List<String> sentenceDoers = new ArrayList<>();
        // "Germany released Vadim Krasikov, who was convicted in 2021": the person before "who" did the clause's deed.
        Entry antecedent = antecedent(words, hit, mentions);
        boolean doerNamed = false;
        if (antecedent != null) {
            event.actors.put(antecedent.name(), antecedent);
            event.subjects.add(antecedent.name());
        }
        for (int pass = 0; pass < 4; pass++) {
            for (Mention mention : mentions) {
                if (pass(mention, hit, hits) != pass) {
                    continue;
                }
                boolean inClause = pass == 0 || pass == 2;
                String previous = mention.first() > 0 ? words.lower(mention.first() - 1) : "";
                boolean locative = LOCATIVE.contains(previous);
                Entry actor = mention.actor();
                Entry place = mention.place();
                if (namesAnAgreement(words, mention)) {
                    // "the Minsk II agreement", "the Paris Agreement": the city names the document, not its country.
                    actor = null;
                }
                if (place != null && (place.type() == Entry.Type.PLACE && actor == null
                        || locative || previous.equals("of") && mention.first() == hit.end() + 1
                        && actor != null && actor == place)) {
                    (inClause ? places : sentencePlaces).add(place);
                    if (inClause && mention.first() >= hit.end() && mention.first() - hit.end() <= PLACE_WINDOW) {
                        placeNear = true;
                    }
                }
                // "Trump's special envoy Steve Witkoff met Putin": Trump is named, but the envoy met Putin.
                boolean possessor = actor != null && actor.isPerson() && mention.end() + 1 < words.size()
                        && words.lower(mention.end()).equals("'s") && mention.end() + 1 != hit.first();
                if (possessor) {
                    event.bystanders.add(actor.name());
                }
                // "Trump has pushed for an end to the war, which began with Russia's invasion": a clause whose
                // doer it names itself takes no doer from the rest of its sentence.
                boolean ownDoer = pass == 1 && hit.noun() && event.subjects.size() == 1 && doerNamed;
                if (actor != null && !(locative && place != null) && event.actors.size() < MAX_ACTORS && !ownDoer) {
                    namedAfter |= pass == 2;
                    event.actors.putIfAbsent(actor.name(), actor);
                    if ((!PREPOSITIONS.contains(previous) || doerOfNoun(words, mention, hit)) && !possessor) {
                        doerNamed |= pass == 0 && doerOfNoun(words, mention, hit);
                        if (pass == 0) {
                            event.subjects.add(actor.name());
                        } else if (pass == 1) {
                            sentenceDoers.add(actor.name());
                        }
                    }
                }
                if (mention.misspelt() != null) {
                    Entry named = actor != null ? actor : place;
                    event.flags.add("'" + mention.misspelt() + "' read as " + named.name());
                }
            }
        }
        // The clause's places, else the sentence's: a dateline's city is no place of the clause's talks.
        (places.isEmpty() ? sentencePlaces : places).forEach(place -> event.places.putIfAbsent(place.name(), place));
        if (event.subjects.isEmpty() && !sentenceDoers.isEmpty() && antecedent == null && !ownSubject(words, hit)) {
            // Outside the clause only the sentence's first name is its subject: "Moscow has demanded that
            // Kyiv abandon its NATO ambitions since the 2014 annexation" names Russia as the annexer.
            event.subjects.add(sentenceDoers.get(0));
        }
        return new Naming(placeNear, namedAfter);
    }

    /**
     * In which pass a mention names the event's people: 0 before the trigger in its clause, 1 before it in
     * the sentence outside other events' clauses, 2 after it in its clause, 3 after it elsewhere outside other
     * events' clauses; -1 in another event's clause.
     */
    /**
     * True if the verb's clause names its own doer without a name the gazetteer knows: "..., as the parliament of
     * Crimea voted to join Russia" is no vote of the sentence's first name.
     */
    private static boolean ownSubject(Words words, Hit hit) {
        if (hit.noun()) {
            return false;
        }
        for (int j = hit.from(); j < hit.first(); j++) {
            if (ARTICLES.contains(words.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** The articles that open a noun phrase: a clause that has one before its verb has its own subject. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** How many words (adjectives) may stand between a possessive and the event noun it owns. */
    private static final int POSSESSIVE_REACH = 3;

    /** True if the mention owns the event noun: "with Russia's full-scale invasion" names the invader. */
    private static boolean doerOfNoun(Words words, Mention mention, Hit hit) {
        int s = mention.end();
        return hit.noun() && s < words.size() && (words.lower(s).equals("'s") || words.lower(s).equals("\u2019s"))
                && hit.first() > s && hit.first() - s <= POSSESSIVE_REACH;
    }

    private static int pass(Mention mention, Hit hit, List<Hit> hits) {
        boolean before = mention.first() < hit.first();
        if (mention.first() >= hit.from() && mention.end() <= hit.to()) {
            return before ? 0 : 2;
        }
        return inOtherClause(mention, hit, hits) ? -1 : before ? 1 : 3;
    }

    /**
     * False if the trigger wants what its sentence lacks (a place right after it, an amount), or if it names
     * an election by its year.
     */
    private boolean complete(Words words, Hit hit, List<TimeExpression> times, boolean placeNear) {
        Trigger trigger = hit.trigger();
        if (trigger.needsPlace() && !placeNear && premodifier(times, words, hit) == null) {
            return false;
        }
        // "a leading candidate for the 2020 presidential election": an election named by its year is the
        // race being talked about, not a vote the sentence reports.
        if (trigger.kind() == MilestoneKind.ELECTION && hit.noun() && namedByYear(times, words, hit)) {
            return false;
        }
        return !trigger.needsAmount() || amount(words, hit) != null;
    }

    /** Gives an event that names no one the doers its sentence or its places lend it. */
    private void lendDoers(Event event, Words words, Hit hit, List<Mention> mentions) {
        // "Rescuers ended their work yesterday": a body of people that does the deed stands in for a name.
        if (event.actors.isEmpty() && hit.noun() && OCCASIONS.contains(words.lower(hit.from()))) {
            // "Shmyhal and Morawiecki met in Kyiv after two rounds of talks in Warsaw": the sentence's doers
            // held the talks its "after" clause tells of.
            for (Mention mention : mentions) {
                String previous = mention.first() > 0 ? words.lower(mention.first() - 1) : "";
                if (mention.end() <= hit.from() && mention.actor() != null && !PREPOSITIONS.contains(previous)
                        && event.actors.size() < MAX_ACTORS) {
                    event.actors.putIfAbsent(mention.actor().name(), mention.actor());
                    event.subjects.add(mention.actor().name());
                }
            }
        }
        if (event.actors.isEmpty()) {
            // "The convention came into force in Japan": the country where it happened is its actor.
            event.places.values().stream().filter(place -> place.type() == Entry.Type.COUNTRY).findFirst()
                    .ifPresent(country -> event.actors.put(country.name(), country));
        }
    }

    /**
     * Where the direct quote the trigger stands in opens (a character offset), or -1: the speaker's words, not the
     * report's. Without a date of its own inside the quote, what a speaker says was done ("As I have stated strongly
     * before") is no milestone of the day the report is dated; with one ("We proposed a bill in 2016") it is.
     */
    private static int quoteOpening(Words words, Hit hit) {
        int open = -1;
        for (int k = hit.sentenceFirst(); k < hit.first(); k++) {
            String w = words.lower(k);
            if (w.equals("\u201c") || w.equals("\"") && open < 0) {
                open = words.begin(k);
            } else if (w.equals("\u201d") || w.equals("\"")) {
                open = -1;
            }
        }
        return open;
    }

    /** True if the event is a deed whose doer the text leaves out, and still a deed of its own. */
    private boolean agentless(Event event, Words words, Sentence sentence, Hit hit) {
        Trigger trigger = hit.trigger();
        // "That ban was lifted in 2011": a passive names no doer; dated in its own text, it is still a deed,
        // whose actor the story's country may give. So is a deed of an event told before ("The truce is due
        // to take effect on February 15"). In a clause of time ("after the Shuffle was introduced in
        // January") it is background.
        return event.actors.isEmpty() && hit.block() != null && trigger.kind() != MilestoneKind.OTHER
                && (!hit.noun() && hit.first() > sentence.first()
                        && (BE.contains(words.lower(hit.first() - 1)) || eventSubject(words, hit))
                    || hit.noun() && hit.first() - hit.from() <= 2 && DEFINITE.contains(words.lower(hit.from())))
                && !TEMPORAL.contains(words.lower(hit.from()));
    }

    /** False if the trigger wants its speaker named and the sentence names none it may take. */
    private static boolean spoken(Event event, Hit hit, List<Mention> mentions) {
        Trigger trigger = hit.trigger();
        if (hit.block() != null && hit.block().subject()) {
            // "said Attorney General Eric Holder": a speaker may follow the verb of saying.
            if (event.subjects.isEmpty()) {
                for (Mention mention : mentions) {
                    if (mention.first() >= hit.end() && mention.first() - hit.end() <= SPEAKER_REACH && mention.actor() != null
                            && mention.end() <= hit.to()) {
                        event.subjects.add(mention.actor().name());
                        break;
                    }
                }
            }
            if (event.subjects.isEmpty()) {
                return false;
            }
        }
        // "Trump and Putin spoke on Wednesday" is a conversation; "Trump spoke on Wednesday" is a speech.
        if (trigger.needsTwoSides() && event.subjects.stream().filter(name -> !event.bystanders.contains(name)).count() < 2) {
            return false;
        }
        // "Hegseth stated" is news; a press officer's or a defendant's "stated" is what they said.
        if (trigger.needsKnownSpeaker() && event.actors.values().stream()
                .noneMatch(actor -> actor.isListedPerson() && event.subjects.contains(actor.name()))) {
            return false;
        }
        return true;

    }

    /** The event's date, the status its date tells, and the time expression that gave it (or null). */
    private record Dating(HistoricalDate date, MilestoneStatus status, TimeExpression when) {
    }

    /** When the event happened, or null if an event told without a date is no milestone. */
    private Dating date(Event event, Words words, Hit hit, List<Hit> hits, List<TimeExpression> times, Cue.Status cue,
            MilestoneStatus status, LocalDate published, boolean lead, Narrative narrative) {
        Trigger trigger = hit.trigger();
        // The date: the clause's nearest, then the sentence's nearest outside other events' clauses.
        // A date right after "said" dates the saying: it dates the event only when nothing else does,
        // ...and only for events that happened: a plan announced on Friday does not take place on Friday.
        int passes = status == MilestoneStatus.OCCURRED ? 4 : 2;
        // An event noun takes a date from its own clause only: in "found guilty of charges relating to a
        // hostage-taking in 1998" neither the charges nor the hostage-taking happened on the day of the verdict.
        boolean clauseOnly = hit.block() != null && hit.noun() && offset(words, hit) == null;
        // An event noun has no tense: its date tells whether it is past or to come ("the Nov. 2 election").
        boolean openTense = hit.noun() && cue == null;
        TimeExpression when = when(times, words, hit, hits, openTense ? null : status, published, passes, clauseOnly);
        if (openTense && when != null && when.date().startDay().isAfter(published) && bareWeekday(when.text())
                && !presentProgressive(words, hit.from(), hit.first())) {
            // A bare weekday tells no tense of its own ("In a speech on Monday, Macron set out his plan").
            openTense = false;
            when = when(times, words, hit, hits, status, published, passes, clauseOnly);
        }
        if (yearFrame(words, hit, times, event.kind) || when == null && reducedTemporal(words, hit)) {
            return null;
        }
        HistoricalDate date = null;
        if (when != null) {
            if (openTense && when.date().startDay().isAfter(published)) {
                status = MilestoneStatus.PLANNED;
            }
            // "Late on Sunday, Trump announced US troops would be leaving Syria": the day dates the announcing,
            // which happened; the plan is told on that day.
            date = tenseReading(when, reportedPlan(words, hit, when, status) ? MilestoneStatus.OCCURRED : status, published, words);
            date = date.precision() == Precision.MINUTE ? HistoricalDate.of(date.startDay()) : date;
            java.time.Period offset = offset(words, hit, when);
            if (offset != null) {
                date = HistoricalDate.of(date.startDay().plus(offset));
            }
        } else if (hit.block() != null && status != MilestoneStatus.OCCURRED) {
            // A plan the open lexicon finds without a date is too vague to be a milestone: "the proposed
            // settlement", "to receive training". The trigger rules keep their undated plans ("agreed to meet").
            return null;
        } else if (status == MilestoneStatus.OCCURRED && !before(words, hit)
                && narrated(hit, lead, cue, narrative, published, event) != null) {
            // A verb outside the lead goes on with the day the story is telling, about whom it was telling,
            // unless its clause tells it as earlier than another ("since it seized Crimea").
            date = narrated(hit, lead, cue, narrative, published, event);
        } else if (status == MilestoneStatus.OCCURRED) {
            if (trigger.undatedDrop() && cue != Cue.Status.TODAY && !(lead && performative(words, hit))
                    || cue == Cue.Status.PAST || gerundAfterPreposition(words, hit)) {
                return null;
            }
            // "The measures come a week after direct talks": a week before the day of the report.
            java.time.Period offset = offset(words, hit);
            date = HistoricalDate.of(offset == null ? published : published.plus(offset));
        }
        return new Dating(date, status, when);
    }

    /**
     * True if the event's verb is in the present simple of a statement that does what it says: "The United
     * States condemns the detention of Evan Gershkovich": in the lead of an official statement, that is the
     * day's act. ("We condemn" is left out: who "we" are is the publisher, whom the text does not name.)
     */
    private boolean performative(Words words, Hit hit) {
        if (hit.noun() || hit.block() == null) {
            return false;
        }
        String word = words.lower(hit.first());
        for (Lexicon.Match match : rules.lexicon.at(words, hit.first(), hit.end())) {
            String[] present = rules.lexicon.present(match.word().lemma());
            if (present == null) {
                continue;
            }
            if (word.equals(present[1]) && !word.equals(present[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the event is an election named by its year after "in" or "for": "nominees for the 2020 presidential
     * election", "Warren endorses Biden in 2020 US presidential election" name the contest the story is set in,
     * not an event of a day ("in the November 2 general election" is one).
     */
    private static boolean yearFrame(Words words, Hit hit, List<TimeExpression> times, MilestoneKind kind) {
        if (kind != MilestoneKind.ELECTION || !hit.noun()) {
            return false;
        }
        for (TimeExpression time : times) {
            if (time.date() != null && time.date().precision() == Precision.YEAR && time.begin() >= words.begin(hit.from())
                    && time.end() <= words.begin(hit.first())) {
                int before = wordAt(words, time.begin()) - 1;
                if (before >= 0 && words.lower(before).equals("the")) {
                    before--;
                }
                return before >= 0 && FRAMING.contains(words.lower(before));
            }
        }
        return false;
    }

    /**
     * True if the event is a participle in -ed right after a word of time ("wept in his lawyer's arms when
     * convicted", "after being arrested"): a clause that recalls an event told elsewhere, or dates another by
     * it. With a date of its own it is still an event ("after being arrested in 2019").
     */
    private static boolean reducedTemporal(Words words, Hit hit) {
        if (hit.noun() || hit.first() == hit.sentenceFirst()) {
            return false;
        }
        int before = hit.first() - 1;
        if (words.lower(before).equals("being") && before > hit.sentenceFirst()) {
            before--;
        }
        return TEMPORAL.contains(words.lower(before)) && words.lower(hit.first()).endsWith("ed");
    }

    /** Prepositions before an election named by its year that make it the story's setting. */
    private static final Set<String> FRAMING = Set.of("in", "for");

    /**
     * True if the event's verb is an -ing form after a preposition: "within 24 hours of taking office", "since
     * leaving office" name a deed as a point of reference; without a date of its own it is no event of the day.
     */
    private static boolean gerundAfterPreposition(Words words, Hit hit) {
        return !hit.noun() && hit.first() > hit.sentenceFirst() && gerund(words.lower(hit.first()))
                && PREPOSITIONS.contains(words.lower(hit.first() - 1));
    }

    /** Completes the event with its date, its source and what the candidate shows of it. */
    private void tell(Event event, Article article, Words words, Sentence sentence, Hit hit, List<TimeExpression> times,
            Dating dating, boolean namedAfter) {
        Trigger trigger = hit.trigger();
        LocalDate published = article.publishedOn();
        MilestoneStatus status = dating.status();
        TimeExpression when = dating.when();
        boolean fromText = when != null;
        event.status = status;
        event.date = dating.date();
        event.datedBy = fromText ? 0 : -1;
        event.sources.add(Source.quoting(article.title(), article.outlet(), blankToNull(article.url()), published,
                article.text(), sentence.begin(), sentence.stop()));
        event.highlights.add(new Highlight(words.begin(hit.first()), words.end(hit.end() - 1),
                when == null ? -1 : when.begin(), when == null ? -1 : when.end()));
        event.confidence = Math.max(0.05, Math.min(0.99, trigger.confidence() + (fromText ? 0.1 : 0)
                + 0.05 * Math.min(2, event.actors.size()) - (event.flags.isEmpty() ? 0 : 0.1)));
        event.trigger = trigger;
        event.noun = hit.noun();
        // "the meeting" refers back; "the call between Trump and Putin" describes its event in full. A
        // headline in title case announces what the body tells: it counts only with the body's telling.
        event.anaphoric = !fromText && !namedAfter && hit.first() > sentence.first()
                && DEFINITE.contains(words.lower(hit.first() - 1)) || words.titleCase(sentence.first(), sentence.end());
        event.parts = parts(words, hit, times, event);
        String quote = oneLine(words.text().substring(sentence.begin(), sentence.stop()));
        event.summary = Headlines.shorten(quote, MAX_SUMMARY);
        String phrase = hit.noun() ? nounPhrase(words, hit) : null;
        event.fallbackHeadline = phrase != null ? Headlines.capitalise(phrase)
                : Headlines.capitalise(trigger.kind().slug().replace('-', ' ') + ": " + oneLine(words.span(hit.from(), hit.to())));
        if (hit.block() != null && hit.noun() && trigger.kind() == MilestoneKind.OTHER && !event.actors.isEmpty()) {
            // A listed noun of kind other names itself better than its clause does: "Funeral of Alexei Navalny".
            event.clauseHeadline = Headlines.capitalise(oneLine(words.span(hit.first(), hit.end())).toLowerCase(java.util.Locale.ROOT)
                    + " of " + event.actors.keySet().iterator().next());
        } else if (hit.block() != null || trigger.kind() == MilestoneKind.OTHER) {
            event.clauseHeadline = clauseHeadline(words, hit, event, status, times);
        }
    }

    /**
     * The noun phrase that names an event told by a noun, as a headline: its modifiers ("two police-involved
     * shootings") and what follows it ("on the Danziger Bridge", "into price fixing"), or null when the noun
     * stands alone.
     */
    private String nounPhrase(Words words, Hit hit) {
        int start = hit.first();
        int kept = 0;
        while (start > hit.from() && kept < NOUN_PHRASE_BEFORE && (modifier(words, start - 1) || glued(words, start - 1))) {
            start--;
            kept += words.kind(start) == Words.PUNCT ? 0 : 1;
        }
        while (start < hit.first() && words.kind(start) == Words.PUNCT) {
            start++;
        }
        int end = hit.end();
        if (end < hit.to() && words.kind(end) == Words.WORD && NOUN_COMPLEMENTS.contains(words.lower(end))) {
            int limit = Math.min(hit.to(), end + 1 + NOUN_PHRASE_AFTER);
            int k = end + 1;
            while (k < limit && (words.kind(k) != Words.PUNCT || glued(words, k)) && !stops(words.lower(k))
                    && !(words.lower(k).endsWith("ed") && !words.capitalised(k))) {
                k++;
            }
            end = k > end + 1 ? k : end;
        }
        return end - start < 2 ? null : oneLine(words.span(start, end));
    }

    /** True if the word ends a noun's complement: a second preposition, a verb of being, a new clause (or, above, a past verb). */
    private boolean stops(String lower) {
        return BE.contains(lower) || RELATIVE.contains(lower) || lower.equals("that") || COORDINATORS.contains(lower)
                || PREPOSITIONS.contains(lower) || rules.clauseOpeners.contains(lower);
    }

    /** True if the word at {@code k} is a mark glued inside a word: the hyphen of "22-count", the dot of "Sept.". */
    private static boolean glued(Words words, int k) {
        return words.kind(k) == Words.PUNCT && (words.word(k).equals("-") || words.word(k).equals("."))
                && k > 0 && words.begin(k) == words.end(k - 1) && (words.word(k).equals(".")
                        ? words.word(k - 1).length() <= 4 && words.capitalised(k - 1)
                        : k + 1 < words.size() && words.end(k) == words.begin(k + 1));
    }

    /** True if the word may modify an event noun after it: "midterm", "2018", "Kabul". */
    private static boolean modifier(Words words, int k) {
        String lower = words.lower(k);
        return words.kind(k) == Words.NUMBER || words.kind(k) == Words.WORD && !DETERMINERS.contains(lower)
                && !PREPOSITIONS.contains(lower) && !BE.contains(lower) && !COORDINATORS.contains(lower)
                && !RELATIVE.contains(lower) && !lower.equals("that") && !REPORTING.contains(lower)
                && (words.capitalised(k) || !lower.endsWith("ly") && !lower.endsWith("ed"));
    }

    /**
     * True if the word at {@code i} ends a hyphenated compound ("life-threatening", "Russian-backed"): a modifier,
     * not the clause's verb. After a prefix ("re-elected", "co-signed") it is the verb still.
     */
    private static boolean compoundModifier(Words words, int i, int first) {
        return i >= first + 2 && words.lower(i - 1).equals("-") && words.end(i - 1) == words.begin(i)
                && words.end(i - 2) == words.begin(i - 1) && !PREFIXES.contains(words.lower(i - 2));
    }

    /** Prefixes joined to a verb by a hyphen that leave it a verb ("re-elected"). */
    private static final Set<String> PREFIXES = EventWords.get("prefixes");

    /** The words after an event noun that tell what it is about: "investigation into", "shootings on". */
    private static final Set<String> NOUN_COMPLEMENTS = EventWords.get("noun-complements");
    /** How many modifiers an event noun's headline keeps before it, and how many words of its complement. */
    private static final int NOUN_PHRASE_BEFORE = 4;
    private static final int NOUN_PHRASE_AFTER = 8;

    /** The headline of a lexicon or other event from its clause (ClauseHeadline), or null. */
    private String clauseHeadline(Words words, Hit hit, Event event, MilestoneStatus status, List<TimeExpression> times) {
        List<String> doers = event.actors.values().stream().filter(a -> event.subjects.contains(a.name()))
                .map(Entry::shortName).distinct().limit(3).toList();
        int verb = hit.first();
        int end = hit.end();
        if (hit.noun()) {
            verb = -1;
            for (int j = hit.first() - 1; j >= Math.max(hit.from(), hit.first() - LIGHT_REACH) && verb < 0; j--) {
                // "a complete withdrawal": a light verb's form after an article is an adjective.
                boolean adjective = j > 0 && DETERMINERS.contains(words.lower(j - 1));
                for (Lexicon.Match match : adjective ? List.<Lexicon.Match>of() : rules.lexicon.at(words, j, hit.first())) {
                    if (match.word().block().light() && match.word().pos() == Lexicon.Pos.VERB) {
                        verb = j;
                        end = match.end();
                        break;
                    }
                }
            }
        }
        if (verb < 0) {
            return null;
        }
        String[] present = null;
        for (Lexicon.Match match : rules.lexicon.at(words, verb, hit.to())) {
            if (match.word().pos() == Lexicon.Pos.VERB && match.end() == end) {
                present = rules.lexicon.present(match.word().lemma());
                break;
            }
        }
        return ClauseHeadline.of(words, doers, hit.from(), verb, end, hit.to(), present, status, times);
    }

    /**
     * The day offset when the trigger's clause opens with "a day after" and its date comes from outside the
     * clause, to the day; otherwise {@code null}.
     */
    private java.time.Period offset(Words words, Hit hit, TimeExpression when) {
        if (when.date().precision().compareTo(Precision.DAY) < 0 || (when.begin() >= words.begin(hit.from())
                && when.end() <= words.end(hit.to() - 1))) {
            return null;
        }
        return offset(words, hit);
    }

    /** The offset of the phrase ("a day after") that opens the trigger's clause, or {@code null}. */
    private java.time.Period offset(Words words, Hit hit) {
        for (var entry : rules.offsets.entrySet()) {
            int length = entry.getKey().words().length;
            int start = hit.from() - length + 1;
            if (start >= 0 && entry.getKey().matchAt(words, start, hit.from() + 1) == hit.from() + 1) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The text with each run of white space, line breaks included, as one space, stripped: a quote on one line. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !line.isEmpty()) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        return line.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** True if {@code other} is an event of kind other and {@code hit} one whose kind is known. */
    private static boolean weak(Hit other, Hit hit) {
        return other.trigger().kind() == MilestoneKind.OTHER && hit.trigger().kind() != MilestoneKind.OTHER;
    }

    /**
     * True if the mention is what another event of the sentence was done to, or its doer when that event is
     * of the same kind: "Trump spoke with Putin, then with Zelensky" keeps the two calls apart, while the
     * subject of "Tarrant appeared in court yesterday, charged with murder" is the subject of both.
     */
    private static boolean inOtherClause(Mention mention, Hit hit, List<Hit> hits) {
        for (Hit other : hits) {
            if (other != hit && other.from() != hit.from() && !weak(other, hit) && mention.first() >= other.from()
                    && mention.end() <= other.to()
                    && (mention.first() >= other.end() || other.trigger().kind() == hit.trigger().kind())) {
                return true;
            }
        }
        return false;
    }

    private Cue.Status status(Words words, Hit hit) {
        Cue.Status status = status(words, hit, hit.first());
        if (status != null) {
            return status;
        }
        if (demanded(words, hit)) {
            return Cue.Status.NONE;
        }
        // Verbs joined by "and" share their auxiliary: "a deal that would pause the war and release hostages".
        for (int j = hit.first() - 1; j > hit.from(); j--) {
            if (words.lower(j).equals("and") || words.lower(j).equals("or")) {
                // The cue stands before the first verb of the pair, a few words before "and".
                for (int k = j; k > Math.max(hit.from(), j - COORDINATED_REACH); k--) {
                    Cue.Status shared = status(words, hit, k);
                    if (shared != null) {
                        return shared;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Verbs whose "that" clause tells what is wanted, in the subjunctive: "demanded that Russia withdraw". */
    private static final Set<String> MANDATIVE = EventWords.get("mandative");

    /** How far back from the verb of a "that" clause its "that" may stand: the clause's subject lies between. */
    private static final int MANDATIVE_REACH = 10;

    /**
     * True if the event's verb is the bare form in a "that" clause after a verb of demanding: "Putin demanded on
     * Friday that Ukraine withdraw from four regions and drop its bid": the withdrawal is what he wants, not what
     * happened. A verb in the past ("demanded that Russia explain why it withdrew") is told as it is.
     */
    private boolean demanded(Words words, Hit hit) {
        if (hit.noun() || rules.lexicon.present(words.lower(hit.first())) == null) {
            return false;
        }
        int from = Math.max(hit.sentenceFirst(), hit.first() - MANDATIVE_REACH);
        for (int j = hit.first() - 1; j > from; j--) {
            if (!words.lower(j).equals("that")) {
                continue;
            }
            for (int k = j - 1; k >= Math.max(hit.sentenceFirst(), j - 4); k--) {
                if (MANDATIVE.contains(words.lower(k))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Prepositions before an -ing form that tell a deed as the cause of another: "charged with killing". */
    private static final Set<String> CAUSE = EventWords.get("cause");

    /** Verbs whose base form ends in -ing: "to bring" is an infinitive. */
    private static final Set<String> ING_VERBS = Set.of("bring", "spring", "string", "swing", "sting", "fling",
            "cling", "wring", "sling");

    /** True if the word is an -ing form: "shooting", "killing"; not "bring". */
    private static boolean gerund(String lower) {
        return lower.length() >= 6 && lower.endsWith("ing") && !ING_VERBS.contains(lower);
    }

    /** The status cue before word {@code first} (the trigger, or the word that joins it to an earlier verb). */
    private Cue.Status status(Words words, Hit hit, int first) {
        for (Cue cue : rules.cues) {
            if (hit.trigger().ignoredCues().contains(cue.name())) {
                continue;
            }
            for (int gap = 0; gap < cue.before(); gap++) {
                int next = first - gap;
                if (next <= hit.from()) {
                    break;
                }
                if (cue.lastWords().contains(words.lower(next - 1))
                        && Phrase.anyEndsBefore(cue.phrases(), words, next, hit.from())
                        && !(words.lower(next - 1).equals("to") && (DETERMINERS.contains(words.lower(next))
                        || gerund(words.lower(next))))) {
                    // "agreed to a ceasefire deal": "to" before a noun phrase is a preposition, not a plan; so is
                    // "to" before an -ing form ("admitted to shooting down the jet").
                    return cue.status();
                }
            }
            for (int gap = 0; gap < cue.after(); gap++) {
                int at = hit.end() + gap;
                if (at >= hit.to()) {
                    break;
                }
                if (cue.firstWords().contains(words.lower(at)) && Phrase.anyStartsAt(cue.phrases(), words, at, hit.to())) {
                    return cue.status();
                }
            }
        }
        return null;
    }

    /** The date of the event at {@code hit}: the clause's, then the sentence's, in {@code passes} tries. */
    private TimeExpression when(List<TimeExpression> times, Words words, Hit hit, List<Hit> hits,
            MilestoneStatus status, LocalDate published, int passes, boolean clauseOnly) {
        TimeExpression when = premodifier(times, words, hit);
        if (when != null) {
            return when;
        }
        for (int pass = 0; pass < passes && when == null; pass++) {
            if (clauseOnly && pass % 2 == 1) {
                continue;
            }
            when = date(times, words, hit, hits, status, published, pass % 2 == 0, pass >= 2 || saying(hit));
        }
        if (when == null && !hit.noun() && hit.first() - 1 > hit.sentenceFirst() && words.lower(hit.first() - 1).equals("and")
                && words.kind(hit.first() - 2) != Words.PUNCT) {
            // "Russia had recognised the republics on February 21 and signed treaties with them": a verb that
            // shares its doer with the verb before "and" shares its date too (not after a comma: "Siarhei, who
            // was arrested in May, and promised" joins the promise to another verb).
            Hit before = lastBefore(hits, hit.first() - 1, true);
            if (before != null) {
                when = date(times, words, before, hits, status, published, true, false);
            }
        }
        if (when == null && (status == MilestoneStatus.PLANNED || status == MilestoneStatus.EXPECTED)) {
            // "Russia announced on Wednesday that its troops would withdraw": the plan is told on that day.
            for (TimeExpression time : times) {
                if (time.date() != null && time.end() <= words.begin(hit.first()) && time.begin() >= words.begin(hit.sentenceFirst())
                        && announcedOn(time, words)) {
                    when = time;
                }
            }
        }
        if (when == null && words.lower(hit.from()).equals("where")) {
            // "deported to the UK in August 2005, where he was arrested": the time of the place's clause.
            Hit before = lastBefore(hits, hit.from(), false);
            if (before != null) {
                when = date(times, words, before, hits, status, published, true, false);
            }
        }
        return when;
    }

    /** The hit that ends last at or before word {@code limit}, only verbs if {@code verbs}; null if none. */
    private static Hit lastBefore(List<Hit> hits, int limit, boolean verbs) {
        Hit before = null;
        for (Hit other : hits) {
            if (other.end() <= limit && !(verbs && other.noun()) && (before == null || other.end() > before.end())) {
                before = other;
            }
        }
        return before;
    }

    /** True if the clause's subject is a definite event noun: "The truce is due to take effect". */
    private boolean eventSubject(Words words, Hit hit) {
        if (!DEFINITE.contains(words.lower(hit.from()))) {
            return false;
        }
        for (int k = hit.from() + 1; k < Math.min(hit.first(), hit.from() + 3); k++) {
            if (rules.lexicon.at(words, k, hit.first()).stream().anyMatch(m -> m.word().pos() == Lexicon.Pos.NOUN
                    && !m.word().block().light() && !m.word().block().none())) {
                return true;
            }
        }
        return false;
    }

    /** True if a plan's time expression comes before the verb of reporting that tells the plan. */
    private static boolean reportedPlan(Words words, Hit hit, TimeExpression when, MilestoneStatus status) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.EXPECTED || when.end() > words.begin(hit.first())) {
            return false;
        }
        if (announcedOn(when, words)) {
            return true;
        }
        for (int k = wordAt(words, when.end() - 1) + 1; k < hit.first(); k++) {
            if (REPORTING.contains(words.lower(k)) && !words.lower(k).equals("says")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the time expression stands right before the "to" of the planned event's infinitive: "agreed in
     * Istanbul on May 16 to swap 1,000 prisoners" dates the agreeing, not the swap.
     */
    private static boolean datesTheDecision(TimeExpression time, Words words, Hit hit, MilestoneStatus status) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.EXPECTED) {
            return false;
        }
        int after = wordAt(words, time.end() - 1) + 1;
        return after < hit.first() && words.lower(after).equals("to") && hit.first() - after <= 2;
    }

    /**
     * The time expression that dates the event at {@code hit}: in its clause or outside it, the nearest one
     * its status allows (an occurred event's date is not after publication, a plan's not before); a null
     * status allows either.
     */
    private TimeExpression date(List<TimeExpression> times, Words words, Hit hit, List<Hit> hits,
            MilestoneStatus status, LocalDate published, boolean clauseOnly, boolean sayingToo) {
        int clauseBegin = words.begin(hit.from());
        int clauseEnd = words.end(hit.to() - 1);
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression time : times) {
            if (time.date() == null || (time.type() != TimexType.DATE && time.type() != TimexType.TIME)) {
                continue;
            }
            boolean inClause = time.begin() >= clauseBegin && time.end() <= clauseEnd
                    || time.begin() >= opening(words, hit.from(), hit.sentenceFirst()) && time.end() <= clauseBegin
                    || opensSentenceOf(time, words, hit, hits);
            // "A few hours before the jet crashed on Wednesday, Iran launched missiles": the day is the launch's too.
            boolean sameDay = sameDay(time, words, hit);
            inClause |= sameDay;
            if (!sayingToo && datesTheSaying(time, words) || !hit.noun() && possessive(time, words)
                    || rangeEnd(time, times, words) || boundEnd(time, words)) {
                continue;
            }
            if (premodifiesAnother(time, words, hit, hits) || datesTheDecision(time, words, hit, status)) {
                continue;
            }
            if (clauseOnly ? !inClause || !sameDay && nearerTrigger(time, words, hit, hits)
                    : inClause || inOtherClause(time, words, hit, hits) || inRelativeClause(time, words, hit)
                            || inTemporalClause(time, words, hit)) {
                continue;
            }
            HistoricalDate date = tenseReading(time, status, published, words);
            if (status == MilestoneStatus.OCCURRED && date.startDay().isAfter(published) && !aheadByItsClock(time, date, published, words)) {
                continue;
            }
            if ((status == MilestoneStatus.PLANNED || status == MilestoneStatus.EXPECTED)
                    && date.lastDay().isBefore(published)) {
                continue;
            }
            int distance = distance(time, words, hit);
            if (distance < bestDistance) {
                best = time;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True if the time expression opens the sentence and dates its first verb event, however long the subject
     * between them: "On Thursday, Tsikhanouskaya, a candidate for the election to be held on August 9, held a
     * rally" — no event noun of the subject claims the opening day.
     */
    private static boolean opensSentenceOf(TimeExpression time, Words words, Hit hit, List<Hit> hits) {
        // An event noun only as the object of its clause's verb: "..., held a rally".
        if (hit.noun() && (hit.from() == hit.first() || DETERMINERS.contains(words.lower(hit.from()))
                || words.capitalised(hit.from()) || !words.lower(hit.from() - 1).equals(","))) {
            return false;
        }
        int start = wordAt(words, time.begin());
        int after = wordAt(words, time.end() - 1) + 1;
        if (start - hit.sentenceFirst() > 1 || after >= hit.first() || !words.lower(after).equals(",")) {
            return false;
        }
        for (Hit other : hits) {
            if (other != hit && !other.noun() && other.first() > after && other.first() < hit.first()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The date written between a determiner and the trigger, as a modifier of the event noun ("the December 7
     * videoconference talks", "their 2019 summit"): the date of that event alone. Null if there is none.
     */
    private static TimeExpression premodifier(List<TimeExpression> times, Words words, Hit hit) {
        if (hit.first() == 0) {
            return null;
        }
        // Up to two words of the noun may stand between ("the December 7 videoconference talks").
        int last = hit.first() - 1;
        while (last > 0 && hit.first() - last <= MODIFIER_WORDS && words.kind(last) == Words.WORD
                && !words.capitalised(last) && Character.isLetter(words.word(last).charAt(0))) {
            last--;
        }
        for (TimeExpression time : times) {
            if (time.date() == null || time.type() != TimexType.DATE || time.end() != words.end(last)) {
                continue;
            }
            int start = wordAt(words, time.begin());
            return start > 0 && DETERMINERS.contains(words.lower(start - 1)) ? time : null;
        }
        return null;
    }

    /** True if a bare year after "the" names the event noun: "the 2020 United States presidential election". */
    private static boolean namedByYear(List<TimeExpression> times, Words words, Hit hit) {
        for (TimeExpression time : times) {
            if (time.date() == null || time.date().precision() != Precision.YEAR || time.end() > words.begin(hit.first())) {
                continue;
            }
            int start = wordAt(words, time.begin());
            int end = wordAt(words, time.end() - 1) + 1;
            if (start > 0 && DEFINITE.contains(words.lower(start - 1)) && hit.first() - end <= NAME_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** How many words may name the kind of an election after its year ("the 2020 United States presidential"). */
    private static final int NAME_WORDS = 4;

    /** How many words of an event noun may stand between its premodifying date and its trigger. */
    private static final int MODIFIER_WORDS = 2;

    /** True if {@code time} is the premodifier of a trigger other than {@code hit}'s. */
    private static boolean premodifiesAnother(TimeExpression time, Words words, Hit hit, List<Hit> hits) {
        for (Hit other : hits) {
            if (other != hit && premodifier(List.of(time), words, other) == time) {
                return true;
            }
        }
        return false;
    }

    /** True if the time dates an announcing: "Russia announced on Wednesday that its troops would withdraw". */
    private static boolean announcedOn(TimeExpression time, Words words) {
        return ANNOUNCING.contains(verbBefore(time, words));
    }

    /** Verbs of announcing whose day dates the plan they announce (the development part's annotators' reading). */
    private static final Set<String> ANNOUNCING = Set.of("announced", "announces");

    /**
     * True if {@code time} dates a report rather than the event: "said on Friday he would meet Putin on
     * Aug. 15" — the date right after a reporting verb.
     */
    private static boolean datesTheSaying(TimeExpression time, Words words) {
        return REPORTING.contains(verbBefore(time, words));
    }

    /** The word right before the time, or before its "on" ("said on Friday"); "" at the text's start. */
    private static String verbBefore(TimeExpression time, Words words) {
        int i = wordAt(words, time.begin());
        if (i > 0 && words.lower(i - 1).equals("on")) {
            i--;
        }
        return i > 0 ? words.lower(i - 1) : "";
    }

    private static final Set<String> RANGE_JOINS = EventWords.get("range-joins");
    private static final Set<String> RANGE_OPENERS = EventWords.get("range-openers");

    /**
     * True if the time ends a range whose start the text gives first ("between January 2006 and January
     * 2013", "from at least January 2000 until July 2010"): the event began at the start.
     */
    /**
     * True if {@code time} follows "until" or "through": the end of a state ("fund the government through
     * September", "served until 2018"), not the day of an occasion.
     */
    private static boolean boundEnd(TimeExpression time, Words words) {
        int first = wordAt(words, time.begin());
        return first > 0 && BOUND_ENDS.contains(words.lower(first - 1));
    }

    /** Words before a time that make it the end of a state. */
    private static final Set<String> BOUND_ENDS = Set.of("until", "till", "through", "thru");

    private static boolean rangeEnd(TimeExpression time, List<TimeExpression> times, Words words) {
        for (TimeExpression start : times) {
            if (start.end() >= time.begin() || time.begin() - start.end() > 20 || start.date() == null) {
                continue;
            }
            String join = words.text().substring(start.end(), time.begin()).strip().toLowerCase(java.util.Locale.ROOT);
            if (!RANGE_JOINS.contains(join)) {
                continue;
            }
            int first = wordAt(words, start.begin());
            for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
                if (RANGE_OPENERS.contains(words.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if the time owns a noun ("this year's conference"): it dates the noun, not a verb's event. */
    private static boolean possessive(TimeExpression time, Words words) {
        int after = wordAt(words, time.end());
        while (after < words.size() && words.begin(after) < time.end()) {
            after++;
        }
        if (after >= words.size()) {
            return false;
        }
        String next = words.lower(after);
        // Tokenised text writes "year 's", which splits into the apostrophe and the s.
        return next.equals("'s") || next.equals("\u2019s") || (next.equals("'") || next.equals("\u2019"))
                && after + 1 < words.size() && words.lower(after + 1).equals("s") && words.begin(after + 1) == words.end(after);
    }

    private static int wordAt(Words words, int offset) {
        int low = 0;
        int high = words.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.end(mid) <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * True if {@code time} lies in a clause opened by "since", "until"... that holds no trigger: "talks in
     * Istanbul, the first since March 2022" did not take place in March 2022.
     */
    private boolean inTemporalClause(TimeExpression time, Words words, Hit hit) {
        int i = wordAt(words, time.begin());
        int start = clauseStart(words, i, hit.sentenceFirst());
        return start != hit.from() && TEMPORAL.contains(words.lower(start));
    }

    /**
     * True if {@code time} is in a clause of time that keeps its event on the same day as the trigger's: "a
     * few hours before the jet crashed on Wednesday, Iran launched missiles".
     */
    private static boolean sameDay(TimeExpression time, Words words, Hit hit) {
        int at = wordAt(words, time.begin());
        if (hit.first() <= wordAt(words, time.end() - 1)) {
            return false;
        }
        for (int j = at - 1; j > hit.sentenceFirst() && !words.lower(j).equals(","); j--) {
            if (TEMPORAL.contains(words.lower(j)) && SAME_DAY.contains(words.lower(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the event noun is a bare plural after a preposition: "conspired through meetings and conversations"
     * tells how, not an occurrence; without a date of its own it is no milestone.
     */
    private static boolean genericPlural(Words words, Hit hit) {
        int k = hit.first() - 1;
        return hit.noun() && hit.end() - hit.first() == 1 && k >= hit.sentenceFirst() && words.lower(hit.first()).endsWith("s")
                && GENERIC_BEFORE.contains(words.lower(k));
    }

    /** Prepositions before a bare plural event noun that tell a manner or a means ("through meetings"). */
    private static final Set<String> GENERIC_BEFORE = Set.of("through", "via", "by", "with");

    /** True if a word that tells a state going on ("ongoing", "continuing") modifies the event noun. */
    private static boolean ongoing(Words words, Hit hit) {
        for (int k = hit.first() - 1; k >= Math.max(hit.sentenceFirst(), hit.first() - NOUN_PHRASE_BEFORE); k--) {
            String lower = words.lower(k);
            if (ONGOING.contains(lower)) {
                return true;
            }
            if (DETERMINERS.contains(lower) || BOUNDARY.contains(lower) || PREPOSITIONS.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    /** Words before an event noun that make it a state going on rather than an occurrence. */
    private static final Set<String> ONGOING = EventWords.get("ongoing");

    /**
     * True if "which" is the verb's subject, or the subject of its passive: "another coup in 2014, which placed
     * Prayuth in office", "the proclamation, which was made on Monday". Its doer is the thing named before "which"
     * or no one named, not the sentence's subject; "which it joined in 1973" is a deed of what "it" stands for.
     */
    private static boolean whichClause(Words words, Hit hit) {
        int k = hit.first() - 1;
        while (k > hit.sentenceFirst() && (BE.contains(words.lower(k)) || PERFECT.contains(words.lower(k)))) {
            k--;
        }
        return k >= hit.sentenceFirst() && words.lower(k).equals("which");
    }

    /** True if {@code time} follows "who", "which"... after the trigger, with no clause break between them. */
    private static boolean inRelativeClause(TimeExpression time, Words words, Hit hit) {
        int j = hit.end();
        boolean relative = false;
        while (j < words.size() && words.begin(j) < time.begin()) {
            relative |= RELATIVE.contains(words.lower(j));
            j++;
        }
        return relative;
    }

    /**
     * The date of {@code time} for an event of {@code status}, read in the event's tense when the text gives
     * no year. An event that occurred lies in the past: a month or day that resolved after the publication
     * date is read as the year before ("named Bessent in November", published in January), a weekday as the
     * week before ("spoke to Zelensky on Monday evening and will host..."). A planned or
     * expected event lies ahead: a weekday that resolved before the publication date is read as the next
     * one ("will hold talks in Oman on Sunday", however far "will" is), a month or day as the next year's.
     * An expression the text ties to its own day ("a week ago", "next Monday") is never moved.
     */
    private static HistoricalDate tenseReading(TimeExpression time, MilestoneStatus status, LocalDate published, Words words) {
        return aheadByItsClock(time, time.date(), published, words) ? time.date() : tenseReading(time, status, published);
    }

    /**
     * True if the date is the day after publication by the clock of the place it is told in, ahead of the
     * publication's: "found dead, police reported Friday morning, local time" in an article dated Thursday.
     */
    private static boolean aheadByItsClock(TimeExpression time, HistoricalDate date, LocalDate published, Words words) {
        return date.startDay().equals(published.plusDays(1)) && localTime(time, words);
    }

    private static HistoricalDate tenseReading(TimeExpression time, MilestoneStatus status, LocalDate published) {
        HistoricalDate date = time.date();
        boolean past = status == MilestoneStatus.OCCURRED && date.startDay().isAfter(published);
        boolean ahead = (status == MilestoneStatus.PLANNED || status == MilestoneStatus.EXPECTED)
                && date.lastDay().isBefore(published);
        if (!(past || ahead) || date.isRange() || YEAR_DIGITS.matcher(time.text()).find() || ANCHORED.matcher(time.text()).find()
                || (date.precision() != Precision.MONTH && date.precision() != Precision.DAY)) {
            return date;
        }
        try {
            HistoricalDate moved;
            if (NAMED_DAY.matcher(time.text()).find()) {
                return date;
            }
            if (date.precision() == Precision.DAY && WEEKDAY.matcher(time.text()).find()) {
                moved = HistoricalDate.of(date.startDay().plusWeeks(ahead ? 1 : -1));
            } else {
                int year = date.year() + (past ? -1 : 1);
                moved = date.precision() == Precision.MONTH ? HistoricalDate.ofMonth(year, date.month())
                        : HistoricalDate.ofDay(year, date.month(), date.day());
            }
            return date.approximate() ? moved.approximately() : moved;
        } catch (RuntimeException e) {
            // 29 February has no day in the year before or after.
            return date;
        }
    }

    /**
     * True if another trigger of the same clause is nearer to {@code time}: in "launched its invasion in
     * February 2022 and annexed four regions in September 2022" each date goes to its own event.
     */
    private static boolean nearerTrigger(TimeExpression time, Words words, Hit hit, List<Hit> hits) {
        int mine = distance(time, words, hit);
        for (Hit other : hits) {
            if (other == hit || other.from() != hit.from()) {
                continue;
            }
            // "condemned the attack on Sunday", "suspended its part in the treaty in February 2023": a date
            // after a verb's object dates the verb's event, not the object's.
            if (objectOf(words, hit, other) && time.begin() >= words.end(hit.end() - 1)) {
                return true;
            }
            if (objectOf(words, other, hit) && time.begin() >= words.end(other.end() - 1)) {
                continue;
            }
            // "a pause on all US military aid on Monday": a date after a noun's complement dates the noun.
            if (complementOf(words, other, hit) && time.begin() >= words.end(other.end() - 1)) {
                continue;
            }
            // "Prigozhin died in a plane crash on August 23": a date after the verb's setting dates the verb too.
            if (settingOf(words, other, hit) && time.begin() >= words.end(other.end() - 1)) {
                continue;
            }
            // "The death of Navalny was announced on February 16": the noun's own day, told by a passive report.
            if (hit.noun() && saying(other) && other.first() > hit.end() && BE.contains(words.lower(other.first() - 1))) {
                continue;
            }
            if (distance(time, words, other) < mine) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code noun} is an event noun after the event verb {@code verb} in its clause, as its object
     * ("condemned the attack"), not its setting ("voted in a referendum", "met at a summit").
     */
    /**
     * True if the verb at {@code hit} follows, right away or after one auxiliary or adverb, a word for a body
     * of people that acts ("rescuers ended", "police have arrested"): its doer, though no one is named.
     */
    private static boolean collectiveDoer(Words words, Hit hit) {
        if (hit.noun()) {
            return false;
        }
        int j = hit.first() - 1;
        if (j > hit.from() && BETWEEN_DOER.contains(words.lower(j))) {
            j--;
        }
        return j >= hit.from() && COLLECTIVE.contains(words.lower(j));
    }

    /** How many words may stand between an event noun's preposition and the event noun it governs. */
    private static final int COMPLEMENT_REACH = 4;

    /** True if {@code inner} is an event noun in the complement of the event noun {@code head}: "a pause on aid". */
    private static boolean complementOf(Words words, Hit inner, Hit head) {
        return inner.noun() && head.noun() && inner.from() == head.from() && inner.first() > head.end()
                && inner.first() - head.end() <= COMPLEMENT_REACH && NOUN_COMPLEMENTS.contains(words.lower(head.end()));
    }

    private static boolean objectOf(Words words, Hit noun, Hit verb) {
        return noun.noun() && !verb.noun() && noun.first() > verb.first() && noun.from() == verb.from()
                && !setBefore(words, noun, verb);
    }

    /** True if one of the three words before the noun, after the verb, is a word of setting ("in", "at", "during"). */
    private static boolean setBefore(Words words, Hit noun, Hit verb) {
        for (int j = noun.first() - 1; j >= Math.max(verb.end(), noun.first() - 3); j--) {
            if (SETTING.contains(words.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** True if the words right after the time expression say it is told in local time ("Friday, local time"). */
    private static boolean localTime(TimeExpression time, Words words) {
        int k = wordAt(words, time.end() - 1) + 1;
        if (k < words.size() && words.lower(k).equals(",")) {
            k++;
        }
        return k + 1 < words.size() && words.lower(k).equals("local") && words.lower(k + 1).equals("time");
    }

    /**
     * True if the mention is a city that stands for its country ("Moscow said") but here names what follows it:
     * an agreement, a format or a process named after the city ("the Minsk II agreement", "the Oslo Accords").
     */
    private static boolean namesAnAgreement(Words words, Mention mention) {
        Entry actor = mention.actor();
        Entry place = mention.place();
        if (actor == null || place == null || actor == place || place.type() != Entry.Type.PLACE) {
            return false;
        }
        int next = mention.end();
        if (next < words.size() && NUMERALS.contains(words.lower(next))) {
            next++;
        }
        return next < words.size() && NAMED_AFTER_A_CITY.contains(words.lower(next));
    }

    /** What a city may name: "the Minsk agreements", "the Normandy format" (words.txt). */
    private static final Set<String> NAMED_AFTER_A_CITY = EventWords.get("named-after-a-city");
    /** The numbers of a named document's version: "Minsk II". */
    private static final Set<String> NUMERALS = EventWords.get("document-numerals");

    /**
     * True if {@code noun} is an event noun after the event verb {@code verb} in its clause as its setting, one of
     * the three words before the noun a word of setting: "died in a plane crash", "were detained at protests".
     */
    private static boolean settingOf(Words words, Hit noun, Hit verb) {
        return noun.noun() && !verb.noun() && noun.first() > verb.end() && noun.from() == verb.from() && setBefore(words, noun, verb);
    }

    /** Words of a clause that describes the noun before it: "the referendum, held in September". */
    private static final Set<String> PARTICIPLES = EventWords.get("participles");
    /** Past forms of "be" and "have" that open a describing clause told in the past ("which was returned"). */
    private static final Set<String> PAST_BE = EventWords.get("past-be");

    /**
     * An event noun with the clause that describes it after a comma ("The indictment, which was returned
     * yesterday,", "the referendum, held in September 2022,"): the describing clause is the noun's, and so is
     * its date.
     */
    private Hit withDescription(Words words, Hit hit, int last) {
        int comma = hit.to();
        if (!hit.noun() || comma + 2 >= last || !words.word(comma).equals(",")) {
            return hit;
        }
        int k = comma + 1;
        String first = words.lower(k);
        // Told in the past: "which is scheduled for next summer" describes a plan, not the noun's own time.
        boolean describes = (first.equals("which") || first.equals("that")) && PAST_BE.contains(words.lower(k + 1))
                || PARTICIPLES.contains(first) || first.length() > 4 && first.endsWith("ed") && !words.capitalised(k);
        if (!describes) {
            return hit;
        }
        int to = k + 1;
        while (to < last && !boundary(words, to)) {
            to++;
        }
        return new Hit(hit.trigger(), hit.first(), hit.end(), hit.from(), to, hit.sentenceFirst(), hit.block(),
                hit.noun(), hit.pending());
    }

    /** Clause openers whose event noun the sentence's doers took part in ("met after talks in Warsaw"). */
    private static final Set<String> OCCASIONS = EventWords.get("occasions");

    /** The person a clause opened by "who" tells of: the one named right before it, or null. */
    private static Entry antecedent(Words words, Hit hit, List<Mention> mentions) {
        if (hit.from() == 0 || !words.lower(hit.from()).equals("who")) {
            return null;
        }
        int before = words.word(hit.from() - 1).equals(",") ? hit.from() - 1 : hit.from();
        for (Mention mention : mentions) {
            if (mention.end() == before && mention.actor() != null && mention.actor().isPerson()) {
                return mention.actor();
            }
        }
        return null;
    }

    /** Words that join two conjuncts: a date before one belongs to the conjunct before it. */
    private static final Set<String> COORDINATORS = EventWords.get("coordinators");
    /** The distance of a date no other date should lose to. */
    private static final int FAR = Integer.MAX_VALUE / 2;

    private static int distance(TimeExpression time, Words words, Hit hit) {
        int start = words.begin(hit.first());
        int stop = words.end(hit.end() - 1);
        // English puts a date after the event it dates ("invaded Ukraine in 2022"), so a date before a
        // trigger counts as farther away than the same distance after it.
        if (time.begin() >= stop) {
            return time.begin() - stop;
        }
        // "was arrested in March 2023 and sentenced in July": a date before "and" ends the conjunct before.
        for (int k = wordAt(words, time.end()); k < hit.first(); k++) {
            if (words.begin(k) >= time.end() && COORDINATORS.contains(words.lower(k))) {
                return FAR;
            }
        }
        // A date that modifies the event's noun ("the 2015 nuclear deal", "the 2014 annexation") is its own.
        int between = hit.first() - wordAt(words, time.end());
        int before = wordAt(words, time.begin()) - 1;
        if (between <= 1 && before >= 0 && (DETERMINERS.contains(words.lower(before)) || words.lower(before).equals("'s"))
                && words.kind(hit.first() - 1) != Words.PUNCT) {
            return 0;
        }
        return DATE_BEFORE_WEIGHT * Math.max(0, start - time.end());
    }

    private static boolean inOtherClause(TimeExpression time, Words words, Hit hit, List<Hit> hits) {
        for (Hit other : hits) {
            // An event of kind other claims nothing from events whose kind is known.
            if (other != hit && other.from() != hit.from() && !weak(other, hit) && time.begin() >= words.begin(other.from())
                    && time.end() <= words.end(other.to() - 1)) {
                return true;
            }
        }
        return false;
    }

    private Headlines.Parts parts(Words words, Hit hit, List<TimeExpression> times, Event event) {
        List<Entry> actors = new ArrayList<>(event.actors.values());
        // Headlines name people when there are any, else the doers, else whoever is named.
        List<String> names = new ArrayList<>();
        boolean persons = actors.stream().anyMatch(Entry::isPerson);
        boolean doersOnly = !persons && !event.subjects.isEmpty();
        for (Entry actor : actors) {
            boolean wanted = persons ? actor.isPerson() && !event.bystanders.contains(actor.name())
                    : !doersOnly || event.subjects.contains(actor.name());
            if (wanted && names.size() < 3) {
                names.add(actor.shortName());
            }
        }
        // Who did it first ("Russia" invades, "the UK" imposes sanctions), then to whom.
        List<String> all = new ArrayList<>();
        actors.stream().filter(a -> event.subjects.contains(a.name())).forEach(a -> all.add(a.shortName()));
        actors.stream().filter(a -> !event.subjects.contains(a.name())).forEach(a -> all.add(a.shortName()));
        int doers = (int) actors.stream().filter(a -> event.subjects.contains(a.name())).count();
        List<String> places = event.places.values().stream().map(Entry::name).toList();
        String duration = null;
        int clauseBegin = words.begin(hit.from());
        int clauseEnd = words.end(hit.to() - 1);
        for (TimeExpression time : times) {
            if (time.type() == TimexType.DURATION && time.begin() >= clauseBegin && time.end() <= clauseEnd
                    && SHORT_DURATION.matcher(time.value()).matches()) {
                String number = time.value().substring(2, time.value().length() - 1);
                duration = number + (time.value().endsWith("M") ? "-minute" : "-hour");
            }
        }
        int s = hit.from();
        while (s < hit.first() && (LEADING.contains(words.lower(s)) || words.kind(s) == Words.PUNCT)) {
            s++;
        }
        String subject = oneLine(words.span(s, hit.first()));
        int o = hit.end();
        if (o < hit.to() && words.lower(o).equals("that")) {
            o++;
        }
        int stop = hit.to();
        while (stop > o && words.kind(stop - 1) == Words.PUNCT) {
            stop--;
        }
        String object = Headlines.shorten(oneLine(words.span(o, stop)), MAX_OBJECT);
        return new Headlines.Parts(names, all, Math.max(1, doers), places, duration, subject, object, amount(words, hit),
                words.span(hit.first(), hit.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /** The figures of a price move after the trigger: "2.3% to $75.25"; {@code null} if there are none. */
    private static String amount(Words words, Hit hit) {
        String percent = null;
        String money = null;
        int stop = Math.min(words.size(), hit.to() + 8);
        for (int j = hit.end(); j < stop; j++) {
            if (words.kind(j) != Words.NUMBER) {
                continue;
            }
            boolean isPercent = j + 1 < words.size() && (words.lower(j + 1).equals("%")
                    || words.lower(j + 1).equals("percent") || words.lower(j + 1).equals("per"));
            String currency = j > 0 && words.kind(j - 1) == Words.PUNCT
                    && "$€£¥".contains(words.lower(j - 1)) ? words.lower(j - 1) : null;
            if (isPercent && percent == null && j < hit.to()) {
                percent = words.word(j) + "%";
            } else if (currency != null && money == null) {
                money = currency + words.word(j);
            }
        }
        if (percent == null) {
            return money != null && hit.to() > hit.end() && words.span(hit.end(), hit.to()).contains(money) ? money : null;
        }
        return money == null ? percent : percent + " to " + money;
    }
}
