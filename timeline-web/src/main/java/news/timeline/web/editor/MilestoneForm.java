package news.timeline.web.editor;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.MediaCard;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.web.editor.EditRules.Reads;
import news.timeline.web.editor.EditRules.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A milestone as the editor's form sends it: every field a string as typed, so that a form with mistakes
 * can be shown again exactly as it was, with a message beside each wrong field.
 */
@EditRules.Dated
public class MilestoneForm implements MilestoneEdit {

    @RestForm @NotBlank(message = "A milestone needs a headline") @Reads(Text.HEADLINE) public String headline;
    @RestForm @Reads(Text.SLUG) public String slug;
    @RestForm public String summary;
    /** A date value such as 2021, 2021-06 or 2021-06-16 (see HistoricalDate); blank for undated. */
    @RestForm @Reads(Text.DATE) public String date;
    /** The last day of a range, in the same form; blank for a single date. */
    @RestForm @Reads(Text.DATE) public String end;
    @RestForm public String approximate;
    @RestForm @Reads(Text.STATUS) public String status;
    @RestForm @Reads(Text.KIND) public String kind;
    /** Names separated by commas; new names become new actors. */
    @RestForm public String actors;
    /** What the names in {@link #actors} that no actor has yet become: person, organisation or country. */
    @RestForm @Reads(Text.ACTOR_TYPE) public String actorType;
    /**
     * Names of {@link #actors} that no actor has yet, each with the type it becomes ({@link #newType}, the same
     * position): one choice per name, so that an import's new person and new organisation each keep their type.
     * A new name without a row here takes {@link #actorType}.
     */
    @RestForm public List<String> newName = new ArrayList<>();
    @RestForm public List<String> newType = new ArrayList<>();
    /** The rows the form shows for its new names, worked out before it is shown ({@link EditorService#withNewNames}). */
    public List<NewName> newNames = List.of();

    /** A name of "Who" that no actor has yet, and the type it will become. */
    public record NewName(int index, String name, String type) {
    }
    @RestForm public String places;
    @RestForm public String tags;
    @RestForm public String sourceTitle;
    @RestForm public String sourceOutlet;
    @RestForm @Reads(Text.SOURCE_URL) public String sourceUrl;
    @RestForm @Reads(Text.DAY) public String sourcePublished;
    @RestForm public String sourceQuote;
    /*
     * The media items, one row each: the same position in every list. Spare empty rows are left out, a row whose
     * index is in mediaRemove is dropped, and the rows are saved in the order their mediaOrder numbers give.
     */
    @RestForm public List<String> mediaKind = new ArrayList<>();
    @RestForm public List<String> mediaUrl = new ArrayList<>();
    @RestForm public List<String> mediaAlt = new ArrayList<>();
    @RestForm public List<String> mediaCaption = new ArrayList<>();
    @RestForm public List<String> mediaCredit = new ArrayList<>();
    @RestForm public List<String> mediaWidth = new ArrayList<>();
    @RestForm public List<String> mediaHeight = new ArrayList<>();
    @RestForm public List<String> mediaRenditions = new ArrayList<>();
    @RestForm public List<String> mediaOrder = new ArrayList<>();
    @RestForm public List<String> mediaRemove = new ArrayList<>();
    /** The stored items' cards, row by row, to show; not a field of the form (MediaCards asks the providers). */
    private final List<MediaCard> storedCards = new ArrayList<>();
    @RestForm @NotBlank(message = EditRules.IMPORTANCE) @Reads(Text.IMPORTANCE) public String importance;
    @RestForm public String published;
    @RestForm public String version;

