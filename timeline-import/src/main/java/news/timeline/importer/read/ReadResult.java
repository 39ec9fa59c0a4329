package news.timeline.importer.read;

import java.util.ArrayList;
import java.util.List;

/**
 * What was read, with the problems met on the way: one bad row or item is a problem here, never the
 * loss of the rest.
 */
public record ReadResult<T>(List<T> items, List<ReadProblem> problems) {

    public ReadResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** The problems that kept something from being imported. */
    public List<ReadProblem> errors() {
        return problems.stream().filter(ReadProblem::isError).toList();
    }

    /** This result followed by {@code other}'s items and problems. */
    public ReadResult<T> and(ReadResult<? extends T> other) {
        List<T> allItems = new ArrayList<>(items);
        allItems.addAll(other.items());
        List<ReadProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems());
        return new ReadResult<>(allItems, allProblems);
    }
}
