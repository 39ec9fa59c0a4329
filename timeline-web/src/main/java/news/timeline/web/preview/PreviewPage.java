package news.timeline.web.preview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a preview page adds to the reader's page it shows: the banner's facts (a draft timeline, the milestones
 * readers do not see yet, until when the link works), and the links inside it, which are turned into links
 * within the preview so that the pager, the filters, story mode and milestone pages keep its token.
 *
 * @param slug the timeline's slug
 * @param draftTimeline true if the timeline itself is a draft
 * @param drafts the headlines and slugs of its unpublished milestones, the first few
 * @param draftCount how many unpublished milestones it has
 * @param until when the link stops working, in words of the page's language
 */
public record PreviewPage(String slug, boolean draftTimeline, List<Draft> drafts, int draftCount, String until) {

    /** An unpublished milestone, linked from the banner. */
    public record Draft(String slug, String headline) {
    }

    /** The most unpublished milestones the banner names; it counts the rest. */
    static final int NAMED = 10;

    public int unnamed() {
        return draftCount - drafts.size();
    }

    /** An instant as the banner and the editor's form say it: date and time in the page's language, in UTC. */
    public static String until(Instant expires, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(expires) + " UTC";
    }

    /** The path prefix of every page of the preview {@code token}. */
    public static String prefix(String token) {
        return "/preview/" + token;
    }

    /**
     * {@code html} with each address of a reader's or widget's page of the timeline {@code slug}, or of the API
     * its axis loads milestones from, relative or at
     * {@code base}, turned into the same page within the preview {@code token}. Addresses of other timelines and
     * of the site's other pages stay as they are: a preview shows one timeline.
     */
    static String within(String html, String slug, String token, String base) {
        Pattern address = Pattern.compile("(\"|'|&quot;)(" + Pattern.quote(base) + ")?/((?:embed/)?timelines/" + Pattern.quote(slug)
                + "|api/timelines/" + Pattern.quote(slug) + "/milestones)(?=[\"'/?#&])");
        Matcher matcher = address.matcher(html);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + (match.group(2) == null ? "" : match.group(2))
                + prefix(token) + "/" + match.group(3)));
    }
}
