package news.timeline.web.persistence;

import java.time.LocalDate;

/**
 * What the list of timelines shows of each: title, description, how many milestones, and the days its
 * dated milestones span ({@code null} when it has none).
 */
public record TimelineSummary(String slug, String title, String description, long milestones,
                              LocalDate firstDay, LocalDate lastDay) {
}
