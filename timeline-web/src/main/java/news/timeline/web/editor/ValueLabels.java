package news.timeline.web.editor;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Map;
import java.util.function.Function;
import news.timeline.web.FieldMessages;
import news.timeline.web.Words;

/**
 * The words the editor's pages show for the values its forms send: "Published", not "PUBLISHED", in the
 * page's language. The values stay what forms and the API send; only what an editor reads changes. In
 * templates: {@code {label:of(s)}}.
 */
@TemplateExtension(namespace = "label")
public final class ValueLabels {

    private static final Map<String, Function<FieldMessages, String>> LABELS = Map.ofEntries(
            Map.entry("DRAFT", FieldMessages::valueDraft),
            Map.entry("PUBLISHED", FieldMessages::valuePublished),
            Map.entry("ARCHIVED", FieldMessages::valueArchived),
            Map.entry("EDITOR", FieldMessages::valueEditor),
            Map.entry("ADMIN", FieldMessages::valueAdmin),
            Map.entry("person", FieldMessages::valuePerson),
            Map.entry("organisation", FieldMessages::valueOrganisation),
            Map.entry("country", FieldMessages::valueCountry),
            Map.entry("light", FieldMessages::valueLight),
            Map.entry("dark", FieldMessages::valueDark),
            Map.entry("auto", FieldMessages::valueAuto),
            Map.entry("on", FieldMessages::valueShown),
            Map.entry("off", FieldMessages::valueHidden),
            // Which milestones the editor's list shows (EditorService.Show).
            Map.entry("ALL", FieldMessages::valueAll),
            Map.entry("DRAFTS", FieldMessages::valueDrafts),
            Map.entry("DELETED", FieldMessages::valueDeleted),
            // The zoom of the reader's axis (TimelineZoom).
            Map.entry("SPAN", FieldMessages::valueSpan),
            Map.entry("DECADE", FieldMessages::valueDecade),
            Map.entry("YEAR", FieldMessages::valueYear),
            Map.entry("MONTH", FieldMessages::valueMonth),
            Map.entry("DAY", FieldMessages::valueDay),
            // The reader's views (ReaderView), as the settings send them and as the widget's mode option names them.
            Map.entry("LIST", FieldMessages::valueList),
            Map.entry("STORY", FieldMessages::valueStory),
            Map.entry("list", FieldMessages::valueList),
            Map.entry("story", FieldMessages::valueStory));

    private ValueLabels() {
    }

    /**
     * The label of a timeline state, an account role, an actor type, an embed option, a list filter or a
     * zoom in the page's language; any other value as it is.
     */
    static String of(Object value, @TemplateAttribute("locale") Object locale) {
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        Function<FieldMessages, String> label = LABELS.get(text);
        return label == null ? text : label.apply(Words.fields(locale));
    }
}
