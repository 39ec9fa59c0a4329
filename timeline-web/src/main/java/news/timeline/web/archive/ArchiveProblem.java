package news.timeline.web.archive;

/**
 * Something wrong with an archive, said so that it can be found: the file in the archive, the line in it
 * (0 for the whole file), and what is wrong.
 */
public record ArchiveProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
