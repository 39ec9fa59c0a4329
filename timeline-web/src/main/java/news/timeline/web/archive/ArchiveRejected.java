package news.timeline.web.archive;

import java.util.List;

/** An archive that was not imported, with every problem found; nothing was changed. */
public final class ArchiveRejected extends RuntimeException {

    private final transient List<ArchiveProblem> problems;

    ArchiveRejected(List<ArchiveProblem> problems) {
        super(problems.size() + " problem(s), the first: " + problems.get(0), null, false, false);
        this.problems = List.copyOf(problems);
    }

    ArchiveRejected(ArchiveProblem problem) {
        this(List.of(problem));
    }

    public List<ArchiveProblem> problems() {
        return problems;
    }
}
