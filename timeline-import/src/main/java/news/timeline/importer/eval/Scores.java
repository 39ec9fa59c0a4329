package news.timeline.importer.eval;

/**
 * Precision, recall and F1 of one kind of match.
 *
 * @param correct how many system expressions count as correct
 * @param system how many the system reported
 * @param gold how many the gold standard holds
 */
public record Scores(int correct, int system, int gold) {

    public double precision() {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        return correct == 0 ? 0 : 2.0 * correct / (system + gold);
    }

    @Override
    public String toString() {
        return "P %.3f  R %.3f  F1 %.3f  (%d of %d system, %d gold)".formatted(precision(), recall(), f1(), correct,
                system, gold);
    }
}
