package news.timeline.importer.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Source;
import news.timeline.importer.gazetteer.Entry;
import news.timeline.importer.read.Article;
import news.timeline.importer.text.DataFiles;

/**
 * Judges how likely an event the rules found is a milestone an editor keeps: a logistic model over what the
 * rules know of it (its kind, status, how it was dated, its actors, where in the article it is told, the
 * word that told it), with weights learned from annotated articles (the {@code train-ranker} command) and kept
 * as data in {@code rules/<language>/events/ranker.txt}. Events below the file's threshold are left out; the
 * others take the model's probability as their confidence.
 *
 * <p>The file is one {@code feature weight} pair per line, plus {@code threshold P}; a feature the file does
 * not list weighs nothing. Without the file every event is kept with the rules' own confidence.
 */
public final class Ranker {

    /** The feature every event has: the model's intercept. */
    public static final String BIAS = "bias";
    private static final int[] QUOTE_WORDS = {12, 25, 40};
    private static final int[] OPENING_CHARS = {1, 400, 1500, 4000};

    private final Map<String, Double> weights;
    private final double threshold;

    /**
     * @param weights each feature's weight, {@link #BIAS} the intercept
     * @param threshold events less probable than this are left out
     */
    public Ranker(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The ranker of a language, or null when the language has no model. */
    static Ranker load(String language) {
        String resource = "/rules/" + language + "/events/ranker.txt";
        if (Ranker.class.getResource(resource) == null) {
            return null;
        }
        return parse(DataFiles.lines(resource), resource);
    }

    /** Reads the lines of a ranker file; a bad line is an error that names the file and the line. */
    static Ranker parse(List<String> lines, String where) {
        Map<String, Double> weights = new HashMap<>();
        Double threshold = null;
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            try {
                if (space < 0) {
                    throw new NumberFormatException();
                }
                String name = line.substring(0, space).strip();
                double value = Double.parseDouble(line.substring(space + 1));
                if (name.equals("threshold")) {
                    threshold = value;
                } else if (weights.put(name, value) != null) {
                    throw new IllegalStateException(where + ": feature '" + name + "' given twice");
                }
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + ": expected 'FEATURE WEIGHT' or 'threshold P', got '" + line + "'");
            }
        }
        if (threshold == null) {
            throw new IllegalStateException(where + ": no 'threshold P' line");
        }
        return new Ranker(weights, threshold);
    }

    /** The probability that an event with these features is kept. */
    public double probability(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** Events less probable than this are left out. */
    public double threshold() {
        return threshold;
    }

    /** What the model knows of an event: names of binary features, {@link #BIAS} first. */
    static List<String> features(Event event, Article article, int rankInSentence) {
        LocalDate published = article.publishedOn();
        List<String> features = new ArrayList<>();
        features.add(BIAS);
        String kind = event.kind.slug();
        features.add("kind=" + kind);
        features.add("status=" + event.status.slug());
        String dated = event.date == null ? "none" : event.datedBy >= 0 ? "text" : "publication";
        features.add("dated=" + dated);
        features.add("kind=" + kind + "&dated=" + dated);
        if (event.date != null) {
            features.add("precision=" + event.date.precision().name().toLowerCase(Locale.ROOT));
            features.add("when=" + when(event.date, published));
        }
        int actors = Math.min(3, event.actors.size());
        features.add("actors=" + actors);
        features.add("doer=" + !event.subjects.isEmpty());
        for (Entry actor : event.actors.values()) {
            String type = actor.isListedPerson() ? "listed-person" : actor.type().name().toLowerCase(Locale.ROOT);
            if (!features.contains("actor=" + type)) {
                features.add("actor=" + type);
            }
        }
        features.add("sources=" + Math.min(3, event.sources.size()));
        features.add("told-by=" + (event.noun ? "noun" : "verb"));
        features.add("headline=" + (event.clauseHeadline != null && event.trigger.headlines().isEmpty() ? "clause" : "template"));
        features.add("trigger=" + event.trigger.name());
        if (event.toldBefore) {
            features.add("told-before");
        }
        if (!event.flags.isEmpty()) {
            features.add("flagged");
        }
        features.add("sentence-rank=" + Math.min(3, rankInSentence));
        String opening = article.title() != null ? article.title() : firstLine(article.text());
        boolean inTitle = event.actors.values().stream().anyMatch(actor -> opening.contains(actor.shortName())
                || opening.contains(actor.name()));
        features.add("actor-in-title=" + inTitle);
        Source first = event.sources.get(0);
        features.add("opening=" + bucket(first.quoteStart(), OPENING_CHARS));
        String quote = first.quote() == null ? "" : first.quote();
        features.add("quote-words=" + bucket(quote.split("\\s+").length, QUOTE_WORDS));
        if (quote.matches("(?s).*\\b(said|says|according to|told)\\b.*")) {
            features.add("reported");
        }
        return features;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n', 1);
        return end < 0 ? text : text.substring(0, end);
    }

    /** How far the event's day lies from the publication day, as a few named spans. */
    private static String when(HistoricalDate date, LocalDate published) {
        long days;
        try {
            days = ChronoUnit.DAYS.between(published, date.startDay());
        } catch (RuntimeException e) {
            return "long-before";
        }
        if (days > 0) {
            return days <= 31 ? "soon-after" : "long-after";
        }
        return days == 0 ? "same-day" : days >= -7 ? "week-before" : days >= -366 ? "year-before" : "long-before";
    }

    private static String bucket(int value, int[] bounds) {
        for (int bound : bounds) {
            if (value < bound) {
                return "<" + bound;
            }
        }
        return ">=" + bounds[bounds.length - 1];
    }
}
