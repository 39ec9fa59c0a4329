package news.timeline.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.timeline.TimelineState;
import news.timeline.web.NotFound;
import news.timeline.web.form.FormErrors;
import news.timeline.web.markup.SummaryMarkup;
import news.timeline.web.persistence.ActorEntity;
import news.timeline.web.persistence.CorrectionNoteEntity;
import news.timeline.web.persistence.DomainMapping;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.MilestoneHistory;
import news.timeline.web.persistence.Paged;
import news.timeline.web.persistence.PlaceEntity;
import news.timeline.web.persistence.RerunOnCollision;
import news.timeline.web.persistence.TimelineEntity;
import news.timeline.web.persistence.TimelineStore;

/** What editors do to timelines and milestones, each action one transaction, run again when it loses a race. */
@ApplicationScoped
@Transactional
@RerunOnCollision
public class EditorService {

    /** A timeline in the editor's list. */
    public record TimelineRow(String slug, String title, TimelineState state, long milestones, long drafts, long deleted) {
    }

    /** A milestone in the editor's list of a timeline, drafts and deleted ones included. */
    public record MilestoneRow(String slug, String headline, String date, MilestoneStatus status, boolean published,
                               boolean deleted) {
    }

    /** A saved milestone's slug, and what cleaning took out of its summary (see {@link SummaryMarkup.Cleaned}). */
    public record Saved(String slug, List<String> removed) {
    }

    /** How many milestones the editor's list of a timeline shows at a time. */
    public static final int ROWS = 100;

    /** Which milestones the editor's list shows. */
    public enum Show {
        ALL, PUBLISHED, DRAFTS, DELETED;

        public String label() {
            return name().charAt(0) + slug().substring(1);
        }

