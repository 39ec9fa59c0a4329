package news.timeline.web.reader;

import java.util.List;
import java.util.Locale;

/**
 * The languages the reader pages speak and how a request picks one: an explicit {@code ?lang=} first, then
 * the {@code lang} cookie the language switcher sets, then the browser's {@code Accept-Language}, then
 * English.
 */
public final class ReaderLocales {

    /** English, German, Ukrainian; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("uk"));

    public static final String COOKIE = "lang";

    private ReaderLocales() {
    }

    public static Locale resolve(String parameter, String cookie, String acceptLanguage) {
        Locale chosen = supported(parameter);
        if (chosen == null) {
            chosen = supported(cookie);
        }
        if (chosen == null && acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                chosen = match;
            } catch (IllegalArgumentException malformed) {
                // A malformed header is the browser's problem; fall back to the default.
            }
        }
        return chosen == null ? SUPPORTED.get(0) : chosen;
    }

    /** The supported locale with this language tag, or null. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
