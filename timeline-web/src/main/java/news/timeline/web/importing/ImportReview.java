package news.timeline.web.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.timeline.web.NotFound;
import news.timeline.web.form.FormErrors;
import news.timeline.web.ops.ReviewMetrics;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.ImportCandidateEntity.State;
import news.timeline.web.persistence.MilestoneEntity;
import news.timeline.web.persistence.RerunOnCollision;
import news.timeline.web.persistence.ReviewActionEntity;
import news.timeline.web.persistence.ReviewActionEntity.Verdict;
import news.timeline.web.persistence.TimelineEntity;

/**
 * Deciding many candidates of the review at once (accept as drafts, accept and publish, reject) and undoing
 * an editor's last such decision. Two editors deciding the same candidates wait for each other on the
 * candidates' locks: the second decides only what is still pending and is told how many were decided
 * already, so both succeed and nothing is decided twice. Undo puts the candidates back in the queue and
 * removes the milestones they became, except those someone has edited since, which it keeps and names.
 */
@ApplicationScoped
@Transactional
@RerunOnCollision
public class ImportReview {

    /** The most candidates one decision takes: as many as one import adds. */
    public static final int MAX_SELECTED = 1000;

    /** What a decision did: its verdict, how many candidates it decided, and how many were decided before it. */
    public record Decided(Verdict verdict, int done, int gone) {
        /** "1 of the 3 selected had been decided already…", or null when every one was still pending. */
        public String message() {
            if (done == 0) {
                return "Nothing done: "
                        + (gone == 1 ? "the selected candidate was" : "the " + gone + " selected candidates were")
                        + " decided already, by another editor or by this form sent twice";
            }
            return gone == 0 ? null : summary(verdict, done) + "; " + gone + " of the selected had been decided already"
                    + " by another editor and " + (gone == 1 ? "was" : "were") + " left as decided";
        }
    }

    /** What undo did: how many candidates went back to the queue, and the headlines of milestones it kept. */
    public record Undone(int restored, List<String> kept) {
        public String message() {
            String back = "Undone: " + restored + (restored == 1 ? " candidate is" : " candidates are") + " back in the queue";
            if (kept.isEmpty()) {
                return back;
            }
            return back + ". Kept " + kept.size() + (kept.size() == 1 ? " milestone" : " milestones")
                    + " someone edited after it was accepted, with " + (kept.size() == 1 ? "its candidate" : "their candidates")
                    + " accepted: " + kept.stream().map(h -> "“" + h + "”").collect(Collectors.joining(", "));
        }
    }

    /** A milestone the last decision made, for the editor to check. */
    public record Made(String slug, String headline, boolean published) {
    }

    /** An editor's last decision on a timeline's queue, as the review page offers to undo it. */
    public record LastAction(Verdict verdict, int count, List<Made> made) {
        /** "12 accepted and published". */
        public String summary() {
            return ImportReview.summary(verdict, count);
        }
    }

    @Inject
    ReviewMetrics metrics;

    /**
     * Decides the pending candidates among {@code ids}, and keeps the decision as the editor's last one, to
     * be undone; candidates decided already are left as they are and counted.
     *
     * @throws FormErrors on {@code selection} for an empty selection, or an id that names no candidate of the
     *     timeline; nothing is decided then
     * @throws NotFound if there is no such timeline
     */
    public Decided decide(String timelineSlug, String editor, Verdict verdict, List<String> ids) {
        TimelineEntity timeline = TimelineEntity.findBySlug(timelineSlug).orElseThrow(() -> NotFound.timeline(timelineSlug));
        Set<Long> wanted = parse(ids);
        List<ImportCandidateEntity> rows = ImportCandidateEntity.locked(timeline, wanted);
        if (rows.size() < wanted.size()) {
            Set<Long> found = rows.stream().map(r -> r.id).collect(Collectors.toSet());
            Long missing = wanted.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw FormErrors.of("selection", "There is no candidate " + missing
                    + " in this timeline's queue: nothing was done");
        }
        List<ImportCandidateEntity> pending = rows.stream().filter(r -> r.state == State.PENDING).toList();
        int gone = rows.size() - pending.size();
        if (pending.isEmpty()) {
            return new Decided(verdict, 0, gone);
        }
        ReviewActionEntity action = ReviewActionEntity.locked(editor);
        if (action == null) {
            action = new ReviewActionEntity();
            action.editor = editor;
        }
        action.timeline = timeline;
        action.verdict = verdict;
        action.madeAt = OffsetDateTime.now(ZoneOffset.UTC);
        action.items.clear();
        List<MilestoneEntity> made = new ArrayList<>();
        for (ImportCandidateEntity row : pending) {
            if (verdict == Verdict.REJECT) {
                row.state = State.REJECTED;
                made.add(null);
            } else {
                made.add(ImportQueue.milestoneOf(row, verdict == Verdict.PUBLISH));
            }
        }
        // The new milestones' ids and first versions, which undo compares with.
        ReviewActionEntity.flush();
        for (int i = 0; i < pending.size(); i++) {
            ReviewActionEntity.Item item = new ReviewActionEntity.Item();
            item.candidateId = pending.get(i).id;
            MilestoneEntity milestone = made.get(i);
            if (milestone != null) {
                item.milestoneId = milestone.id;
                item.milestoneVersion = milestone.version;
            }
            action.items.add(item);
        }
        if (!action.isPersistent()) {
            action.persist();
        }
        if (verdict != Verdict.REJECT) {
            TimelineEntity.touch(timeline.id);
        }
        metrics.candidates(verdict == Verdict.REJECT ? ReviewMetrics.Outcome.REJECTED : ReviewMetrics.Outcome.ACCEPTED,
                pending.size());
        return new Decided(verdict, pending.size(), gone);
    }

