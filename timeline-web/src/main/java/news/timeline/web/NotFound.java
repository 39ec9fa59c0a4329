package news.timeline.web;

/**
 * Something a request names does not exist: a timeline, a milestone, an account, a candidate. Thrown by the
 * services and the store wherever they look something up; {@code reader.ErrorPages} answers it, with the
 * not-found page or, under {@code /api}, the API's JSON problem, both with this message, which is written
 * for the person who asked.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }

    public static NotFound timeline(String slug) {
        return new NotFound("There is no timeline called '" + slug + "'.");
    }

    public static NotFound account(String username) {
        return new NotFound("There is no account '" + username + "'.");
    }

    /** @param timeline how the reader knows the timeline: its title on pages, its slug in the API */
    public static NotFound milestone(String timeline, String milestoneSlug) {
        return new NotFound("The timeline '" + timeline + "' has no milestone called '" + milestoneSlug + "'.");
    }

    /** A milestone missing from the timeline the page is already about. */
    public static NotFound milestone(String milestoneSlug) {
        return new NotFound("The timeline has no milestone called '" + milestoneSlug + "'.");
    }
}
