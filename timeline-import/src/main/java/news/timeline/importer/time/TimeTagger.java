package news.timeline.importer.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.InvalidDateException;
import news.timeline.core.date.Precision;

/**
 * Finds time expressions in a text and resolves them against the text's publication date.
 *
 * <p>The text is tokenised once; at each token the tagger tries only the rules whose first element can
 * match that token (an index built from the rule files), keeps the longest match (the earlier rule on a
 * tie) and continues after it. Rules and tables are data under {@code rules/<language>/}; they are read
 * and compiled once per process and language. A tagger is immutable and safe to share between threads.
 *
 * <pre>{@code
 * List<TimeExpression> found = TimeTagger.english().tag(text, LocalDate.of(2025, 2, 12));
 * }</pre>
 */
public final class TimeTagger {

    /** How many tokens before an expression are searched for a tense cue ("will", "said"). */
    private static final int TENSE_WINDOW = 12;
    /** How many tokens before an explicit date a bound ("since", "by") still makes it a bound. */
    private static final int NOT_TOLD_REACH = 4;

    private static final Map<String, TimeTagger> BY_LANGUAGE = new ConcurrentHashMap<>();


    private final RuleSet rules;
    private final Table tenseCues;
    /** Words before an explicit date that make it a bound or a name rather than a time the story tells. */
    private final Table notTold;

    private TimeTagger(RuleSet rules) {
        this.rules = rules;
        this.tenseCues = rules.table("tense");
        this.notTold = rules.hasTable("nottold") ? rules.table("nottold") : new Table("nottold");
    }

    /** The tagger for English news. */
    public static TimeTagger english() {
        return forLanguage("en");
    }

