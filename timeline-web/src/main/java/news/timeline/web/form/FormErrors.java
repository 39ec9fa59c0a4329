package news.timeline.web.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a submitted form, field by field, so each message can stand beside its field. */
public final class FormErrors extends RuntimeException {

    private final Map<String, String> fields;

    public FormErrors(Map<String, String> fields) {
        super("Invalid form: " + fields);
        this.fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
