package news.timeline.importer.read;

/** A file that cannot be read at all; the message names the file and the reason, ready to show. */
public final class UnreadableFileException extends Exception {

    private final String file;
    private final String reason;

    public UnreadableFileException(String file, String reason) {
        this(file, reason, null);
    }

    public UnreadableFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }

    /** This failure as a problem of the whole file, for a batch that goes on with the next file. */
    public ReadProblem toProblem() {
        return ReadProblem.error(file, null, null, reason);
    }
}