    /**
     * The tagger for the rules under {@code rules/<language>/}.
     *
     * @throws IllegalStateException if the rules are missing or malformed, naming the file and line
     */
    public static TimeTagger forLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language must be a code such as 'en', not " + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, code -> new TimeTagger(RuleSet.load(code)));
    }

    /**
     * Every time expression in {@code text}, in text order, relative ones resolved against
     * {@code publicationDate}.
     *
     * @throws IllegalArgumentException if the text or the publication date is missing
     */
    public List<TimeExpression> tag(String text, LocalDate publicationDate) {
        if (publicationDate == null) {
            throw new IllegalArgumentException("publication date is required");
        }
        return run(text, publicationDate);
    }

    /**
     * Every time expression in {@code text}, as {@link #tag(String, LocalDate)} finds them, for a text that
     * tells the events of another day than its publication: the story's reference time starts at
     * {@code storyDate} instead of at the publication date, so "on Monday" or "in August" in a past
     * clause count from it until the text names another date or speaks from the day of publication.
     *
     * @throws IllegalArgumentException if the text or either date is missing
     */
    public List<TimeExpression> tag(String text, LocalDate publicationDate, LocalDate storyDate) {
        if (publicationDate == null) {
            throw new IllegalArgumentException("publication date is required");
        }
        if (storyDate == null) {
            throw new IllegalArgumentException("story date is required; use tag(text, publicationDate)");
        }
        return run(text, publicationDate, storyDate);
    }

    /**
     * Every time expression in a text whose publication date is unknown: relative expressions keep
     * unresolved values such as {@code XXXX-XX-XX} or {@code XXXX-12}.
     */
    public List<TimeExpression> tagWithoutPublicationDate(String text) {
        return run(text, null);
    }

    private List<TimeExpression> run(String text, LocalDate dct) {
        return run(text, dct, null);
    }

    private List<TimeExpression> run(String text, LocalDate dct, LocalDate storyDate) {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        Tokens tokens = Tokens.of(text);
        tokens.identify(rules.vocabulary);
        Resolver resolver = new Resolver(dct);
        if (storyDate != null) {
            resolver.anchorYearTo(storyDate.getYear(), true);
            resolver.anchorTo(storyDate, true);
        }
        Match match = new Match(tokens);
        List<TimeExpression> found = new ArrayList<>();
        Sentence sentence = new Sentence(tokens);
        int i = 0;
        while (i < tokens.size) {
            Rule best = null;
            int bestEnd = -1;
            // A range rule competes with the length of the whole range, so "March 23-24" beats "March 23".
            int bestReach = -1;
            String[] bestCaptures = null;
            int[] bestAt = null;
            Rule[] candidates = tokens.id[i] >= 0 ? rules.byId[tokens.id[i]] : null;
            for (int pass = 0; pass < 2; pass++) {
                if (candidates != null) {
                    for (Rule rule : candidates) {
                        if (!gateOpen(rule, tokens, i)) {
                            continue;
                        }
                        int end = match.run(rule, i);
                        int reach = end > 0 && rule.until() != null ? match.fullEnd : end;
                        if (reach > bestReach || (reach == bestReach && reach > 0 && rule.index() < best.index())) {
                            best = rule;
                            bestEnd = end;
                            bestReach = reach;
                            bestCaptures = match.captures.clone();
                            bestAt = rule.until() != null ? match.at.clone() : null;
                        }
                    }
                }
                candidates = pass == 0 && tokens.kind[i] == Tokens.NUMBER ? rules.byNumber : null;
            }
            if (best == null || bestEnd <= i) {
                i++;
                continue;
            }
            if (best.type() != null) {
                sentence.moveTo(i);
                resolver.inSentence(sentence.number);
                TimeExpression expression = produce(best, best.value(), bestCaptures, tokens, i, bestEnd, resolver);
                if (expression == null) {
                    // The rule matched but could not give a value: let readings that start later try.
                    i++;
                    continue;
                }
                sentence.moveTo(i);
                found.add(expression);
                sentence.track(best, found, bestEnd);
                if (best.until() != null) {
                    int last = bestAt[RuleSet.rangeEnd(best.elements())];
                    sentence.moveTo(last);
                    resolver.inSentence(sentence.number);
                    TimeExpression closing = produce(best, best.until(), bestCaptures, tokens, last, bestReach,
                            resolver);
                    if (closing != null) {
                        found.set(found.size() - 1, withRange(expression, closing));
                        sentence.moveTo(last);
                        found.add(closing);
                        sentence.track(best, found, bestReach);
                        bestEnd = bestReach;
                    }
                }
            }
            i = bestEnd;
        }
        return found;
    }

    /** The opening expression of a range, carrying the range from its date to the closing one's. */
    private static TimeExpression withRange(TimeExpression opening, TimeExpression closing) {
        if (opening.date() == null || closing.date() == null) {
            return opening;
        }
        try {
            HistoricalDate range = opening.date().start().to(closing.date().start());
            if (opening.date().approximate()) {
                range = range.approximately();
            }
            return new TimeExpression(opening.begin(), opening.end(), opening.text(), opening.type(),
                    opening.value(), opening.mod(), opening.date(), range);
        } catch (InvalidDateException e) {
            // "from 2011 to 2009" is no range.
            return opening;
        }
    }

    /**
     * False when the rule cannot match at token {@code i}: its first required element, preceded only by
     * optional single words ("the? o=@ordinal quarter"), can begin at none of the tokens it could start at;
     * or, for a rule led by a fixed-length element ("y=#year s"), its second element cannot begin right
     * after. Most attempts are made at "the" and numbers; this spares the full match for nearly all of them.
     */
    private boolean gateOpen(Rule rule, Tokens tokens, int i) {
        int second = rules.secondAt[rule.index()];
        if (second != 0) {
            Element next = rule.elements()[RuleSet.secondIndex(rule.elements())];
            for (int offset = 1; offset <= 4 && i + offset < tokens.size; offset++) {
                if ((second & (1 << offset)) != 0 && next.canStart(tokens, i + offset)) {
                    return true;
                }
            }
            return false;
        }
        int gate = rules.gate[rule.index()];
        if (gate < 0) {
            return true;
        }
        Element element = rule.elements()[gate];
        int last = Math.min(tokens.size - 1, i + gate);
        for (int j = i; j <= last; j++) {
            if (element.canStart(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    private TimeExpression produce(Rule rule, String template, String[] captured, Tokens tokens, int first,
            int end, Resolver resolver) {
        Map<String, String> captures = new HashMap<>();
        Element[] elements = rule.elements();
        for (int e = 0; e < elements.length; e++) {
            if (elements[e].capture != null && captured[e] != null) {
                captures.put(elements[e].capture, captured[e]);
            }
        }
        String value;
        try {
            value = resolver.evaluate(template, captures, () -> tense(tokens, first, end));
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            // Counts beyond any calendar ("99999999999 years ago") have no value to give.
            return null;
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        Resolver.Origin origin = resolver.origin();
        TimexMod mod = null;
        if (rule.mod() != null) {
            String m = Resolver.substitute(rule.mod(), captures);
            mod = m.isEmpty() || m.equals("NONE") ? null : TimexMod.valueOf(m);
        }
        int begin = tokens.begin[first];
        int stop = tokens.end[end - 1];
        HistoricalDate date = null;
        if (rule.date() != null) {
            try {
                String dateValue = resolver.evaluate(rule.date(), captures, () -> tense(tokens, first, end));
                date = dateValue == null ? null : Dates.toHistoricalDate(dateValue, mod);
            } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
                date = null;
            }
        } else if (rule.type() == TimexType.DATE || rule.type() == TimexType.TIME) {
            date = Dates.toHistoricalDate(value, mod);
        }
        // Only a past date the text names in full sets the story's reference time; what counts from it keeps
        // it ("the next day") unless it moves to another year ("the same month a year ago", a comparison).
        boolean told = origin == Resolver.Origin.EXPLICIT && date != null && !resolver.isAfterPublication(date)
                && tellsTheStory(tokens, first);
        if (origin == Resolver.Origin.DCT && date != null) {
            // "next January", "this week": the text speaks from the day of publication again.
            resolver.leaveStory();
        }
        if (date != null && !date.isRange() && rule.type() == TimexType.DATE
                && date.precision().isAtLeast(Precision.YEAR) && date.year() > 0) {
            resolver.anchorYearTo(date.year(), told || origin == Resolver.Origin.ANCHOR && resolver.storyYear()
                    && date.year() == resolver.anchorYear());
        }
        if (date != null && !date.approximate() && !date.isRange() && rule.type() == TimexType.DATE
                && !premodifier(tokens, first, end)) {
            if (date.precision() == Precision.DAY) {
                resolver.anchorTo(date.startDay(), told || origin == Resolver.Origin.ANCHOR && resolver.storyDay());
            } else if (date.precision() == Precision.MONTH) {
                resolver.anchorMonthTo(date.startDay());
            }
        }
        if (date != null && !date.isRange() && rule.type() == TimexType.TIME
                && date.precision().isAtLeast(Precision.DAY)) {
            // "Tuesday night ... the day before": a time of day also names its day.
            resolver.anchorTo(date.startDay(), told || origin == Resolver.Origin.ANCHOR && resolver.storyDay());
        }
        return new TimeExpression(begin, stop, tokens.text.substring(begin, stop), rule.type(), value, mod, date);
    }

    /**
     * Whether an explicit date at token {@code first} is a time the story tells ("In 2012, ...", "on March 3,
     * 2012") rather than a bound or a name ("since 2008", "by 2012", "the 2008 crisis"), which does not move
     * the story's reference time.
     */
    private boolean tellsTheStory(Tokens tokens, int first) {
        // "since its launch in 2003": a bound reaches over a short phrase; "the 2008 crisis" only right before.
        for (int i = first - 1; i >= Math.max(0, first - NOT_TOLD_REACH); i--) {
            String word = notTold.lookup(tokens, i);
            if (word != null && (i == first - 1 || word.equals("BOUND"))) {
                return false;
            }
            if (tokens.breakBefore(i)) {
                break;
            }
        }
        // "the war, which began with Russia's invasion in February 2022": a clause that describes something
        // named before it is a side remark, not the time the story goes on to tell.
        for (int i = first - 1; i > Math.max(0, first - DESCRIBING_REACH); i--) {
            if (tokens.norm[i].equals(",") || tokens.breakBefore(i)) {
                break;
            }
            if (DESCRIBING.contains(tokens.norm[i]) && tokens.norm[i - 1].equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the date at tokens {@code first} to {@code end} premodifies a noun after "the" or a possessive ("the
     * November 27 maritime border agreement"): it names another event, whose day a later "the following day" does
     * not count from.
     */
    private boolean premodifier(Tokens tokens, int first, int end) {
        return first > 0 && end < tokens.size && "NAME".equals(notTold.lookup(tokens, first - 1))
                && !tokens.breakBefore(end) && Character.isLowerCase(tokens.text.charAt(tokens.begin[end]))
                && !tokens.norm[end].equals("of");
    }

    /** Words that open a clause describing what the words before the comma named: ", which began in 2022". */
    private static final java.util.Set<String> DESCRIBING = java.util.Set.of("which", "who");

    /** How far before a date such a clause may open. */
    private static final int DESCRIBING_REACH = 16;

    /**
     * True if token {@code i} is the -ing form of a present progressive ("is travelling", "are meeting"), which
     * with a date after it tells what is planned: "the president is travelling to Brussels on Thursday". After the
     * date it is too often another sentence's ("rebounded in the last week of March. 'The market is starting'").
     */
    private static boolean presentProgressive(Tokens tokens, int i) {
        if (i == 0 || !tokens.norm[i].endsWith("ing") || tokens.norm[i].length() < 6) {
            return false;
        }
        String be = tokens.norm[i - 1];
        return be.equals("is") || be.equals("are") || be.equals("am");
    }

    /**
     * The tense of the sentence around tokens {@code first} to {@code end}: the nearest cue word before the
     * expression, else the nearest after it ("On Monday, the company will ...").
     */
    private Resolver.Tense tense(Tokens tokens, int first, int end) {
        int stop = Math.max(0, first - TENSE_WINDOW);
        boolean bound = false;
        for (int i = first - 1; i >= stop; i--) {
            if (bound && i == stop) {
                // A bound's clause may be long ("was envoy to the international intervention ... until").
                stop = Math.max(0, first - 2 * TENSE_WINDOW);
            }
            if (tokens.breakBefore(i + 1)) {
                break;
            }
            String cue = presentProgressive(tokens, i) ? "FUTURE" : tenseCues.lookup(tokens, i);
            if (cue == null) {
                continue;
            }
            // A bound ("until December", "by June") looks ahead, unless its clause is in the past: then
            // it may look back ("was envoy until December") or ahead ("was remanded until March 5"), and
            // the date is read as if no cue were given.
            if (cue.equals("BOUND") || cue.equals("BOUND_NEXT") && i == first - 1) {
                bound = true;
            } else if (!cue.equals("BOUND_NEXT")) {
                Resolver.Tense tense = cue.equals("MODAL") ? Resolver.Tense.FUTURE : Resolver.Tense.valueOf(cue);
                if (!bound) {
                    return tense;
                }
                return tense == Resolver.Tense.PAST ? Resolver.Tense.BOUNDED_PAST : Resolver.Tense.FUTURE;
            }
        }
        int limit = Math.min(tokens.size, end + TENSE_WINDOW);
        for (int i = end; i < limit && !tokens.breakBefore(i) && !tokens.norm[i].equals("that"); i++) {
            String cue = tenseCues.lookup(tokens, i);
            if (cue != null && !cue.equals("MODAL") && !cue.startsWith("BOUND")) {
                Resolver.Tense tense = Resolver.Tense.valueOf(cue);
                // "by Sunday afternoon the homes had lost power": a bound in a past clause.
                return bound ? (tense == Resolver.Tense.PAST ? Resolver.Tense.BOUNDED_PAST : Resolver.Tense.FUTURE)
                        : tense;
            }
        }
        return bound ? Resolver.Tense.FUTURE : Resolver.Tense.NONE;
    }

    /**
     * Re-dates clock times whose day came from an earlier sentence when their own sentence names the day
     * later: in "the quake struck at 4:53 p.m. local time (2153 GMT) on Tuesday" both times are Tuesday's.
     */
    private static final class Sentence {
        private final Tokens tokens;
        private final List<Integer> pendingTimes = new ArrayList<>();
        private boolean namesADay;
        private int scanned;
        /** How many sentence breaks lie before the token last moved to. */
        int number;

        Sentence(Tokens tokens) {
            this.tokens = tokens;
        }

        /** Notes any sentence break up to token {@code i}. */
        void moveTo(int i) {
            for (int t = Math.max(scanned + 1, 1); t <= i; t++) {
                if (tokens.breakBefore(t)) {
                    pendingTimes.clear();
                    namesADay = false;
                    number++;
                }
            }
            scanned = Math.max(scanned, i);
        }

        void track(Rule rule, List<TimeExpression> found, int end) {
            int last = found.size() - 1;
            TimeExpression expression = found.get(last);
            boolean dayless = rule.type() == TimexType.TIME
                    && (rule.value().startsWith("%time(") || rule.value().startsWith("%anchor()"));
            if (dayless && !namesADay) {
                pendingTimes.add(last);
            } else if (expression.type() == TimexType.DATE && expression.date() != null
                    && expression.date().precision() == Precision.DAY && !expression.date().approximate()) {
                String day = expression.value();
                for (int index : pendingTimes) {
                    found.set(index, redate(found.get(index), day));
                }
                pendingTimes.clear();
                namesADay = true;
            }
            scanned = Math.max(scanned, end - 1);
        }

        private static TimeExpression redate(TimeExpression time, String day) {
            String value = time.value();
            if (value.length() < 11 || value.charAt(10) != 'T') {
                return time;
            }
            String redated = day + value.substring(10);
            return new TimeExpression(time.begin(), time.end(), time.text(), time.type(), redated, time.mod(),
                    Dates.toHistoricalDate(redated, time.mod()));
        }
    }

    /** Matches one rule at a token; keeps the captures of the last successful run. */
    private static final class Match {
        private final Tokens tokens;
        private final String[] value = new String[1];
        String[] captures = new String[16];
        /** The token each element of the last successful run began at (for a range's second date). */
        int[] at = new int[16];
        /** The token after the whole match of the last successful run, past any {@code >}. */
        int fullEnd;
        /** Where a {@code >} element ended the expression in the last run, or -1. */
        private int spanEnd;
        private boolean dirty;

        Match(Tokens tokens) {
            this.tokens = tokens;
        }

        /** The token index after the match, or -1. */
        int run(Rule rule, int start) {
            if (!rule.notAfter().isEmpty() && start > 0 && rule.notAfter().contains(tokens.norm[start - 1])) {
                return -1;
            }
            if (!rule.onlyAfter().isEmpty() && (start == 0 || !(rule.onlyAfter().contains(tokens.norm[start - 1])
                    || (tokens.kind[start - 1] == Tokens.NUMBER && rule.onlyAfter().contains("#"))))) {
                return -1;
            }
            Element[] elements = rule.elements();
            if (captures.length < elements.length) {
                captures = new String[elements.length];
                at = new int[elements.length];
            }
            // A failed attempt leaves no captures behind (step clears on backtracking), so only a success
            // needs clearing before the next attempt.
            if (dirty) {
                java.util.Arrays.fill(captures, null);
                dirty = false;
            }
            spanEnd = -1;
            int end = step(elements, 0, start, start);
            dirty = end > start;
            fullEnd = end;
            if (end > start && spanEnd > start) {
                end = spanEnd;
            }
            if (end > start && !rule.notBefore().isEmpty() && end < tokens.size
                    && rule.notBefore().contains(tokens.norm[end])) {
                return -1;
            }
            if (end > start && !rule.onlyBefore().isEmpty()
                    && (end >= tokens.size || !rule.onlyBefore().contains(tokens.norm[end]))) {
                return -1;
            }
            return end > start ? end : -1;
        }

        // Depth is bounded by the pattern length and each element has at most two choices (take or skip),
        // so a match attempt costs at most 2^length steps however long the text is.
        private int step(Element[] elements, int e, int i, int start) {
            if (e == elements.length) {
                return i;
            }
            Element element = elements[e];
            if (element.kind == Element.Kind.SPAN_END) {
                spanEnd = i;
                return step(elements, e + 1, i, start);
            }
            if (i < tokens.size && (i == start || !tokens.newline[i])) {
                int used = element.match(tokens, i, value);
                if (used > 0) {
                    captures[e] = value[0];
                    at[e] = i;
                    int end = step(elements, e + 1, i + used, start);
                    if (end >= 0) {
                        return end;
                    }
                    captures[e] = null;
                }
            }
            return element.optional ? step(elements, e + 1, i, start) : -1;
        }
    }
}
