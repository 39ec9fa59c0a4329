package news.timeline.web.reader;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;

/**
 * The reader pages' words in English; German and Ukrainian are in {@code messages/msg_de.properties} and
 * {@code messages/msg_uk.properties}. Templates use them as {@code {msg:key}}. The labels of statuses,
 * beats and kinds, one per enum constant, are data in every language, English in {@code messages/msg_en.properties}.
 */
@MessageBundle(locale = "en")
public interface Messages {

    @Message("Skip to content") String skipToContent();
    @Message("Every milestone links to the sentence that reports it.") String footer();
    @Message("Sign in") String signIn();
    @Message("Editor") String editor();
    @Message("Sign out") String signOut();
    @Message("Language") String language();
    @Message("Timelines") String timelines();
    @Message("All timelines") String allTimelines();
    @Message("There are no timelines yet.") String noTimelines();
    @Message("{count} {count.forms('milestone', 'milestones')}") String milestoneCount(long count);
    @Message("Search timelines and milestones") String searchLabel();
    @Message("Search") String search();
    @Message("Results for “{query}”") String resultsFor(String query);
    @Message("No milestone matches “{query}”.") String noResults(String query);
    @Message("Eras") String eras();
    @Message("Milestones") String milestones();
    @Message("This timeline has no milestones yet.") String noMilestones();
    @Message("Filter milestones") String filterHeading();
    @Message("Kind") String kind();
    @Message("Who") String who();
    @Message("Where") String where();
    @Message("Status") String status();
    @Message("Text") String text();
    @Message("From") String from();
    @Message("To") String to();
    @Message("Any") String any();
    @Message("Apply filters") String applyFilters();
    @Message("Clear filters") String clearFilters();
    @Message("Date, e.g. 2021 or 2021-06") String dateHint();
    @Message("Showing {shown} of {total} milestones.") String showing(int shown, long total);
    @Message("No milestone matches these filters.") String noMatch();
    @Message("Earlier milestones") String earlier();
    @Message("Later milestones") String later();
    @Message("Milestones by year") String byYear();
    @Message("{count} undated") String undatedCount(long count);
    @Message("Tags") String tags();
    @Message("Sources") String sources();
    @Message("Permalink") String permalink();
    @Message("Back to the timeline") String backToTimeline();
    @Message("Milestones naming {name}") String actorHeading(String name);
    @Message("Milestones in {name}") String placeHeading(String name);
    @Message("Milestones tagged “{tag}”") String tagHeading(String tag);
    @Message("Also known as") String alsoKnownAs();
    @Message("Not found") String notFound();
    @Message("The address's “{parameter}” names no milestone of this list (“{slug}”): it may have been deleted or unpublished since the link was made. Showing the first page.")
    String unknownPageKey(String parameter, String slug);
    @Message("See all timelines") String seeAllTimelines();
    @Message("Something went wrong") String failedHeading();
    @Message("This page could not be shown. The problem has been logged; please try again in a moment.") String failedText();
    @Message("Too large to send") String tooLargeHeading();
    @Message("What was sent is larger than the {size} this site accepts at once, so none of it was read. Send fewer or smaller files, or split the file.") String tooLargeText(String size);
    @Message("Planned, date not set") String plannedUndated();
    @Message("Expected, date not set") String expectedUndated();
    @Message("Cancelled") String cancelledUndated();
    @Message("Undated") String undated();

