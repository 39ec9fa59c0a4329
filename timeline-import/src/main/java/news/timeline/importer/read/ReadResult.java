package news.timeline.importer.read;

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
}
