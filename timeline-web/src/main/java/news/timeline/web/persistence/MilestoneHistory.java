package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Milestone;
import news.timeline.web.markup.SummaryMarkup;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Milestones' histories, read from the audit tables: each saved version with who saved it and what it
 * changed, restoring an old version, and the list of corrections readers are shown.
 */
@ApplicationScoped
public class MilestoneHistory {

    /** The fields readers see as facts: a change to one of them after publication is a correction. */
    static final List<String> FACTS = List.of("Date", "Headline", "Summary", "Status", "Who", "Where");

    /** Modifications read per correction shown: some change only tags or importance, which readers are not told. */
    static final int CANDIDATES_PER_CORRECTION = 3;

    /** One field's value before and after a revision. */
    public record Change(String field, String before, String after) {
    }

    /** A saved version of a milestone. */
    public record Version(long revision, Instant at, String by, String kind, List<Change> changes, boolean published,
                          boolean deleted) {
    }

    /** A change to the facts of a published milestone, as readers are told about it. */
    public record Correction(Instant at, String milestoneSlug, String headline, List<Change> changes) {
    }

    private final EntityManager em;

    public MilestoneHistory(EntityManager em) {
        this.em = em;
    }

    /** Every saved version of a milestone, oldest first, each with what it changed. */
    @Transactional
    public List<Version> versions(String timelineSlug, String milestoneSlug) {
        MilestoneEntity current = current(timelineSlug, milestoneSlug);
        List<Version> versions = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : revisions(AuditEntity.id().eq(current.id))) {
            MilestoneEntity state = (MilestoneEntity) row[0];
            Revision revision = (Revision) row[1];
            Map<String, String> after = fields(state);
            versions.add(new Version(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.username,
                    ((RevisionType) row[2]).name(), diff(before, after), state.published, state.deletedAt != null));
            before = after;
        }
        return versions;
    }

    /** Makes an old version the current one again; the restore is itself a new version. */
    @Transactional
    public void restore(String timelineSlug, String milestoneSlug, long revision) {
        MilestoneEntity current = current(timelineSlug, milestoneSlug);
        MilestoneEntity old = reader().find(MilestoneEntity.class, current.id, revision);
        if (old == null) {
            throw new news.timeline.web.reader.ErrorPages.MissingPage("This milestone has no version " + revision + ".");
        }
        Milestone milestone = DomainMapping.toMilestone(old);
        TimelineStore.apply(milestone, current);
        current.published = old.published;
        current.deletedAt = old.deletedAt;
    }

    /**
     * Changes to the facts of published milestones of a timeline, newest first: what readers are told
     * under "Updates and corrections". A milestone's first version and its drafts are not corrections.
     * Only modifications are read, newest first and a bounded number of them, each with the version
     * before it, so the cost follows the number of corrections shown, not the size of the timeline.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Correction> corrections(long timelineId, int limit) {
        List<Object[]> changes = reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, false, true)
                .add(AuditEntity.relatedId("timeline").eq(timelineId))
                .add(AuditEntity.revisionType().eq(RevisionType.MOD))
                .add(AuditEntity.property("published").eq(true))
                .add(AuditEntity.property("deletedAt").isNull())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(limit * CANDIDATES_PER_CORRECTION)
                .getResultList();
        List<Correction> corrections = new ArrayList<>();
        for (Object[] row : changes) {
            MilestoneEntity state = (MilestoneEntity) row[0];
            Revision revision = (Revision) row[1];
            List<Object> before = reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, true, true)
                    .add(AuditEntity.id().eq(state.id))
                    .add(AuditEntity.revisionNumber().lt(revision.id))
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1).getResultList();
            if (before.isEmpty() || !((MilestoneEntity) before.get(0)).published) {
                continue;
            }
            // Readers see a summary's words: a change of markup alone is no correction to them.
            List<Change> facts = diff(fields((MilestoneEntity) before.get(0)), fields(state)).stream()
                    .filter(c -> FACTS.contains(c.field()))
                    .map(c -> c.field().equals("Summary") ? new Change(c.field(), Objects.toString(SummaryMarkup.text(c.before()), ""),
                            Objects.toString(SummaryMarkup.text(c.after()), "")) : c)
                    .filter(c -> !c.before().equals(c.after())).toList();
            if (!facts.isEmpty()) {
                corrections.add(new Correction(Instant.ofEpochMilli(revision.timestamp), state.slug, state.headline, facts));
                if (corrections.size() == limit) {
                    break;
                }
            }
        }
        return corrections;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        return reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, false, true)
                .add(criterion).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private static MilestoneEntity current(String timelineSlug, String milestoneSlug) {
        return MilestoneEntity.<MilestoneEntity>find("timeline.slug = ?1 and slug = ?2", timelineSlug, milestoneSlug)
                .firstResultOptional()
                .orElseThrow(() -> new news.timeline.web.reader.ErrorPages.MissingPage(
                        "There is no milestone called '" + milestoneSlug + "' to show the history of."));
    }

    /** A version's fields as an editor reads them, in the order the form shows them. */
    private static Map<String, String> fields(MilestoneEntity state) {
        Milestone m = DomainMapping.toMilestone(state);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Headline", m.headline());
        fields.put("Date", m.date() == null ? "" : m.date().toString());
        fields.put("Status", m.status().slug());
        fields.put("Kind", m.kind().slug());
        fields.put("Summary", Objects.toString(m.summary(), ""));
        fields.put("Who", m.actors().stream().map(Actor::name).collect(Collectors.joining(", ")));
        fields.put("Where", m.places().stream().map(Place::name).collect(Collectors.joining(", ")));
        fields.put("Tags", String.join(", ", m.tags()));
        fields.put("Sources", m.sources().stream().map(s -> Objects.toString(s.quote(), Objects.toString(s.url(), "")))
                .collect(Collectors.joining(" | ")));
        fields.put("Importance", Integer.toString(m.importance()));
        fields.put("Published", Boolean.toString(state.published));
        fields.put("Deleted", Boolean.toString(state.deletedAt != null));
        return fields;
    }

    private static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!value.equals(old) && !(old == null && value.isEmpty())) {
                changes.add(new Change(field, old == null ? "" : old, value));
            }
        });
        return changes;
    }
}
