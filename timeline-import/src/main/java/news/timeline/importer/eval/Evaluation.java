package news.timeline.importer.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring the tagger on a set of gold documents.
 *
 * @param strict spans equal
 * @param relaxed spans overlap
 * @param type spans overlap and the types agree
 * @param value spans overlap and the values agree (value F1 = relaxed F1 × value accuracy)
 * @param characters how many characters were tagged in the timed runs
 * @param nanos how long the timed runs took
 * @param errors one line per missed, spurious or wrongly valued expression
 * @param errorClasses how many of the errors fall in each class, every class present
 */
public record Evaluation(
        int documents, Scores strict, Scores relaxed, Scores type, Scores value, long characters, long nanos,
        List<String> errors, Map<ErrorClass, Integer> errorClasses) {

    public double charactersPerSecond() {
        return nanos == 0 ? 0 : characters * 1e9 / nanos;
    }
}
