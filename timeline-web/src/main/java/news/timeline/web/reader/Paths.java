package news.timeline.web.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's reader URLs, built in one place. */
public final class Paths {

    private Paths() {
    }

    /**
     * The parameter that asks a timeline's address for its list, as {@code &name=value}: needed only where the
     * timeline's readers get story mode first (ReaderView.STORY).
     */
    public static final String LIST_MODE = "&mode=list";

    public static String timeline(String slug) {
        return "/timelines/" + slug;
    }

    public static String milestone(String timelineSlug, String milestoneSlug) {
        return "/timelines/" + timelineSlug + "/milestones/" + milestoneSlug;
    }

    /** Story mode's first slide. */
    public static String story(String timelineSlug) {
        return "/timelines/" + timelineSlug + "/story";
    }

    /** One slide of story mode: the milestone {@code milestoneSlug}, large, with links to its neighbours. */
    public static String slide(String timelineSlug, String milestoneSlug) {
        return story(timelineSlug) + "/" + milestoneSlug;
    }

    /** {@code path} with a pager's {@code &name=value} parameters (see Paged#param) as its query string. */
    public static String withQuery(String path, String params) {
        return params == null || params.isEmpty() ? path : path + "?" + params.substring(1);
    }

    public static String actor(String slug) {
        return "/actors/" + slug;
    }

    public static String place(String slug) {
        return "/places/" + slug;
    }

    public static String tag(String tag) {
        return "/tags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
