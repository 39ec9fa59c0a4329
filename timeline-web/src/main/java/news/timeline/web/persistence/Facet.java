package news.timeline.web.persistence;

/** A value readers can filter by (an actor, a kind, a status) with its label and how many milestones have it. */
public record Facet(String value, String label, long count) {
}
