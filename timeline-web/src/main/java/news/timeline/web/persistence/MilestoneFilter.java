package news.timeline.web.persistence;

import jakarta.persistence.Query;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;

/**
 * Which milestones of a timeline a reader asked for. Every part is optional: {@code from} and {@code to}
 * keep milestones whose dates overlap that span (and leave out undated ones), {@code text} matches
 * headline and summary ignoring case, {@code actor} is an actor's slug and {@code tag} a tag.
 */
public record MilestoneFilter(MilestoneKind kind, String actor, MilestoneStatus status, String text,
                              HistoricalDate from, HistoricalDate to, String tag) {

    public static final MilestoneFilter NONE = new MilestoneFilter(null, null, null, null, null, null, null);

    public MilestoneFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    /** A filter without a tag. */
    public MilestoneFilter(MilestoneKind kind, String actor, MilestoneStatus status, String text,
                           HistoricalDate from, HistoricalDate to) {
        this(kind, actor, status, text, from, to, null);
    }

    /**
     * Binds the parameters of {@link MilestoneEntity#READER_MATCH}: this filter's parts, null for those it lacks,
     * and whether drafts are shown, as they are in a preview.
     */
    <Q extends Query> Q bind(Q query, long timelineId, boolean drafts) {
        query.setParameter("timeline", timelineId).setParameter("drafts", drafts).setParameter("kind", kind).setParameter("status", status)
                .setParameter("actor", actor).setParameter("tag", tag).setParameter("text", text == null ? null : containing(text))
                .setParameter("fromDay", from == null ? null : from.startDay().toEpochDay())
                .setParameter("toDay", to == null ? null : to.endDayExclusive().toEpochDay());
        return query;
    }

    /**
     * A part of a filter as a reader's address gives it, or null when it is blank or cannot be read: a
     * mistyped filter in a hand-edited URL or a publisher's embed filters nothing rather than failing the page.
     */
    public static <T> T readOrNull(String value, java.util.function.Function<String, T> read) {
        try {
            return value == null || value.isBlank() ? null : read.apply(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A {@code like ... escape '\'} pattern for lower-cased text that contains {@code text}, any case. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
