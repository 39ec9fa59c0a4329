package news.timeline.web.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Milestone;
import news.timeline.web.NotFound;
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
@Transactional
@RerunOnCollision
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

    /**
     * What readers are told under "Updates and corrections": a change to the facts of a milestone that is
     * public (its slug, headline and changes), or an editor's note in words (its note alone).
     */
    public record Correction(Instant at, String milestoneSlug, String headline, List<Change> changes, String note) {

        static Correction note(Instant at, String note) {
            return new Correction(at, null, null, List.of(), note);
        }
    }

    /** An editor's note to readers, as the editor's page lists it. */
    public record Note(long id, Instant at, String by, String text) {
    }

    /** Batches of modifications read at most, looking for corrections of milestones that are still public. */
    static final int MAX_BATCHES = 8;

    @Inject
    EntityManager em;

    /** Every saved version of a milestone, oldest first, each with what it changed. */
    @SuppressWarnings("unchecked")
    public List<Version> versions(String timelineSlug, String milestoneSlug) {
        MilestoneEntity current = current(timelineSlug, milestoneSlug);
        List<Version> versions = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : (List<Object[]>) reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, false, true)
                .add(AuditEntity.id().eq(current.id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList()) {
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
    public void restore(String timelineSlug, String milestoneSlug, long revision) {
        MilestoneEntity current = current(timelineSlug, milestoneSlug);
        MilestoneEntity old = reader().find(MilestoneEntity.class, current.id, revision);
        if (old == null) {
            throw new NotFound("This milestone has no version " + revision + ".");
        }
        Milestone milestone = DomainMapping.toMilestone(old);
        TimelineStore.apply(milestone, current);
        current.published = old.published;
        current.deletedAt = old.deletedAt;
        MilestoneEntity.flush();
        TimelineEntity.touch(current.timeline.id);
    }

    /**
     * What readers of a timeline are told under "Updates and corrections", newest first: editors' notes, and
     * changes to the facts of milestones that were published before and after the change and still are
     * today. A milestone deleted or unpublished since leaves this list with everything else readers saw of
     * it; an editor who owes readers an explanation writes a note. A milestone's first version and its
     * drafts are not corrections. Only modifications are read, newest first and in bounded batches, each
     * with the version before it, so the cost follows the number of corrections shown, not the size of the
     * timeline.
     */
    public List<Correction> corrections(long timelineId, int limit) {
        List<Correction> corrections = new ArrayList<>(changes(timelineId, limit));
        for (CorrectionNoteEntity note : em.createNamedQuery("CorrectionNote.ofTimeline", CorrectionNoteEntity.class)
                .setParameter(1, timelineId).setMaxResults(limit).getResultList()) {
            corrections.add(Correction.note(note.createdAt.toInstant(), note.note));
        }
        corrections.sort(java.util.Comparator.comparing(Correction::at).reversed());
        return corrections.size() > limit ? List.copyOf(corrections.subList(0, limit)) : corrections;
    }

    /** The notes to readers of a timeline, newest first, for its editors. */
    public List<Note> notes(String timelineSlug) {
        return em.createNamedQuery("CorrectionNote.ofTimelineSlug", CorrectionNoteEntity.class).setParameter(1, timelineSlug)
                .getResultList().stream().map(n -> new Note(n.id, n.createdAt.toInstant(), n.createdBy, n.note)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Correction> changes(long timelineId, int limit) {
        int batch = limit * CANDIDATES_PER_CORRECTION;
        List<Correction> corrections = new ArrayList<>();
        for (int round = 0; round < MAX_BATCHES && corrections.size() < limit; round++) {
            List<Object[]> changes = reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, false, true)
                    .add(AuditEntity.relatedId("timeline").eq(timelineId))
                    .add(AuditEntity.revisionType().eq(RevisionType.MOD))
                    .add(AuditEntity.property("published").eq(true))
                    .add(AuditEntity.property("deletedAt").isNull())
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setFirstResult(round * batch)
                    .setMaxResults(batch)
                    .getResultList();
            Set<Long> stillPublic = stillPublic(changes.stream().map(row -> ((MilestoneEntity) row[0]).id).toList());
            for (Object[] row : changes) {
                MilestoneEntity state = (MilestoneEntity) row[0];
                if (!stillPublic.contains(state.id)) {
                    continue;
                }
                Correction correction = correction(state, (Revision) row[1]);
                if (correction != null) {
                    corrections.add(correction);
                    if (corrections.size() == limit) {
                        break;
                    }
                }
            }
            if (changes.size() < batch) {
                break;
            }
        }
        return corrections;
    }

    /** Which of these milestones readers can see today: published and not deleted. */
    private Set<Long> stillPublic(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("Milestone.stillPublic", Long.class).setParameter(1, Set.copyOf(ids))
                .getResultList());
    }

    /** The facts a revision changed in a version readers saw, or null when it changed none of them. */
    @SuppressWarnings("unchecked")
    private Correction correction(MilestoneEntity state, Revision revision) {
        List<Object> before = reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, true, true)
                .add(AuditEntity.id().eq(state.id))
                .add(AuditEntity.revisionNumber().lt(revision.id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1).getResultList();
        MilestoneEntity seen = before.isEmpty() ? null : (MilestoneEntity) before.get(0);
        if (seen == null || !seen.published || seen.deletedAt != null) {
            return null;
        }
        // Readers see a summary's words: a change of markup alone is no correction to them.
        List<Change> facts = diff(fields(seen), fields(state)).stream()
                .filter(c -> FACTS.contains(c.field()))
                .map(c -> c.field().equals("Summary")
                        ? new Change(c.field(), SummaryMarkup.stored(c.before()).text(), SummaryMarkup.stored(c.after()).text()) : c)
                .filter(c -> !c.before().equals(c.after())).toList();
        return facts.isEmpty() ? null
                : new Correction(Instant.ofEpochMilli(revision.timestamp), state.slug, state.headline, facts, null);
    }

    /**
     * The slug that a milestone of the timeline has now, if one of them was saved under {@code oldSlug} before and
     * has been renamed since: a form or a client that opened it under its old address is then stale, not lost.
     * Empty when no milestone of the timeline ever had that slug, or when one still has it.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> renamed(String timelineSlug, String oldSlug) {
        Optional<TimelineEntity> timeline = TimelineEntity.findBySlug(timelineSlug);
        if (timeline.isEmpty() || oldSlug == null || MilestoneEntity.findBySlug(timelineSlug, oldSlug).isPresent()) {
            return Optional.empty();
        }
        List<Object> ids = reader().createQuery().forRevisionsOfEntity(MilestoneEntity.class, true, true)
                .add(AuditEntity.property("slug").eq(oldSlug))
                .add(AuditEntity.relatedId("timeline").eq(timeline.get().id))
                .addProjection(AuditEntity.id())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        MilestoneEntity now = MilestoneEntity.findById(ids.get(0));
        return now == null || now.timeline == null || !now.timeline.id.equals(timeline.get().id) ? Optional.empty()
                : Optional.of(now.slug);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private static MilestoneEntity current(String timelineSlug, String milestoneSlug) {
        return MilestoneEntity.findBySlug(timelineSlug, milestoneSlug).orElseThrow(() -> new NotFound(
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
        fields.put("Summary", m.summary().html());
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
