package news.timeline.importer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.timeline.core.date.Precision;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;

/**
 * Scores the tagger against gold documents as TempEval-3 does: strict (same span) and relaxed (overlapping
 * spans, each gold and system expression used once) precision, recall and F1; type and value accuracy over
 * the relaxed matches. The dateline (gold {@code CREATION_TIME}) is left out, together with whatever the
 * tagger finds on it. A document without a publication date is resolved against its dateline, a full date
 * on a line of its own near the top, if it has one.
 */
public final class TimexEvaluator {

    /** How far into a text a dateline may stand. */
    private static final int DATELINE_REACH = 400;

    private final TimeTagger tagger;

    public TimexEvaluator(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** Reads every {@code *.json} document of a folder, in name order. */
    public static List<GoldDocument> read(Path folder) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            List<GoldDocument> documents = new ArrayList<>();
            for (Path path : paths) {
                try {
                    documents.add(json.readValue(path.toFile(), GoldDocument.class));
                } catch (IOException e) {
                    String reason = e instanceof JsonProcessingException bad && bad.getLocation() != null
                            ? bad.getOriginalMessage() + " at line " + bad.getLocation().getLineNr()
                            : e.getMessage();
                    throw new UncheckedIOException("cannot read gold document " + path + ": " + reason, e);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Scores the documents and measures throughput: {@code warmups} untimed passes over all documents, then
     * timed passes until at least {@code minNanos} have passed.
     */
    public Evaluation evaluate(List<GoldDocument> documents, int warmups, long minNanos) {
        int strict = 0;
        int relaxed = 0;
        int typeOk = 0;
        int valueOk = 0;
        int systemCount = 0;
        int goldCount = 0;
        List<String> errors = new ArrayList<>();
        Map<ErrorClass, Integer> classes = new EnumMap<>(ErrorClass.class);
        for (ErrorClass errorClass : ErrorClass.values()) {
            classes.put(errorClass, 0);
        }
        for (GoldDocument document : documents) {
            List<GoldDocument.GoldTimex> gold = new ArrayList<>();
            List<GoldDocument.GoldTimex> creation = new ArrayList<>();
            for (GoldDocument.GoldTimex timex : document.timex()) {
                (timex.isCreationTime() ? creation : gold).add(timex);
            }
            List<TimeExpression> system = new ArrayList<>();
            for (TimeExpression found : tag(document)) {
                if (creation.stream().noneMatch(c -> overlaps(c, found))) {
                    system.add(found);
                }
            }
            goldCount += gold.size();
            systemCount += system.size();
            for (GoldDocument.GoldTimex g : gold) {
                for (TimeExpression s : system) {
                    if (s.begin() == g.begin() && s.end() == g.end()) {
                        strict++;
                        break;
                    }
                }
            }
            boolean[] used = new boolean[system.size()];
            for (GoldDocument.GoldTimex g : gold) {
                int match = -1;
                for (int k = 0; k < system.size(); k++) {
                    if (!used[k] && overlaps(g, system.get(k))) {
                        match = k;
                        break;
                    }
                }
                if (match < 0) {
                    errors.add(line(document, "MISSED", g.text(), g.type(), g.value(), "", g.begin(),
                            count(classes, document, g.begin(), g.text(), g.type(), g.value(), null, null)));
                    continue;
                }
                used[match] = true;
                relaxed++;
                TimeExpression s = system.get(match);
                if (s.type().name().equals(g.type())) {
                    typeOk++;
                }
                if (s.value().equals(g.value())) {
                    valueOk++;
                } else {
                    errors.add(line(document, "VALUE", g.text(), g.type(), g.value(),
                            "got [" + s.text() + "] " + s.type() + " " + s.value(), g.begin(),
                            count(classes, document, g.begin(), g.text(), g.type(), g.value(), s.type().name(),
                                    s.value())));
                }
            }
            for (int k = 0; k < system.size(); k++) {
                if (!used[k]) {
                    TimeExpression s = system.get(k);
                    errors.add(line(document, "SPURIOUS", s.text(), s.type().name(), s.value(), "", s.begin(),
                            count(classes, document, s.begin(), s.text(), null, null, s.type().name(), s.value())));
                }
            }
        }
        long characters = 0;
        long nanos = 0;
        for (int pass = 0; pass < warmups; pass++) {
            for (GoldDocument document : documents) {
                tag(document);
            }
        }
        if (minNanos > 0) {
            long start = System.nanoTime();
            do {
                for (GoldDocument document : documents) {
                    tag(document);
                    characters += document.text().length();
                }
                nanos = System.nanoTime() - start;
            } while (nanos < minNanos);
        }
        return new Evaluation(documents.size(), new Scores(strict, systemCount, goldCount),
                new Scores(relaxed, systemCount, goldCount), new Scores(typeOk, systemCount, goldCount),
                new Scores(valueOk, systemCount, goldCount), characters, nanos, errors, classes);
    }

    private List<TimeExpression> tag(GoldDocument document) {
        LocalDate dct = document.publicationDate();
        String text = document.text() == null ? "" : document.text();
        if (dct != null) {
            return tagger.tag(text, dct);
        }
        List<TimeExpression> found = tagger.tagWithoutPublicationDate(text);
        LocalDate dateline = dateline(text, found);
        return dateline == null ? found : tagger.tag(text, dateline);
    }

    /**
     * A news article without a publication date usually still has a dateline: a full date alone near the
     * top (Wikinews puts it on the line after the title). That date stands in for the publication date.
     */
    static LocalDate dateline(String text, List<TimeExpression> found) {
        for (TimeExpression expression : found) {
            if (expression.begin() > DATELINE_REACH) {
                break;
            }
            boolean ownLine = (expression.begin() == 0 || text.charAt(expression.begin() - 1) == '\n')
                    && (expression.end() == text.length() || text.charAt(expression.end()) == '\n');
            if (ownLine && expression.date() != null && expression.date().precision() == Precision.DAY
                    && !expression.date().approximate()) {
                return expression.date().startDay();
            }
        }
        return null;
    }

    private static boolean overlaps(GoldDocument.GoldTimex g, TimeExpression s) {
        return s.begin() < g.end() && g.begin() < s.end();
    }

    private static ErrorClass count(Map<ErrorClass, Integer> classes, GoldDocument d, int begin, String text,
            String goldType, String goldValue, String systemType, String systemValue) {
        String before = d.text().substring(Math.max(0, begin - 12), begin);
        ErrorClass errorClass = ErrorClass.of(goldType, goldValue, systemType, systemValue, text, before);
        classes.merge(errorClass, 1, Integer::sum);
        return errorClass;
    }

    private static String line(GoldDocument d, String kind, String text, String type, String value, String more,
            int begin, ErrorClass errorClass) {
        String context = d.text().substring(Math.max(0, begin - 40), Math.min(d.text().length(), begin + 50))
                .replace('\n', ' ');
        return "%-8s %-10s [%s] %s %s %s | %s | dct %s | ...%s...".formatted(kind, d.id(), text, type, value, more,
                errorClass.name(), d.dct(), context);
    }
}
