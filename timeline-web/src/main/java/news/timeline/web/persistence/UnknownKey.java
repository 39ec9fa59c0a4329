package news.timeline.web.persistence;

/**
 * A window asked for from a milestone ({@code after} or {@code before}, the pager's and the API's keys) that is not
 * among the milestones asked for: mistyped, deleted or unpublished since the link was made, or filtered out. The
 * caller says so — the API with a 400 naming the parameter, the reader's page with a notice over its first page —
 * rather than silently answering another window.
 */
public class UnknownKey extends RuntimeException {

    private final String parameter;
    private final String slug;

    public UnknownKey(String parameter, String slug) {
        super("Parameter '" + parameter + "': no milestone '" + slug.strip() + "' among the milestones asked for"
                + " (it may have been deleted or unpublished, or be left out by the other parameters).");
        this.parameter = parameter;
        this.slug = slug.strip();
    }

    public String parameter() {
        return parameter;
    }

    public String slug() {
        return slug;
    }
}