        /** The value named in a query, or all for none or an unknown one. */
        static Show of(String value) {
            return java.util.Arrays.stream(values()).filter(show -> show.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                    .findFirst().orElse(ALL);
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One page of the editor's list of a timeline's milestones: chronological, deleted ones last, at most
     * {@link #ROWS} from {@code offset}, of {@code matching} that match the search in {@code total}.
     */
    public record MilestoneRows(List<MilestoneRow> rows, int offset, long matching, long total, String find, Show show)
            implements Paged {
        @Override
        public int limit() {
            return ROWS;
        }

        public List<Show> shows() {
            return List.of(Show.values());
        }

        /** The query that keeps this search, for the pager's links ("" when there is none). */
        public String query() {
            return Paged.param("find", find) + (show == Show.ALL ? "" : Paged.param("show", show.slug()));
        }
    }

    /** A timeline with the version being edited; its milestones come a page at a time from {@link #milestoneRows}. */
    public record EditableTimeline(Timeline timeline, long version) {
    }

    /** A milestone with what readers do not see: whether it is published, and the version being edited. */
    public record EditableMilestone(Milestone milestone, boolean published, long version, boolean deleted) {
    }

    @Inject
    Validator validator;
    @Inject
    MilestoneHistory history;

    public List<TimelineRow> timelines() {
        // Every timeline joins at least one row, so none of the sums is null.
        return TimelineEntity.editorRows().stream().map(r -> new TimelineRow((String) r[0], (String) r[1], (TimelineState) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }

    public Optional<EditableTimeline> timeline(String slug) {
        return TimelineEntity.findBySlug(slug).map(t -> new EditableTimeline(DomainMapping.toTimeline(t), t.version));
    }

    /** The title of a timeline to edit, for the pages of its milestones and its imports. */
    public String title(String slug) {
        return TimelineEntity.findBySlug(slug).map(t -> t.title).orElseThrow(() -> NotFound.timeline(slug));
    }

    /** Every milestone of a timeline as the editor's list orders them, for the editor API. */
    public List<MilestoneRow> allMilestoneRows(String slug) {
        return list(MilestoneEntity.EDITOR_ROWS, Object[].class, slug, Show.ALL, null).getResultList().stream()
                .map(EditorService::milestoneRow).toList();
    }

    private static MilestoneRow milestoneRow(Object[] r) {
        return new MilestoneRow((String) r[0], (String) r[1], (String) r[2], (MilestoneStatus) r[3], (Boolean) r[4], r[5] != null);
    }

    /**
     * A page of the editor's list of a timeline's milestones: those whose headline contains {@code find}
     * (any case; null for all) and that {@code show} picks, from {@code offset} on, or the page that holds
     * the milestone {@code at} when it is given and among them.
     */
    public MilestoneRows milestoneRows(String slug, String find, String show, String at, int offset) {
        String text = find == null || find.isBlank() ? null : find.strip();
        Show which = Show.of(show);
        long matching = list(MilestoneEntity.EDITOR_COUNT, Long.class, slug, which, text).getSingleResult();
        long total = list(MilestoneEntity.EDITOR_COUNT, Long.class, slug, Show.ALL, null).getSingleResult();
        int start = Math.max(0, Math.min(offset, (int) matching));
        if (at != null && !at.isBlank()) {
            var position = MilestoneEntity.position(list(MilestoneEntity.EDITOR_POSITION, Long.class, slug, which, text)
                    .setParameter("slug", at.strip()));
            start = position.isPresent() ? position.getAsInt() / ROWS * ROWS : start;
        }
        List<MilestoneRow> rows = list(MilestoneEntity.EDITOR_ROWS, Object[].class, slug, which, text)
                .setFirstResult(start).setMaxResults(ROWS).getResultList().stream().map(EditorService::milestoneRow).toList();
        return new MilestoneRows(rows, start, matching, total, text, which);
    }

    /** One of the editor's list queries on a timeline's milestones, for those {@code show} picks with {@code find} in the headline. */
    private static <T> jakarta.persistence.TypedQuery<T> list(String query, Class<T> type, String slug, Show show, String find) {
        return MilestoneEntity.editorList(query, type, slug, show == Show.ALL ? null : show == Show.DELETED,
                switch (show) { case PUBLISHED -> true; case DRAFTS -> false; default -> null; }, find);
    }

    /**
     * Creates a timeline and returns its slug.
     *
     * @throws FormErrors naming every wrong field at once
     */
    public String createTimeline(TimelineEdit edit) {
        FormErrors.check(validator, edit);
        Timeline timeline = edit.toTimeline(null);
        if (TimelineEntity.findBySlug(timeline.slug()).isPresent()) {
            throw FormErrors.of("slug", "Another timeline already has the address '" + timeline.slug() + "'");
        }
        TimelineEntity entity = new TimelineEntity();
        TimelineStore.apply(timeline, entity);
        entity.persist();
        return entity.slug;
    }

    /**
     * Changes a timeline's title, description, state and embedding sites, and from the settings form its
     * default zoom, cover image and eras; the slug stays, since links depend on it.
     *
     * @throws FormErrors naming every wrong field at once
     * @throws StaleEdit when the timeline is no longer at the edit's version
     */
    public void updateTimeline(String slug, TimelineEdit edit) {
        TimelineEntity entity = TimelineEntity.findBySlug(slug).orElseThrow(() -> missing(slug));
        FormErrors.check(validator, edit);
        if (!Long.valueOf(entity.version).equals(edit.baseVersion())) {
            throw new StaleEdit("The timeline '" + slug + "'");
        }
        TimelineStore.apply(edit.toTimeline(DomainMapping.toTimeline(entity)), entity);
        write("The timeline '" + slug + "'");
        // Its eras are rows of their own, which the version does not always follow: the readers' marker does.
        TimelineEntity.touch(entity.id);
    }

    /** The media a milestone has stored, with their cards; none for a new milestone ({@code milestoneSlug} null) or a missing one. */
    public List<Media> storedMedia(String timelineSlug, String milestoneSlug) {
        return milestoneSlug == null ? List.of()
                : MilestoneEntity.findBySlug(timelineSlug, milestoneSlug).map(m -> m.media.stream().map(DomainMapping::toMedia).toList())
                .orElse(List.of());
    }

    public Optional<EditableMilestone> milestone(String timelineSlug, String milestoneSlug) {
        return MilestoneEntity.findBySlug(timelineSlug, milestoneSlug)
                .map(m -> new EditableMilestone(DomainMapping.toMilestone(m), m.published, m.version, m.deletedAt != null));
    }

    /**
     * Creates (when {@code milestoneSlug} is null) or updates a milestone from an edit, once its rules pass.
     *
     * @return the milestone's slug, and what was taken out of its summary
     * @throws FormErrors naming every wrong field at once
     * @throws StaleEdit when someone else saved the milestone since the form was opened
     */
    public Saved saveMilestone(String timelineSlug, String milestoneSlug, MilestoneEdit edit) {
        return saveMilestone(timelineSlug, milestoneSlug, edit, Map.of());
    }

    /**
     * Checks the rules of a milestone's edit that need no stored data, as a save does first: what to call before
     * anything slow (asking media providers), so that a wrong field is told at once.
     *
     * @throws FormErrors naming every wrong field at once
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkMilestone(MilestoneEdit edit) {
        checked(edit);
    }

    /** The edit's summary, cleaned, once every rule that needs no stored data passes. */
    private SummaryMarkup.Cleaned checked(MilestoneEdit edit) {
        SummaryMarkup.Cleaned summary = SummaryMarkup.clean(edit.summary());
        Map<String, String> more = new java.util.LinkedHashMap<>(EditRules.summary(summary.summary()));
        more.putAll(edit.mediaProblems());
        FormErrors.check(validator, edit, more);
        return summary;
    }

    /**
     * Saves as {@link #saveMilestone(String, String, MilestoneEdit)} does, each media item with the card
     * {@code cards} has for its address (asked of its provider before, see MediaCards), else the one it was
     * stored with under the same address.
     */
    public Saved saveMilestone(String timelineSlug, String milestoneSlug, MilestoneEdit edit, Map<String, MediaCard> cards) {
        // Cleaned once, here: checked as it will be stored, stored as it is, and the editor told what went.
        SummaryMarkup.Cleaned summary = checked(edit);
        TimelineEntity timeline = TimelineEntity.findBySlug(timelineSlug).orElseThrow(() -> missing(timelineSlug));
        MilestoneEntity row = milestoneSlug == null ? new MilestoneEntity() : MilestoneEntity.findBySlug(timelineSlug, milestoneSlug)
                .orElseThrow(() -> renamed(timelineSlug, milestoneSlug).<RuntimeException>map(now -> StaleEdit.renamed(milestoneSlug, now))
                        .orElseGet(() -> missing(milestoneSlug)));
        Milestone previous = milestoneSlug == null ? null : DomainMapping.toMilestone(row);
        if (milestoneSlug != null && !Long.valueOf(row.version).equals(edit.baseVersion())) {
            throw new StaleEdit("The milestone '" + milestoneSlug + "'");
        }
        Milestone milestone = edit.toMilestone(summary.summary(), previous, name -> actorNamed(name, newActorType(edit, name)),
                EditorService::placeNamed);
        milestone = withCards(milestone, previous, cards);
        if (MilestoneEntity.findBySlug(timelineSlug, milestone.slug()).filter(other -> other != row).isPresent()) {
            throw FormErrors.of("slug", "Another milestone of this timeline already has the address '" + milestone.slug() + "'");
        }
        TimelineStore.apply(milestone, row);
        row.published = edit.isPublished();
        if (row.id == null) {
            // The owning side alone: adding to the timeline's list of milestones would read all of them.
            row.timeline = timeline;
            row.persist();
        }
        write("The milestone '" + milestone.slug() + "'");
        TimelineEntity.touch(timeline.id);
        return new Saved(milestone.slug(), summary.removed());
    }

    /**
     * The milestone, each media item but an image with its card from {@code cards}, else from {@code previous}
     * under the same address (a picture is shown from its own address, never a provider's).
     */
    private static Milestone withCards(Milestone milestone, Milestone previous, Map<String, MediaCard> cards) {
        Map<String, MediaCard> stored = new java.util.HashMap<>();
        if (previous != null) {
            previous.media().stream().filter(m -> m.card() != null).forEach(m -> stored.putIfAbsent(m.url(), m.card()));
        }
        return milestone.withMedia(milestone.media().stream()
                .map(m -> m.kind() == news.timeline.core.milestone.MediaKind.IMAGE ? m
                        : m.withCard(cards.getOrDefault(m.url(), stored.get(m.url())))).toList());
    }

    /**
     * Writes now rather than at commit: a save that passed the version check while another one was saving
     * finds the version moved on here, and is refused like any stale save instead of failing at commit.
     */
    private void write(String what) {
        try {
            MilestoneEntity.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit(what);
        }
    }

    /** Deletes a milestone softly: readers no longer see it, editors can restore it. */
    public void delete(String timelineSlug, String milestoneSlug) {
        MilestoneEntity row = row(timelineSlug, milestoneSlug);
        row.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        MilestoneEntity.flush();
        TimelineEntity.touch(row.timeline.id);
    }

    public void restore(String timelineSlug, String milestoneSlug) {
        MilestoneEntity row = row(timelineSlug, milestoneSlug);
        row.deletedAt = null;
        MilestoneEntity.flush();
        TimelineEntity.touch(row.timeline.id);
    }

    /**
     * Adds a note to readers under the timeline's "Updates and corrections", in plain text.
     * @throws FormErrors on the field {@code note} when it is empty or too long
     */
    public void addNote(String timelineSlug, String text, String by) {
        TimelineEntity timeline = TimelineEntity.findBySlug(timelineSlug).orElseThrow(() -> missing(timelineSlug));
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw FormErrors.of("note", "Write what readers should know.");
        }
        if (note.length() > CorrectionNoteEntity.MAX_LENGTH) {
            throw FormErrors.of("note", "A note has at most " + CorrectionNoteEntity.MAX_LENGTH + " characters; this one has "
                    + note.length() + ".");
        }
        CorrectionNoteEntity entity = new CorrectionNoteEntity();
        entity.timeline = timeline;
        entity.note = note;
        entity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        entity.createdBy = by;
        entity.persist();
        TimelineEntity.flush();
        TimelineEntity.touch(timeline.id);
    }

    /** Withdraws a note to readers; a note of another timeline, or one already gone, is not found. */
    public void removeNote(String timelineSlug, long id) {
        if (!CorrectionNoteEntity.remove(timelineSlug, id)) {
            throw new NotFound("The timeline has no note " + id + ".");
        }
        TimelineEntity.touch(timelineSlug);
    }

    /** Every actor's name, for the form's suggestions. */
    public List<String> actorNames() {
        return ActorEntity.names();
    }

    public List<String> placeNames() {
        return PlaceEntity.names();
    }

    /** The type a new name of the edit becomes; a type the form does not offer is a field error, not a failure. */
    private static ActorType newActorType(MilestoneEdit edit, String name) {
        try {
            return edit.newActorType(name);
        } catch (IllegalArgumentException e) {
            throw FormErrors.of("actorType", e.getMessage());
        }
    }

    /**
     * The form with a row for each name of its "Who" that no actor has yet, each offering the type the form
     * gives it (an import's guess, or the editor's last choice), else the form's default.
     */
    public MilestoneForm withNewNames(MilestoneForm form) {
        List<MilestoneForm.NewName> rows = new ArrayList<>();
        for (String name : form.actorNames()) {
            if (ActorEntity.findNamed(name).isEmpty() && rows.stream().noneMatch(r -> r.name().equalsIgnoreCase(name))) {
                String chosen = form.typeChosenFor(name);
                String type = chosen != null ? chosen.toLowerCase(java.util.Locale.ROOT)
                        : form.actorType == null || form.actorType.isBlank() ? "person" : form.actorType;
                rows.add(new MilestoneForm.NewName(rows.size(), name, type));
            }
        }
        form.newNames = List.copyOf(rows);
        return form;
    }

    private static Actor actorNamed(String name, ActorType type) {
        return ActorEntity.findNamed(name).map(DomainMapping::toActor).orElseGet(() -> new Actor(null, name, type, List.of()));
    }

    private static Place placeNamed(String name) {
        return PlaceEntity.findNamed(name).map(DomainMapping::toPlace)
                .orElseGet(() -> new Place(null, name, PlaceType.SITE, null, List.of()));
    }

    /** The slug of the timeline's milestone that had {@code oldSlug} and was renamed since, if one was. */
    public Optional<String> renamed(String timelineSlug, String oldSlug) {
        return history.renamed(timelineSlug, oldSlug);
    }

    private static MilestoneEntity row(String timelineSlug, String milestoneSlug) {
        return MilestoneEntity.findBySlug(timelineSlug, milestoneSlug).orElseThrow(() -> missing(milestoneSlug));
    }

    private static NotFound missing(String slug) {
        return new NotFound("There is nothing called '" + slug + "' to edit.");
    }
}