    /**
     * Undoes the editor's last decision on the timeline's queue: its candidates are pending again and the
     * milestones they became are removed, unless someone edited one since (its version moved on, or it was
     * deleted), which is kept with its candidate accepted. The decision is gone afterwards.
     *
     * @return what was undone, or null when the editor has no decision on this timeline to undo
     */
    public Undone undo(String timelineSlug, String editor) {
        ReviewActionEntity action = ReviewActionEntity.locked(editor);
        if (action == null || !action.timeline.slug.equals(timelineSlug)) {
            return null;
        }
        int restored = 0;
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (ReviewActionEntity.Item item : action.items) {
            ImportCandidateEntity row = ImportCandidateEntity.findById(item.candidateId, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                continue;
            }
            if (item.milestoneId != null) {
                MilestoneEntity milestone = MilestoneEntity.findById(item.milestoneId, LockModeType.PESSIMISTIC_WRITE);
                if (milestone != null && (milestone.version != item.milestoneVersion || milestone.deletedAt != null)) {
                    kept.add(milestone.headline);
                    continue;
                }
                if (milestone != null) {
                    milestone.delete();
                    removed = true;
                }
            }
            if (row.state != State.PENDING) {
                row.state = State.PENDING;
                restored++;
            }
        }
        action.delete();
        if (removed) {
            TimelineEntity.touch(action.timeline.id);
        }
        return new Undone(restored, kept);
    }

    /** The editor's last decision if it was on this timeline's queue, with the milestones it made that remain; else null. */
    public LastAction last(String timelineSlug, String editor) {
        ReviewActionEntity action = editor == null ? null : ReviewActionEntity.findById(editor);
        if (action == null || !action.timeline.slug.equals(timelineSlug)) {
            return null;
        }
        List<Made> made = action.made().stream().map(m -> new Made(m.slug, m.headline, m.published)).toList();
        return new LastAction(action.verdict, action.items.size(), made);
    }

    /** "1 accepted as a draft", "12 accepted and published", "3 rejected". */
    static String summary(Verdict verdict, int count) {
        return count + " " + switch (verdict) {
            case ACCEPT -> count == 1 ? "accepted as a draft" : "accepted as drafts";
            case PUBLISH -> "accepted and published";
            case REJECT -> "rejected";
        };
    }

    private static Set<Long> parse(List<String> ids) {
        List<String> given = ids == null ? List.of() : ids.stream().filter(id -> id != null && !id.isBlank()).toList();
        if (given.isEmpty()) {
            throw FormErrors.of("selection",
                    "Select one or more candidates first: tick the box beside each, or “Select all on this page”");
        }
        if (given.size() > MAX_SELECTED) {
            throw FormErrors.of("selection", "At most " + MAX_SELECTED + " candidates can be decided at once; "
                    + given.size() + " were sent");
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (String id : given) {
            if (!id.strip().matches("\\d{1,18}")) {
                throw FormErrors.of("selection", "'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id.strip())
                        + "' is not a candidate's number: nothing was done");
            }
            wanted.add(Long.parseLong(id.strip()));
        }
        return wanted;
    }
}