    /** A form filled with a stored milestone, for editing it. */
    public static MilestoneForm of(Milestone m, boolean published, long version) {
        MilestoneForm form = new MilestoneForm();
        form.headline = m.headline();
        form.slug = m.slug();
        form.summary = m.summary().html();
        if (m.date() != null) {
            form.date = m.date().start().toString();
            form.end = m.date().isRange() ? m.date().end().toString() : null;
            form.approximate = m.date().approximate() ? "on" : null;
        }
        form.status = m.status().slug();
        form.kind = m.kind().slug();
        form.actors = String.join(", ", m.actors().stream().map(Actor::name).toList());
        // The types the milestone gives its names (an import's guesses), offered for those that are new.
        for (Actor actor : m.actors()) {
            form.newName.add(actor.name());
            form.newType.add(actor.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        form.places = String.join(", ", m.places().stream().map(Place::name).toList());
        form.tags = String.join(", ", m.tags());
        if (!m.sources().isEmpty()) {
            Source s = m.sources().get(0);
            form.sourceTitle = s.title();
            form.sourceOutlet = s.outlet();
            form.sourceUrl = s.url();
            form.sourcePublished = s.publishedOn() == null ? null : s.publishedOn().toString();
            form.sourceQuote = s.quote();
        }
        m.media().forEach(form::addMedia);
        form.importance = Integer.toString(m.importance());
        form.published = published ? "on" : null;
        form.version = Long.toString(version);
        return form;
    }

    /** An empty form for a new milestone: occurred, of middling importance, published. */
    public static MilestoneForm blank() {
        MilestoneForm form = new MilestoneForm();
        form.status = MilestoneStatus.OCCURRED.slug();
        form.kind = MilestoneKind.OTHER.slug();
        form.importance = "2";
        form.published = "on";
        return form;
    }

    @Override
    public ActorType newActorType() {
        return EditRules.actorType(actorType);
    }

    @Override
    public ActorType newActorType(String name) {
        String type = typeChosenFor(name);
        return type == null ? newActorType() : EditRules.actorType(type);
    }

    /** The type chosen for this new name on the form, or null when it has no row of its own. */
    String typeChosenFor(String name) {
        for (int i = 0; i < newName.size() && i < newType.size(); i++) {
            if (newName.get(i) != null && name != null && newName.get(i).strip().equalsIgnoreCase(name.strip())
                    && newType.get(i) != null && !newType.get(i).isBlank()) {
                return newType.get(i).strip();
            }
        }
        return null;
    }

    @Override
    public boolean isPublished() {
        return published != null;
    }

    // The form's fields as the edit they make: the form edits the first source and every media item.

    @Override public String headline() { return headline; }
    @Override public String slug() { return slug; }
    @Override public String summary() { return summary; }
    @Override public String date() { return date; }
    @Override public String end() { return end; }
    @Override public boolean isApproximate() { return approximate != null; }
    @Override public String status() { return status; }
    @Override public String kind() { return kind; }
    @Override public List<String> actorNames() { return names(actors); }
    @Override public List<String> placeNames() { return names(places); }
    @Override public List<String> tagNames() { return names(tags); }
    @Override public int importanceLevel() { return EditRules.importance(importance); }
    @Override public Long baseVersion() { return EditRules.version(version); }

    @Override
    public Source firstSource() {
        return MilestoneEdit.source(sourceTitle, sourceOutlet, sourceUrl, sourcePublished, sourceQuote);
    }

    /** The form's media rows replace all the milestone had, in the order the editor numbered them. */
    @Override
    public List<Media> media(List<Media> previous) {
        List<MediaFields> items = mediaFields();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isEmpty()) {
                kept.add(i);
            }
        }
        // On a tie, the row the editor renumbered goes first: "1" on the third row puts it on top.
        kept.sort(java.util.Comparator.comparingDouble(this::order).thenComparing(i -> order(i) == i + 1));
        return kept.stream().map(i -> items.get(i).toMedia()).toList();
    }

    @Override
    public java.util.Map<String, String> mediaProblems() {
        return MediaFields.problems(mediaFields(), "media");
    }

