package news.timeline.web.embed;

/**
 * Who may put our pages in a frame. Embed widgets may be framed by the sites in their timeline's
 * allow-list (any site when it has none); every other page, the editor's above all, only by this site
 * (SecurityHeaders), so that no other site can overlay it to trick a reader or an editor into a click.
 */
public final class Framing {

    private Framing() {
    }

    /** The policy of an embed page for a timeline's allow-list: its checked origins, or null for any site. */
    static String embedPolicy(String origins) {
        return origins == null ? "frame-ancestors *" : "frame-ancestors 'self' " + origins;
    }
}
