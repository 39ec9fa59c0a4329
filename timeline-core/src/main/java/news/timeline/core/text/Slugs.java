package news.timeline.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** URL slugs: lower-case ASCII letters and digits in words joined by single hyphens ("us-russia-relations"). */
public final class Slugs {

    /** The longest slug made or accepted. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * A slug made from any text: Cyrillic and Greek spelt in Latin letters (Ukrainian and Russian each by
     * its own system, see {@code latin.tsv}), accents dropped, everything else that is not an ASCII letter
     * or digit a hyphen.
     */
    public static String of(String text) {
        String latin = Latin.of(text.toLowerCase(Locale.ROOT));
        String ascii = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_WORD.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a slug from '" + text
                    + "': it has no Latin, Cyrillic or Greek letters and no digits");
        }
        return slug;
    }

    /** True if {@code slug} is a valid slug. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** {@code slug} itself if valid; otherwise an exception naming {@code field}. */
    public static String require(String slug, String field) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("Invalid " + field + " '" + slug
                    + "': use lower-case letters, digits and single hyphens, at most " + MAX_LENGTH + " characters");
        }
        return slug;
    }

    /**
     * The constant of {@code type} whose name {@code text} spells in any case, a hyphen for each underscore
     * ("planned", "phone-call").
     *
     * @throws IllegalArgumentException naming {@code what} and the constants it could have been
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " '" + text + "': expected one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    }

    private static String trimHyphens(String slug) {
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return slug.substring(from, to);
    }
}
