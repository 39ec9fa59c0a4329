package news.timeline.core.actor;

/** Shared argument checks for names. */
final class Checks {

    static final int MAX_NAME = 200;

    private Checks() {
    }

    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Missing " + what);
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "Invalid " + what + " '" + stripped.substring(0, 40) + "…': at most " + MAX_NAME + " characters");
        }
        return stripped;
    }
}