    @Message("Updates and corrections") String correctionsHeading();
    @Message("{field}: “{before}” is now “{after}”") String correction(String field, String before, String after);
    @Message("Date") String field_Date();
    @Message("Headline") String field_Headline();
    @Message("Summary") String field_Summary();
    @Message("Status") String field_Status();
    @Message("Who") String field_Who();
    @Message("Where") String field_Where();
    // The timeline axis. Texts with %n, %shown or %total are patterns the page's script fills in.
    @Message("Timeline axis") String axisLabel();
    @Message("Axis: left and right arrows go to the previous and next milestone, Home and End to the first and last; plus and minus zoom, 0 shows the whole span; Shift with the arrows moves the view. Drag to move, scroll or pinch to zoom.") String axisHelp();
    @Message("Keys and gestures") String axisKeys();
    @Message("Zoom in") String zoomIn();
    @Message("Zoom out") String zoomOut();
    @Message("Whole span") String zoomAll();
    @Message("Zoom") String zoom();
    @Message("Decade") String levelDecade();
    @Message("Year") String levelYear();
    @Message("Month") String levelMonth();
    @Message("Day") String levelDay();
    @Message("Move earlier") String panEarlier();
    @Message("Move later") String panLater();
    @Message("Previous milestone") String previousMilestone();
    @Message("Next milestone") String nextMilestone();
    @Message("Lanes") String lanes();
    @Message("None") String lanesNone();
    @Message("Other") String laneOther();
    @Message("%n milestones, choose to zoom in:") String axisCluster();
    @Message("Showing %shown of %total milestones.") String showingPattern();
    @Message("{count} more {count.forms('milestone', 'milestones')}, {from} to {to}") String axisMore(long count, String from, String to);
    @Message("%n more milestone, %from to %to|%n more milestones, %from to %to") String axisMorePattern();

    /** A year before the common era on the axis's strip of dates, as the site writes it elsewhere. */
    @Message("%y BCE") String axisBce();
    @Message("Zoom in on these") String axisZoomTo();
    @Message("Close") String axisClose();

    // Story mode: one milestone at a time.
    @Message("View") String views();
    @Message("List") String listView();
    @Message("Story") String storyView();
    @Message("Slides") String slides();
    @Message("{number} of {count}") String slideOf(int number, long count);
    @Message("Nearby milestones") String storyAxis();
    @Message("The left and right arrow keys or a swipe go to the previous and next milestone.") String storyHelp();

    // One word per constant, kept as data in messages/msg_en.properties and its translations.
    @Message String statusLabel(MilestoneStatus status);
    @Message String beatLabel(MilestoneKind.Beat beat);
    @Message String kindLabel(MilestoneKind kind);

    // Media: one label per kind, what a media item's link does, and the editor's media rows; the words are data in
    // messages/msg_en.properties and its translations.
    @Message String mediaKindLabel(news.timeline.core.milestone.MediaKind kind);
    @Message String mediaOpen(news.timeline.core.milestone.MediaKind kind);
    @Message String mediaLegend();
    @Message String mediaHelp();
    @Message String mediaItem(int number);
    @Message String mediaKind();
    @Message String mediaUrl();
    @Message String mediaAlt();
    @Message String mediaCaption();
    @Message String mediaCredit();
    @Message String mediaWidth();
    @Message String mediaHeight();
    @Message String mediaRenditions();
    @Message String mediaOrder();
    @Message String mediaRemove();

    // Preview links: the banner of a preview, the page of a link that no longer works, the editor's panel.
    // English in messages/msg_en.properties, like German and Ukrainian.
    @Message String previewHeading();
    @Message String previewDraftTimeline();
    @Message String previewDrafts(int count);
    @Message String previewMoreDrafts(int count);
    @Message String previewAllPublished();
    @Message String previewUntil(String until);
    @Message String previewExpired();
    @Message String previewWithdrawn();
    @Message String previewInvalid();
    @Message String previewInvalidText();
    @Message String previewAskAgain();
    @Message String previewPanelHeading();
    @Message String previewPanelIntro();
    @Message String previewLinkLabel(String until);
    @Message String previewCopy();
    @Message String previewOpen();
    @Message String previewLifetime();
    @Message String lifetimeDays(int count);
    @Message String lifetimeHours(int count);
    @Message String lifetimeMinutes(int count);
    @Message String previewCreate();
    @Message String previewWithdraw();
    @Message String previewWithdrawHint();
    @Message String previewEmbedNote();
    @Message String previewCreated();
    @Message String previewWithdrawnAll();
    @Message String previewLifetimeError();
}
