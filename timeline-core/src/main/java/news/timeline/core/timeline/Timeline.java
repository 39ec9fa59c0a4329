package news.timeline.core.timeline;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.text.Slugs;

/**
 * A story told as milestones in {@link Milestone#CHRONOLOGICAL} order, with eras sorted by start, and how it
 * is published: its state, how far the reader's axis is zoomed at first, which view a reader gets first (the
 * list or story mode), its cover picture (null for none) and the sites that may frame its embedded widget
 * ({@link #origins}; null for any site).
 * Milestone slugs are unique within a timeline, since they name the milestone in its URL.
 */
public record Timeline(String slug, String title, String description, TimelineState state, TimelineZoom defaultZoom,
                       ReaderView defaultView, Cover cover, String embedOrigins, List<Era> eras, List<Milestone> milestones) {

    private static final String ORIGIN = "https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:\\d{1,5})?";

    public Timeline {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Missing timeline title");
        }
        title = title.strip();
        slug = slug == null || slug.isBlank() ? Slugs.of(title) : Slugs.require(slug, "timeline slug");
        description = description == null || description.isBlank() ? null : description.strip();
        state = state == null ? TimelineState.PUBLISHED : state;
        defaultZoom = defaultZoom == null ? TimelineZoom.SPAN : defaultZoom;
        defaultView = defaultView == null ? ReaderView.LIST : defaultView;
        embedOrigins = origins(embedOrigins);
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

    /** A timeline that readers first see as a list. */
    public Timeline(String slug, String title, String description, TimelineState state, TimelineZoom defaultZoom,
                    Cover cover, String embedOrigins, List<Era> eras, List<Milestone> milestones) {
        this(slug, title, description, state, defaultZoom, null, cover, embedOrigins, eras, milestones);
    }

    /** A published timeline, zoomed out to its whole span, shown as a list, without a cover, that any site may embed. */
    public Timeline(String slug, String title, String description, List<Era> eras, List<Milestone> milestones) {
        this(slug, title, description, null, null, null, null, null, eras, milestones);
    }

    /**
     * The sites that may frame a timeline's widget, as a timeline holds them: origins such as
     * https://news.example.org or https://*.example.com, here separated by spaces or commas, there by one space;
     * null for none, which lets any site frame it.
     *
     * @throws IllegalArgumentException naming a site that is not one
     */
    public static String origins(String text) {
        List<String> origins = text == null ? List.of()
                : Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        for (String origin : origins) {
            if (!origin.matches(ORIGIN)) {
                throw new IllegalArgumentException("'" + origin + "' is not a site address such as https://news.example.org "
                        + "or https://*.example.com");
            }
        }
        return origins.isEmpty() ? null : String.join(" ", origins);
    }
}
