package news.timeline.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for the values the editor's fields take (states, roles, actor types, embed options, list filters,
 * zooms) and for the errors its forms report, read in Java by the editor's {@code ValueLabels} and
 * {@code ErrorWords}, and for what media providers said or failed to say (oembed's {@code MediaCards}); the
 * texts are in {@code messages/fields_en.properties} and its German and Ukrainian siblings. A bundle of its
 * own for the reason {@link EditorMessages} gives.
 */
@MessageBundle(value = "fields", locale = "en")
public interface FieldMessages {

    // Editor: the values its forms offer (ValueLabels)
    @Message String valueDraft();
    @Message String valuePublished();
    @Message String valueArchived();
    @Message String valueEditor();
    @Message String valueAdmin();
    @Message String valuePerson();
    @Message String valueOrganisation();
    @Message String valueCountry();
    @Message String valueLight();
    @Message String valueDark();
    @Message String valueAuto();
    @Message String valueShown();
    @Message String valueHidden();
    @Message String valueAll();
    @Message String valueDrafts();
    @Message String valueDeleted();

    // Editor: field errors of its forms (news.timeline.web.form.ErrorWords)
    @Message String errHeadlineNeeded();
    @Message String errTitleNeeded();
    @Message String errAtMostHas(String max, String has);
    @Message String errAtMost(String max);
    @Message String errSummaryLength(String max, String has);
    @Message String errSlug();
    @Message String errState();
    @Message String errImportance();
    @Message String errZoom();
    @Message String errView();
    @Message String errRangeStart();
    @Message String errOccurredUndated();
    @Message String errActorType();
    @Message String errSourceDate();
    @Message String errInvalidDate(String input, String reason);
    @Message String errDateExpected();
    @Message String errMonthRange();
    @Message String errDayRange(String max);
    @Message String errRangeOrder(String end);
    @Message String errCoverUrl();
    @Message String errCoverAlt();
    @Message String errImageAddress();
    @Message String errEraLabel();
    @Message String errEraStart();
    @Message String errEndBeforeStart();
    @Message String errTimelineSlugTaken(String slug);
    @Message String errMilestoneSlugTaken(String slug);
    @Message String errNoteEmpty();
    @Message String errNoteLength(String max, String has);
    @Message String errPasteText();
    @Message String errNoDateline();
    @Message String errPublishedDate();
    @Message String errTokenName();
    @Message String errTokenPast();
    @Message String errTokenDate();
    @Message String errPasswordsDiffer();
    @Message String errUsername();
    @Message String errUsernameTaken(String name);
    @Message String errAddressLength(String max);

    /** A candidate's note: a name written with a typo, read as an actor the gazetteer knows. */
    @Message String flagReadAs(String written, String name);

    // The reader's axis zooms, as the timeline settings offer them
    @Message String valueSpan();
    @Message String valueDecade();
    @Message String valueYear();
    @Message String valueMonth();
    @Message String valueDay();

    // The reader's views, as the timeline settings and the embed panel offer them
    @Message String valueList();
    @Message String valueStory();

    // Importing: what came of an upload or a fetched page (ImportResource), and the importer's problems with
    // the files it read (ProblemWords): where in the file, how bad, and what
    @Message String importStaged(int count);
    @Message String importCandidates(int count);
    @Message String importKnown(int count);
    @Message String importNothing();
    @Message String importNothingNew();
    @Message String importToReview(int count);
    @Message String importProblems(String problems);
    @Message String importMore(String count);
    @Message String importError();
    @Message String importWarning();
    @Message String importRow(String number);
    @Message String importLine(String number);
    @Message String importItem(String number);
    @Message String importEvent(String number);
    @Message String importEra(String number);
    @Message String importColumn(String name);
    @Message String importFieldTitle();
    @Message String importFieldPublished();
    @Message String importFieldAddress();
    @Message String importFieldBody();
    @Message String problemTextTitle(String name);
    @Message String problemTextDateline(String date);
    @Message String problemPageTitle(String name);
    @Message String problemPageDateline(String date);
    @Message String problemPageNoDate();
    @Message String problemPageClasses();
    @Message String problemNotAddress(String address);
    @Message String problemNoItems();
    @Message String problemItemNoTitle();
    @Message String problemItemNoDate();
    @Message String problemItemEmpty();
    @Message String problemRowCells(String cells, String columns);
    @Message String problemNoText();
    @Message String problemNoArticleText();
    @Message String problemNotUtf8();
    @Message String problemTooLarge(String size, String most);
    @Message String problemTooLong(String most);
    @Message String problemUpload(String reason);
    @Message String problemNoSuchFile();
    @Message String problemPermission();
    @Message String problemTooManyCandidates(String what, String count, String most);
    @Message String problemQueueFull(String pending, String what, String count, String most);
    @Message String problemStagedFull(String count);

    // Importing in the background (ImportJobs): what the import page says of each job, and the notices
    @Message String jobsHeading();
    @Message String jobsRefresh();
    @Message String jobsLive();
    @Message String jobsPending(int count);
    @Message String jobFetchQueued(String address);
    @Message String jobFilesQueued(int count);
    @Message String jobAsked(String who, String when);
    @Message String jobQueued();
    @Message String jobRunning(int attempt, int attempts);
    @Message String jobRetrying(int attempt, int attempts, String reason, String at);
    @Message String jobFailed(String reason);
    @Message String jobDone(String summary);
    @Message String problemUnexpected();

    // Editor: who is signed in (EditorResource)
    @Message String signedInAs(String account);

    // Editor: a media item saved without its provider's card (news.timeline.web.oembed.MediaCards), and why
    @Message String cardFailed(String item, String reason);
    @Message String cardSlow(String provider, String seconds);
    @Message String cardStatus(String provider, String status);
    @Message String cardTooLarge(String provider, String size);
    @Message String cardUnreadable(String provider);
    @Message String cardRefused(String provider);
    @Message String cardUnreachable(String provider);
    @Message String cardMore(String count);
    /** Under a stored media item's address in the form: what its provider said about it. */
    @Message String cardFrom(String card);
}
