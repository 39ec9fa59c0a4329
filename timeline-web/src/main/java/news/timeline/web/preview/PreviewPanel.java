package news.timeline.web.preview;

import java.time.Duration;
import java.util.List;

/**
 * The editor's "Preview and share" panel on a timeline's page: how long a new link may last, the link just
 * made (null when none), and whether anything of the timeline is unpublished, in which case the embed panel
 * previews the widget through a preview link ({@code frame}) rather than as readers see it.
 *
 * @param link the absolute address of the link just made, or null
 * @param until when that link stops working, in words, or null
 * @param lifetimes the choices of how long a link lasts
 * @param draftTimeline true if the timeline is a draft
 * @param drafts how many of its milestones are unpublished
 * @param frame the path prefix of a short preview link for the embed panel's frame, or null when all is published
 */
public record PreviewPanel(String link, String until, List<Lifetime> lifetimes, boolean draftTimeline, int drafts,
                           String frame) {

    /**
     * One choice of how long a link lasts: its value as the form sends it (ISO 8601), and its length in the
     * largest whole unit, for its label.
     */
    public record Lifetime(String value, int days, int hours, int minutes, boolean selected) {

        static Lifetime of(Duration duration, boolean selected) {
            int minutes = (int) Math.max(1, (duration.toSeconds() + 59) / 60);
            boolean wholeDays = duration.toSeconds() % 86_400 == 0;
            boolean wholeHours = duration.toSeconds() % 3_600 == 0;
            return new Lifetime(duration.toString(), wholeDays ? (int) duration.toDays() : 0,
                    !wholeDays && wholeHours ? (int) duration.toHours() : 0, wholeDays || wholeHours ? 0 : minutes, selected);
        }
    }

    public boolean hasDrafts() {
        return draftTimeline || drafts > 0;
    }
}
