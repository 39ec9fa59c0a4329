package news.timeline.core.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.text.Slugs;

/**
 * A story told as milestones in {@link Milestone#CHRONOLOGICAL} order, with eras sorted by start.
 * Milestone slugs are unique within a timeline, since they name the milestone in its URL.
 */
public record Timeline(String slug, String title, String description, List<Era> eras, List<Milestone> milestones) {

    public Timeline {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Missing timeline title");
        }
        title = title.strip();
        slug = slug == null || slug.isBlank() ? Slugs.of(title) : Slugs.require(slug, "timeline slug");
        description = description == null || description.isBlank() ? null : description.strip();
        eras = eras == null ? List.of()
                : eras.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        milestones = milestones == null ? List.of() : milestones.stream().sorted(Milestone.CHRONOLOGICAL).toList();
        Set<String> seen = new HashSet<>();
        for (Milestone milestone : milestones) {
            if (!seen.add(milestone.slug())) {
                throw new IllegalArgumentException("Timeline '" + slug + "' has two milestones with the slug '"
                        + milestone.slug() + "'");
            }
        }
    }
}
