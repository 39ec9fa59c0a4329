package news.timeline.web.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Checks a form or a request against its Bean Validation constraints, every wrong field at once.
     *
     * @return {@code bean}, when nothing is wrong
     * @throws FormErrors naming each wrong field as the request does: {@code headline}, {@code media[1].url}
     */
    public static <T> T check(Validator validator, T bean) {
        return check(validator, bean, Map.of());
    }

    /** As {@link #check(Validator, Object)}, with what else is wrong, by field, that the constraints do not see. */
    public static <T> T check(Validator validator, T bean, Map<String, String> more) {
        Map<String, String> fields = new TreeMap<>(more);
        for (ConstraintViolation<T> violation : validator.validate(bean)) {
            fields.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage());
        }
        if (!fields.isEmpty()) {
            throw new FormErrors(fields);
        }
        return bean;
    }

    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    public Map<String, String> fields() {
        return fields;
    }
}
