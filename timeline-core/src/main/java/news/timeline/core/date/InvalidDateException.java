package news.timeline.core.date;

/** A date value that cannot be read; the message names the input and what is wrong with it. */
public final class InvalidDateException extends IllegalArgumentException {

    private final String input;
    private final String reason;

    public InvalidDateException(String input, String reason) {
        super("Invalid date '" + input + "': " + reason);
        this.input = input;
        this.reason = reason;
    }

    /** The text that was given. */
    public String input() {
        return input;
    }

    /** What is wrong with it, without the input. */
    public String reason() {
        return reason;
    }
}
