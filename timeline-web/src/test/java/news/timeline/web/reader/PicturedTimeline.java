package news.timeline.web.reader;

import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.editor.MilestoneForm;

/**
 * A published timeline for story mode's tests: a milestone with a picture, a summary and a quoted source,
 * a draft and a deleted milestone after it, and a last published one.
 */
public final class PicturedTimeline {

    public static final String FIRST = "harbour-reopens";
    public static final String FIRST_HEADLINE = "Harbour reopens";
    public static final String LAST = "harbour-expands";
    public static final String DRAFT = "harbour-tender-drafted";
    public static final String DELETED = "harbour-closure-rumoured";
    public static final String CAPTION = "The harbour at dawn, the first ferry at the quay";
    public static final String CREDIT = "Drawing: Newsroom";
    public static final String ALT = "A ferry moored at a stone quay under a pale sky";
    public static final String SOURCE_URL = "https://news.example.org/harbour-reopens";
    public static final String SOURCE_TITLE = "Harbour reopens after repairs";
    public static final String QUOTE = "The harbour reopened to ships on Monday morning, four months after the storm.";

    private PicturedTimeline() {
    }

    /** Creates the timeline {@code slug} with its first milestone's picture at {@code pictureUrl}, once. */
    public static void create(EditorService editor, String slug, String pictureUrl) {
        if (editor.timeline(slug).isPresent()) {
            return;
        }
        editor.createTimeline(new ApiModel.NewTimeline("The harbour", slug, "A port town's year.", "PUBLISHED"));
        MilestoneForm opened = milestone(FIRST_HEADLINE, "2020-03-02", true);
        opened.summary = "Ships return to the port after four months of repairs to the breakwater.";
        opened.addMedia(news.timeline.core.milestone.Media.image(pictureUrl, ALT, CAPTION, CREDIT));
        opened.sourceTitle = SOURCE_TITLE;
        opened.sourceOutlet = "The Coast Courier";
        opened.sourceUrl = SOURCE_URL;
        opened.sourceQuote = QUOTE;
        editor.saveMilestone(slug, null, opened);
        editor.saveMilestone(slug, null, milestone("Harbour tender drafted", "2020-05", false));
        editor.delete(slug, editor.saveMilestone(slug, null, milestone("Harbour closure rumoured", "2020-07", true)).slug());
        editor.saveMilestone(slug, null, milestone("Harbour expands", "2020-09", true));
    }

    private static MilestoneForm milestone(String headline, String date, boolean published) {
        MilestoneForm form = MilestoneForm.blank();
        form.headline = headline;
        form.date = date;
        form.published = published ? "on" : null;
        return form;
    }
}
