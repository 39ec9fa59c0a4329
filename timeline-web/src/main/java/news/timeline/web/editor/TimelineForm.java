package news.timeline.web.editor;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.timeline.Cover;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.ReaderView;
import news.timeline.core.timeline.Timeline;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;
import news.timeline.web.editor.EditRules.Reads;
import news.timeline.web.editor.EditRules.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A timeline's settings as the editor's forms send them, every field as typed: title, address (of a new
 * timeline), description, state, the sites that may embed it, the reader's default zoom and view, a cover image, and
 * its eras as rows of label, start and end. A row left empty is no era; a row ticked "Remove" goes.
 */
@EditRules.Whole
public class TimelineForm implements TimelineEdit, EditRules.Checked {

    static final int MAX_ERA_NAME = 200;

    @RestForm @NotBlank(message = EditRules.TITLE) @Reads(Text.TITLE) public String title;
    @RestForm @Reads(Text.SLUG) public String slug;
    @RestForm public String description;
    @RestForm @NotBlank(message = EditRules.STATE) @Reads(value = Text.STATE, message = EditRules.STATE) public String state;
    @RestForm @Reads(Text.ORIGINS) public String embedOrigins;
    @RestForm public String version;
    /** SPAN, DECADE, YEAR, MONTH or DAY. */
    @RestForm @Reads(value = Text.ZOOM, message = "Choose the whole span, a decade, a year, a month or a day")
    public String defaultZoom;
    /** LIST or STORY: what a reader sees first at the timeline's address. */
    @RestForm @Reads(value = Text.VIEW, message = "Choose the list or story mode")
    public String defaultView;
    @RestForm @Reads(Text.COVER_URL) public String coverUrl;
    @RestForm @Reads(Text.COVER_TEXT) public String coverAlt;
    @RestForm @Reads(Text.COVER_TEXT) public String coverCredit;
    /** The eras' rows, one value per row in each list. */
    @RestForm public List<String> eraName = new ArrayList<>();
    @RestForm public List<String> eraStart = new ArrayList<>();
    @RestForm public List<String> eraEnd = new ArrayList<>();
    /** The numbers of the rows ticked for removal. */
    @RestForm public List<String> eraRemove = new ArrayList<>();
    /** Set by the "Add an era row" button: show the form again with one more empty row, saving nothing. */
    @RestForm public String addEra;

    /** One era row as the form shows it; {@code index} numbers its fields. */
    public record EraRow(int index, String name, String start, String end) {
    }

    /** A form filled with a stored timeline, for editing it. */
    public static TimelineForm of(EditorService.EditableTimeline editable) {
        Timeline t = editable.timeline();
        TimelineForm form = new TimelineForm();
        form.title = t.title();
        form.description = t.description();
        form.state = t.state().name();
        form.embedOrigins = t.embedOrigins();
        form.version = Long.toString(editable.version());
        form.defaultZoom = t.defaultZoom().name();
        form.defaultView = t.defaultView().name();
        if (t.cover() != null) {
            form.coverUrl = t.cover().url();
            form.coverAlt = t.cover().alt();
            form.coverCredit = t.cover().credit();
        }
        for (Era era : t.eras()) {
            form.eraName.add(era.name());
            form.eraStart.add(era.span().start().toString());
            form.eraEnd.add(era.span().isRange() ? era.span().end().toString() : "");
        }
        return form;
    }

    /** A new timeline's form, a draft until chosen otherwise. */
    public static TimelineForm blank() {
        TimelineForm form = new TimelineForm();
        form.state = TimelineState.DRAFT.name();
        return form;
    }

    @Override public String title() { return title; }
    @Override public String slug() { return slug; }
    @Override public String description() { return description; }
    @Override public String state() { return state; }
    @Override public String embedOrigins() { return embedOrigins; }
    @Override public Long baseVersion() { return EditRules.version(version); }

    @Override
    public TimelineZoom defaultZoom(Timeline previous) {
        return blank(defaultZoom) ? TimelineZoom.SPAN : TimelineZoom.fromSlug(defaultZoom);
    }

