package news.timeline.importer.read;

import java.util.Map;

/**
 * What a TimelineJS slide says that the core domain cannot hold, kept so that importing a timeline
 * loses nothing. Every field is {@code null} when the slide does not give it.
 *
 * @param headlineHtml the headline as written, when it differs from the plain-text headline the
 *                     milestone got (markup removed, shortened, or made up because there was none)
 * @param textHtml the slide text as written: TimelineJS text is HTML, the milestone summary is its prose
 * @param displayDate the slide's own display date (CSV "Display Date", JSON {@code display_date})
 * @param group the TimelineJS group (a row of the timeline navigation)
 * @param background the background image URL or colour
 * @param mediaThumbnail the thumbnail shown in the timeline navigation
 * @param type the CSV "Type" as written ({@code title}, {@code era}, or anything else)
 * @param uniqueId the TimelineJS {@code unique_id}, when it could not serve as the milestone slug as it is
 * @param other every other field, by its JSON path ({@code media.alt}, {@code start_date.display_date})
 *              or CSV column name, as written; also fields the core could not take (an end date before
 *              the start, a media URL that is not a web address)
 */
public record SlideExtras(
        String headlineHtml,
        String textHtml,
        String displayDate,
        String group,
        String background,
        String mediaThumbnail,
        String type,
        String uniqueId,
        Map<String, String> other) {

    public SlideExtras {
        other = Map.copyOf(other);
    }

    /** True if the slide says nothing beyond what the core holds. */
    public boolean isEmpty() {
        return headlineHtml == null && textHtml == null && displayDate == null && group == null
                && background == null && mediaThumbnail == null && type == null && uniqueId == null
                && other.isEmpty();
    }
}
