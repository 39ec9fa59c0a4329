package news.timeline.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The editor's message bundles in a language, for the words made in Java: page titles, notices, labels, errors. */
public final class Words {

    private static final Map<Locale, EditorMessages> EDITOR = new ConcurrentHashMap<>();
    private static final Map<Locale, FieldMessages> FIELDS = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The editor's words in {@code locale} (a template's {@code locale} attribute); English for none. */
    public static EditorMessages editor(Object locale) {
        return EDITOR.computeIfAbsent(locale(locale), l -> MessageBundles.get(EditorMessages.class, Localized.Literal.of(l.toLanguageTag())));
    }

    /** The words for the editor's field values and errors in {@code locale}; English for none. */
    public static FieldMessages fields(Object locale) {
        return FIELDS.computeIfAbsent(locale(locale), l -> MessageBundles.get(FieldMessages.class, Localized.Literal.of(l.toLanguageTag())));
    }

    private static Locale locale(Object attribute) {
        return attribute instanceof Locale locale ? locale : Locale.ENGLISH;
    }
}