    @Override
    public ReaderView defaultView(Timeline previous) {
        return blank(defaultView) ? ReaderView.LIST : ReaderView.fromSlug(defaultView);
    }

    @Override
    public Cover cover(Timeline previous) {
        return blank(coverUrl) ? null : new Cover(coverUrl, coverAlt, coverCredit);
    }

    @Override
    public List<Era> eras(Timeline previous) {
        return eras(new LinkedHashMap<>());
    }

    /** The cover's fields read together, an image needing its alt text, and the eras' rows. */
    @Override
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(coverUrl) && !(blank(coverAlt) && blank(coverCredit))) {
            errors.put("coverUrl", "Give the image's address, or clear its alt text and credit");
        } else if (!blank(coverUrl) && blank(coverAlt)) {
            errors.put("coverAlt", "Describe the image for readers who cannot see it");
        }
        eras(errors);
        return errors;
    }

    /**
     * The rows to show: the eras sent (or stored) that were not removed, numbered afresh, then one empty row,
     * or after "Add an era row" one more empty row than was sent.
     */
    public List<EraRow> rows() {
        List<EraRow> rows = filledRows();
        long empty = addEra == null ? 1 : IntStream.range(0, rowCount()).filter(i -> !removed(i) && isBlankRow(i)).count() + 1;
        for (int i = 0; i < empty; i++) {
            rows.add(new EraRow(rows.size(), "", "", ""));
        }
        return rows;
    }

    /** The rows that describe an era: neither removed nor empty, numbered as {@link #rows} numbers them. */
    private List<EraRow> filledRows() {
        List<EraRow> rows = new ArrayList<>();
        for (int i = 0; i < rowCount(); i++) {
            if (!removed(i) && !isBlankRow(i)) {
                rows.add(new EraRow(rows.size(), at(eraName, i), at(eraStart, i), at(eraEnd, i)));
            }
        }
        return rows;
    }

    private int rowCount() {
        return Math.max(eraName.size(), Math.max(eraStart.size(), eraEnd.size()));
    }

    private boolean isBlankRow(int i) {
        return blank(at(eraName, i)) && blank(at(eraStart, i)) && blank(at(eraEnd, i));
    }

    /** True when the editor asked for another era row rather than to save. */
    public boolean wantsAnotherRow() {
        return addEra != null;
    }

    /**
     * The eras the rows describe, skipping empty and removed rows; each wrong field's message goes into
     * {@code errors} under "era-N-name", "era-N-start" or "era-N-end", N being the row as {@link #rows} numbers it.
     */
    List<Era> eras(Map<String, String> errors) {
        List<Era> eras = new ArrayList<>();
        for (EraRow row : filledRows()) {
            String key = "era-" + row.index() + "-";
            if (blank(row.name())) {
                errors.put(key + "name", "An era needs a label");
            } else if (row.name().strip().length() > MAX_ERA_NAME) {
                errors.put(key + "name", "At most " + MAX_ERA_NAME + " characters");
            }
            HistoricalDate span = null;
            if (blank(row.start())) {
                errors.put(key + "start", "An era needs a start, such as 2021 or 2021-01-20");
            } else {
                span = date(row.start(), key + "start", errors);
            }
            if (!blank(row.end())) {
                HistoricalDate end = date(row.end(), key + "end", errors);
                if (span != null && end != null) {
                    if (end.startDay().isBefore(span.startDay())) {
                        errors.put(key + "end", "The end comes before the start");
                        span = null;
                    } else {
                        try {
                            span = span.to(end);
                        } catch (IllegalArgumentException e) {
                            errors.put(key + "end", e.getMessage());
                            span = null;
                        }
                    }
                }
            }
            if (span != null && !blank(row.name()) && !errors.containsKey(key + "name")) {
                eras.add(new Era(row.name(), span));
            }
        }
        return eras;
    }

    private static HistoricalDate date(String value, String field, Map<String, String> errors) {
        try {
            return HistoricalDate.parse(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    private boolean removed(int index) {
        return eraRemove.contains(Integer.toString(index));
    }

    private static String at(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static boolean blank(String value) {
        return EditRules.blank(value);
    }
}
