package news.timeline.web.editor;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The words the editor's pages show for the values its forms send: "Published", not "PUBLISHED". The values
 * stay what forms and the API send; only what an editor reads changes. In templates: {@code {label:of(s)}}.
 */
@TemplateExtension(namespace = "label")
public final class ValueLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("DRAFT", "Draft"),
            Map.entry("PUBLISHED", "Published"),
            Map.entry("ARCHIVED", "Archived"),
            Map.entry("EDITOR", "Editor"),
            Map.entry("ADMIN", "Administrator"),
            Map.entry("person", "Person"),
            Map.entry("organisation", "Organisation"),
            Map.entry("country", "Country"),
            Map.entry("light", "Light"),
            Map.entry("dark", "Dark"),
            Map.entry("auto", "The reader's setting"),
            Map.entry("on", "Shown"),
            Map.entry("off", "Hidden"));

    private ValueLabels() {
    }

    /** The label of a timeline state, an account role, an actor type or an embed option; any other value as it is. */
    static String of(Object value) {
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return LABELS.getOrDefault(text, text);
    }
}