    /**
     * A media row as the form shows it: its index (for field names and errors), its fields, its number in the order,
     * and what its provider said about the stored item (null for none, and on a form sent back with mistakes).
     */
    public record MediaRow(int index, MediaFields fields, String order, boolean removed, MediaCard card) {

        /** The card as one line: its title and provider, or whichever is known. */
        public String cardText() {
            if (card == null) {
                return null;
            }
            return card.title() == null ? card.provider()
                    : card.provider() == null ? card.title() : card.title() + " (" + card.provider() + ")";
        }

        /** The message on this row's {@code field} among a form's errors, or null. */
        public String error(java.util.Map<String, String> errors, String field) {
            return errors == null ? null : errors.get("media[" + index + "]." + field);
        }

        /** The row's number as the form shows it, from 1. */
        public int number() {
            return index + 1;
        }

        /** The kinds a row offers, in order. */
        public List<news.timeline.core.milestone.MediaKind> kinds() {
            return List.of(news.timeline.core.milestone.MediaKind.values());
        }

        /** The kind the row's select shows: its own, or an image for an empty row. */
        public String kindSlug() {
            return EditRules.blank(fields.kind()) ? "image" : fields.kind().strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rows to show: every row sent or stored, then spare empty ones, {@link #SPARE_ROWS} at most, up to the limit. */
    public List<MediaRow> mediaRows() {
        List<MediaRow> rows = new ArrayList<>();
        int count = mediaUrl.size();
        for (int i = 0; i < count; i++) {
            rows.add(new MediaRow(i, row(i), at(mediaOrder, i) == null ? Integer.toString(i + 1) : at(mediaOrder, i),
                    mediaRemove.contains(Integer.toString(i)), i < storedCards.size() ? storedCards.get(i) : null));
        }
        long filled = rows.stream().filter(r -> !r.fields().isEmpty()).count();
        for (int i = count; i < count + SPARE_ROWS && filled + (i - count) < Media.MAX_PER_MILESTONE; i++) {
            rows.add(new MediaRow(i, new MediaFields(null, null, null, null, null, null, null, null), Integer.toString(i + 1), false,
                    null));
        }
        return rows;
    }

    /** How many empty media rows the form offers under the filled ones: enough for a picture, a video and a post. */
    static final int SPARE_ROWS = 3;

    /** The rows as sent, a removed one as an empty row so that it is neither checked nor saved. */
    private List<MediaFields> mediaFields() {
        List<MediaFields> items = new ArrayList<>();
        for (int i = 0; i < mediaUrl.size(); i++) {
            items.add(mediaRemove.contains(Integer.toString(i)) ? new MediaFields(null, null, null, null, null, null, null, null) : row(i));
        }
        return items;
    }

    private MediaFields row(int i) {
        return new MediaFields(at(mediaKind, i), at(mediaUrl, i), at(mediaAlt, i), at(mediaCaption, i), at(mediaCredit, i),
                at(mediaWidth, i), at(mediaHeight, i), at(mediaRenditions, i));
    }

    private double order(int i) {
        try {
            return Double.parseDouble(at(mediaOrder, i).strip());
        } catch (RuntimeException e) {
            // A number left blank or unreadable keeps the row where it is.
            return i + 1;
        }
    }

    /** Adds a row for a stored media item, after the others. */
    public void addMedia(Media media) {
        MediaFields item = MediaFields.of(media);
        mediaKind.add(item.kind());
        mediaUrl.add(item.url());
        mediaAlt.add(item.alt());
        mediaCaption.add(item.caption());
        mediaCredit.add(item.credit());
        mediaWidth.add(item.width());
        mediaHeight.add(item.height());
        mediaRenditions.add(item.renditions());
        mediaOrder.add(Integer.toString(mediaOrder.size() + 1));
        storedCards.add(media.card());
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    static List<String> names(String list) {
        return EditRules.blank(list) ? List.of() : MilestoneEdit.names(Arrays.asList(list.split(",")));
    }
}
