package news.timeline.importer.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.Precision;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.importer.gazetteer.Entry;
import news.timeline.importer.gazetteer.Gazetteer;
import news.timeline.importer.gazetteer.Mention;
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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern YEAR_DIGITS = java.util.regex.Pattern.compile("\\d{4}|'\\d{2}");
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final java.util.regex.Pattern SHORT_DURATION = java.util.regex.Pattern.compile("PT\\d+[MH]");
    /** Verbs of saying: a date right after one dates the saying ("said on Friday"), not the event. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "added", "confirmed",
            "stated", "wrote", "posted", "reported", "tweeted");
    /** Clause openers whose dates tell of another time than the main clause's events. */
    private static final Set<String> TEMPORAL = Set.of("since", "until", "before", "after", "following", "amid",
            "while", "when");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this");
    /** Words that open a relative clause: its dates tell of something else ("who takes office on Monday"). */
    private static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which");
    /** Compass words a name may follow after an attack verb ("attacked southern Israel"). */
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern");
    private static final Set<String> LOCATIVE = Set.of("in", "into", "to", "at", "across", "from", "throughout",
            "near", "inside", "toward", "towards", "within", "outside", "around", "over", "visit", "visited",
            "visits", "visiting");
    /** Names after these are what was done to, not who did it ("the invasion of Ukraine"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "for", "with", "on", "at", "from",
            "into", "against", "by", "about", "over", "between", "toward", "towards");
    private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "(", ")", "\u2013", "\u2014", "[", "]");
    private static final Set<String> LEADING = Set.of("with", "the", "a", "an", "as", "and", "while", "that", "but",
            "its", "their", "his", "her", "so", "then", "also");

    private final Rules rules;
    private final Gazetteer gazetteer;
    private final SentenceSplitter splitter;
    private final TimeTagger tagger;

    Extractor(Rules rules, Gazetteer gazetteer, SentenceSplitter splitter, TimeTagger tagger) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.splitter = splitter;
        this.tagger = tagger;
    }

    /** A trigger found in a sentence: words {@code first} to {@code end}, its clause {@code from} to {@code to}. */
    private record Hit(Trigger trigger, int first, int end, int from, int to, int sentenceFirst) {
    }

    List<Event> extract(Article article) {
        String text = article.text();
        Words words = Words.of(text);
        List<Sentence> sentences = splitter.split(words);
        List<TimeExpression> times;
        try {
            times = tagger.tag(text, article.publishedOn());
        } catch (RuntimeException e) {
            // A text the tagger cannot read still has its events; they get only publication dates.
            times = List.of();
        }
        List<Event> events = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : sentences) {
            while (t < times.size() && times.get(t).begin() < sentence.begin()) {
                t++;
            }
            int u = t;
            while (u < times.size() && times.get(u).begin() < sentence.stop()) {
                u++;
            }
            if (sentence.end() - sentence.first() > MAX_SENTENCE_WORDS) {
                continue;
            }
            try {
                sentence(article, words, sentence, times.subList(t, u), events);
            } catch (RuntimeException e) {
                // One sentence the rules cannot handle must not cost the article's other milestones.
            }
            t = u;
        }
        return events;
    }

    private void sentence(Article article, Words words, Sentence sentence, List<TimeExpression> times,
            List<Event> events) {
        List<Hit> hits = hits(words, sentence, times);
        if (hits.isEmpty()) {
            return;
        }
        List<Mention> mentions = gazetteer.find(words, sentence.first(), sentence.end());
        // Talks without a place nearby are no meeting, and must not claim their clause's names and dates.
        hits = hits.stream().filter(hit -> !hit.trigger().needsPlace() || placeAfter(hit, mentions)).toList();
        for (Hit hit : hits) {
            Event event = event(article, words, sentence, hit, hits, mentions, times);
            if (event != null) {
                events.add(event);
            }
        }
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

    /** The triggers of a sentence, longest match first, one per kind and clause. */
    private List<Hit> hits(Words words, Sentence sentence, List<TimeExpression> times) {
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
            Hit hit = new Hit(best, i, bestEnd, from, to, sentence.first());
            // A price word without figures ("troops advanced") is no event, and must not claim the clause's date.
            if (!best.needsAmount() || amount(words, hit) != null) {
                hits.add(hit);
            }
            i = bestEnd;
        }
        List<Hit> kept = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger().cueForInfinitive() && infinitiveFollows(words, hits, h)) {
                continue;
            }
            boolean same = false;
            for (Hit earlier : kept) {
                // A second trigger of the same kind in the clause, or in the sentence without a date of its own
                // ("held a call on June 5, their first conversation since..."), tells of the same event.
                same |= earlier.trigger().kind() == hit.trigger().kind()
                        && (earlier.from() == hit.from() || !hasDate(words, hit, times));
            }
            if (!same) {
                kept.add(hit);
            }
        }
        return kept;
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
            if (later.from() == hit.from() && later.first() > 0 && words.lower(later.first() - 1).equals("to")) {
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
                || COMPASS.contains(words.lower(end)) && end + 1 < sentence.end() && words.capitalised(end + 1)));
    }

    private int clauseStart(Words words, int i, int first) {
        for (int j = i - 1; j >= first; j--) {
            if (words.kind(j) == Words.PUNCT && BOUNDARY.contains(words.lower(j))) {
                return j + 1;
            }
            if (rules.clauseOpeners.contains(words.lower(j))) {
                return j;
            }
        }
        return first;
    }

    private int clauseEnd(Words words, int end, int last) {
        for (int j = end; j < last; j++) {
            if ((words.kind(j) == Words.PUNCT && BOUNDARY.contains(words.lower(j)))
                    || rules.clauseOpeners.contains(words.lower(j))) {
                return j;
            }
        }
        return last;
    }

    private Event event(Article article, Words words, Sentence sentence, Hit hit, List<Hit> hits,
            List<Mention> mentions, List<TimeExpression> times) {
        Trigger trigger = hit.trigger();
        Cue.Status cue = status(words, hit);
        if (cue == Cue.Status.NONE) {
            // "had no plans to meet", "did not meet": the text says it is no event.
            return null;
        }
        MilestoneStatus status = cue == null || cue == Cue.Status.PAST || cue == Cue.Status.TODAY
                ? MilestoneStatus.OCCURRED : MilestoneStatus.valueOf(cue.name());
        LocalDate published = article.publishedOn();

        // Actors and places: the clause's first, then the rest of the sentence outside other events' clauses.
        Event event = new Event(trigger.kind());
        List<Entry> places = new ArrayList<>();
        List<Entry> sentencePlaces = new ArrayList<>();
        boolean placeNear = false;
        boolean namedAfter = false;
        // The doers: named before the trigger in its clause, else before it in the sentence.
        List<String> sentenceDoers = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            for (Mention mention : mentions) {
                boolean inClause = mention.first() >= hit.from() && mention.end() <= hit.to();
                boolean before = mention.first() < hit.first();
                boolean wanted = switch (pass) {
                    case 0 -> inClause && before;
                    case 1 -> !inClause && before && !inOtherClause(mention, hit, hits);
                    case 2 -> inClause && !before;
                    default -> !inClause && !before && !inOtherClause(mention, hit, hits);
                };
                if (!wanted) {
                    continue;
                }
                String previous = mention.first() > 0 ? words.lower(mention.first() - 1) : "";
                boolean locative = LOCATIVE.contains(previous);
                Entry actor = mention.actor();
                Entry place = mention.place();
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
                if (actor != null && !(locative && place != null) && event.actors.size() < MAX_ACTORS) {
                    namedAfter |= pass == 2;
                    event.actors.putIfAbsent(actor.name(), actor);
                    if (!PREPOSITIONS.contains(previous) && !possessor) {
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
        if (event.subjects.isEmpty() && !sentenceDoers.isEmpty()) {
            // Outside the clause only the sentence's first name is its subject: "Moscow has demanded that
            // Kyiv abandon its NATO ambitions since the 2014 annexation" names Russia as the annexer.
            event.subjects.add(sentenceDoers.get(0));
        }
        if (trigger.needsPlace() && !placeNear) {
            return null;
        }
        if (trigger.needsAmount() && amount(words, hit) == null) {
            return null;
        }
        if (event.actors.isEmpty() && !trigger.actorsOptional()) {
            return null;
        }

        // The date: the clause's nearest, then the sentence's nearest outside other events' clauses.
        // A date right after "said" dates the saying: it dates the event only when nothing else does.
        TimeExpression when = null;
        // ...and only for events that happened: a plan announced on Friday does not take place on Friday.
        int passes = status == MilestoneStatus.OCCURRED ? 4 : 2;
        for (int pass = 0; pass < passes && when == null; pass++) {
            when = date(times, words, hit, hits, status, published, pass % 2 == 0, pass >= 2);
        }
        HistoricalDate date = null;
        boolean fromText = when != null;
        if (when != null) {
            date = tenseReading(when, status, published);
            date = date.precision() == Precision.MINUTE ? HistoricalDate.of(date.startDay()) : date;
            Integer offset = offset(words, hit, when);
            if (offset != null) {
                date = HistoricalDate.of(date.startDay().plusDays(offset));
            }
        } else if (status == MilestoneStatus.OCCURRED) {
            if (trigger.undatedDrop() && cue != Cue.Status.TODAY || cue == Cue.Status.PAST) {
                return null;
            }
            // "The measures come a week after direct talks": a week before the day of the report.
            Integer offset = offset(words, hit);
            date = HistoricalDate.of(offset == null ? published : published.plusDays(offset));
        }
        event.status = status;
        event.date = date;
        event.datedBy = fromText ? 0 : -1;
        event.sources.add(Source.quoting(article.title(), article.outlet(), blankToNull(article.url()), published,
                article.text(), sentence.begin(), sentence.stop()));
        event.highlights.add(new Highlight(words.begin(hit.first()), words.end(hit.end() - 1),
                when == null ? -1 : when.begin(), when == null ? -1 : when.end()));
        event.confidence = Math.max(0.05, Math.min(0.99, trigger.confidence() + (fromText ? 0.1 : 0)
                + 0.05 * Math.min(2, event.actors.size()) - (event.flags.isEmpty() ? 0 : 0.1)));
        event.trigger = trigger;
        // "the meeting" refers back; "the call between Trump and Putin" describes its event in full.
        event.anaphoric = !fromText && !namedAfter && hit.first() > sentence.first()
                && DEFINITE.contains(words.lower(hit.first() - 1));
        event.parts = parts(words, hit, times, event);
        String quote = oneLine(words.text().substring(sentence.begin(), sentence.stop()));
        event.summary = Headlines.shorten(quote, MAX_SUMMARY);
        event.fallbackHeadline = Headlines.capitalise(trigger.kind().slug().replace('-', ' ') + ": "
                + oneLine(words.span(hit.from(), hit.to())));
        return event;
    }

    /**
     * The day offset when the trigger's clause opens with "a day after" and its date comes from outside the
     * clause, to the day; otherwise {@code null}.
     */
    private Integer offset(Words words, Hit hit, TimeExpression when) {
        if (when.date().precision().compareTo(Precision.DAY) < 0 || (when.begin() >= words.begin(hit.from())
                && when.end() <= words.end(hit.to() - 1))) {
            return null;
        }
        return offset(words, hit);
    }

    /** The day offset of the phrase ("a day after") that opens the trigger's clause, or {@code null}. */
    private Integer offset(Words words, Hit hit) {
        for (var entry : rules.offsets.entrySet()) {
            int length = entry.getKey().words().length;
            int start = hit.from() - length + 1;
            if (start >= 0 && entry.getKey().matchAt(words, start, hit.from() + 1) == hit.from() + 1) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The text with every run of white space, line breaks included, made one space. */
    private static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean inOtherClause(Mention mention, Hit hit, List<Hit> hits) {
        for (Hit other : hits) {
            if (other != hit && other.from() != hit.from() && mention.first() >= other.from()
                    && mention.end() <= other.to()) {
                return true;
            }
        }
        return false;
    }

    private Cue.Status status(Words words, Hit hit) {
        for (Cue cue : rules.cues) {
            if (hit.trigger().ignoredCues().contains(cue.name())) {
                continue;
            }
            for (int gap = 0; gap < cue.before(); gap++) {
                int next = hit.first() - gap;
                if (next <= hit.from()) {
                    break;
                }
                if (cue.lastWords().contains(words.lower(next - 1))
                        && Phrase.anyEndsBefore(cue.phrases(), words, next, hit.from())
                        && !(words.lower(next - 1).equals("to") && DETERMINERS.contains(words.lower(next)))) {
                    // "agreed to a ceasefire deal": "to" before a noun phrase is a preposition, not a plan.
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
            boolean inClause = time.begin() >= clauseBegin && time.end() <= clauseEnd;
            if (!sayingToo && datesTheSaying(time, words)) {
                continue;
            }
            if (clauseOnly ? !inClause || nearerTrigger(time, words, hit, hits)
                    : inClause || inOtherClause(time, words, hit, hits) || inRelativeClause(time, words, hit)
                            || inTemporalClause(time, words, hit)) {
                continue;
            }
            HistoricalDate date = tenseReading(time, status, published);
            if (status == MilestoneStatus.OCCURRED && date.startDay().isAfter(published)) {
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
     * True if {@code time} dates a report rather than the event: "said on Friday he would meet Putin on
     * Aug. 15" — the date right after a reporting verb.
     */
    private static boolean datesTheSaying(TimeExpression time, Words words) {
        int i = wordAt(words, time.begin());
        if (i > 0 && words.lower(i - 1).equals("on")) {
            i--;
        }
        return i > 0 && REPORTING.contains(words.lower(i - 1));
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
     * True if another trigger of the same clause is nearer to {@code time}: in "launched its invasion in
     * February 2022 and annexed four regions in September 2022" each date goes to its own event.
     */
    /**
     * The date of {@code time} for an event of {@code status}, read in the event's tense when the text gives
     * no year. An event that occurred lies in the past: a month or day that resolved after the publication
     * date is read as the year before ("named Bessent in November", published in January), a weekday as the
     * week before ("spoke to Zelensky on Monday evening and will host..."). A planned or
     * expected event lies ahead: a weekday that resolved before the publication date is read as the next
     * one ("will hold talks in Oman on Sunday", however far "will" is), a month or day as the next year's.
     */
    private static HistoricalDate tenseReading(TimeExpression time, MilestoneStatus status, LocalDate published) {
        HistoricalDate date = time.date();
        boolean past = status == MilestoneStatus.OCCURRED && date.startDay().isAfter(published);
        boolean ahead = (status == MilestoneStatus.PLANNED || status == MilestoneStatus.EXPECTED)
                && date.lastDay().isBefore(published);
        if (!(past || ahead) || date.isRange() || YEAR_DIGITS.matcher(time.text()).find()
                || (date.precision() != Precision.MONTH && date.precision() != Precision.DAY)) {
            return date;
        }
        try {
            HistoricalDate moved;
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

    private static boolean nearerTrigger(TimeExpression time, Words words, Hit hit, List<Hit> hits) {
        int mine = distance(time, words, hit);
        for (Hit other : hits) {
            if (other != hit && other.from() == hit.from() && distance(time, words, other) < mine) {
                return true;
            }
        }
        return false;
    }

    private static int distance(TimeExpression time, Words words, Hit hit) {
        int start = words.begin(hit.first());
        int stop = words.end(hit.end() - 1);
        // English puts a date after the event it dates ("invaded Ukraine in 2022"), so a date before a
        // trigger counts as farther away than the same distance after it.
        if (time.begin() >= stop) {
            return time.begin() - stop;
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
            if (other != hit && other.from() != hit.from() && time.begin() >= words.begin(other.from())
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
