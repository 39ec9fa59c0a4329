package news.timeline.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import news.timeline.web.config.Resources;

/**
 * What makes a password acceptable: at least {@link #MIN_LENGTH} characters, at most {@link #MAX_BYTES}
 * bytes in UTF-8, because bcrypt reads no further and two passwords alike in their first 72 bytes would be
 * the same password, and not a common password (the list is data: {@code security/common-passwords.txt}),
 * nor a common password or the account's name with digits and symbols put before or after it.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** Where bcrypt stops reading. */
    public static final int MAX_BYTES = 72;

    private static final String LIST = "security/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    /**
     * What is wrong with {@code password} for the account {@code username}, in words an editor can act on,
     * or null if nothing is.
     */
    public static String problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "at least " + MIN_LENGTH + " characters";
        }
        if (tooLong(password)) {
            return "at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " Latin or " + MAX_BYTES / 2
                    + " Cyrillic letters): longer passwords are cut there, so the rest would not count";
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (username != null && !username.isBlank() && core.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return "must be more than the username";
        }
        if (COMMON.contains(lower) || (!core.isEmpty() && COMMON.contains(core))) {
            return "is one of the most common passwords, or one with digits or symbols added: choose another";
        }
        return null;
    }

    /** True if bcrypt would not read all of the password. */
    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** How many common passwords the list holds. */
    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        return Resources.text(LIST).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
