package news.timeline.web.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's reader URLs, built in one place. */
public final class Paths {

    private Paths() {
    }

    public static String timeline(String slug) {
        return "/timelines/" + slug;
    }

    public static String milestone(String timelineSlug, String milestoneSlug) {
        return "/timelines/" + timelineSlug + "/milestones/" + milestoneSlug;
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
