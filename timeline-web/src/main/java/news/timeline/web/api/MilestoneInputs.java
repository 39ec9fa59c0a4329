package news.timeline.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.web.api.ApiModel.MilestoneInput;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.form.FormErrors;

/**
 * Turns the API's typed milestone into the editor's form, so that one set of rules (MilestoneForm and
 * EditorService) checks and saves milestones whichever way they arrive.
 */
final class MilestoneInputs {

    private MilestoneInputs() {
    }

    /**
     * @throws FormErrors for a name with a comma, which the form would read as two names
     */
    static MilestoneForm form(MilestoneInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        MilestoneForm form = MilestoneForm.blank();
        form.headline = in.headline();
        form.slug = in.slug();
        form.summary = in.summary();
        form.date = in.date();
        form.end = in.end();
        form.approximate = Boolean.TRUE.equals(in.approximate()) ? "on" : null;
        if (in.status() != null) {
            form.status = in.status();
        }
        if (in.kind() != null) {
            form.kind = in.kind();
        }
        form.actors = names("actors", in.actors(), errors);
        form.places = names("places", in.places(), errors);
        form.tags = names("tags", in.tags(), errors);
        if (in.source() != null) {
            form.sourceTitle = in.source().title();
            form.sourceOutlet = in.source().outlet();
            form.sourceUrl = in.source().url();
            form.sourcePublished = in.source().published();
            form.sourceQuote = in.source().quote();
        }
        if (in.media() != null) {
            form.mediaUrl = in.media().url();
            form.mediaCredit = in.media().credit();
            form.mediaCaption = in.media().caption();
        }
        if (in.importance() != null) {
            form.importance = in.importance().toString();
        }
        form.published = Boolean.FALSE.equals(in.published()) ? null : "on";
        form.version = in.version() == null ? null : in.version().toString();
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        return form;
    }

    private static String names(String field, List<String> names, Map<String, String> errors) {
        if (names == null) {
            return null;
        }
        for (String name : names) {
            if (name == null || name.contains(",")) {
                errors.put(field, "Each name is one string without commas; '" + name + "' is not");
            }
        }
        return String.join(", ", names.stream().map(n -> n == null ? "" : n).toList());
    }
}
