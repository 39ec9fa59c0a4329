package news.timeline.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the editor's pages, in templates {@code {editor:key}}; the texts are in
 * {@code messages/editor_en.properties} and its German and Ukrainian siblings, in blocks by page. The reader's
 * words are {@code Messages}, the values of fields and their errors {@link FieldMessages}.
 *
 * <p>Each bundle stays under 300 messages: Quarkus 3.33 splits a bigger bundle's generated resolver into
 * parts and passes the wrong argument from one part to the next, so the application no longer starts
 * ({@code VerifyError}). {@code MessageBundlesTest} holds every bundle to that limit.
 */
@MessageBundle(value = "editor", locale = "en")
public interface EditorMessages {

    // Editor: words shared by its pages
    @Message String title();
    @Message String description();
    @Message String state();
    @Message String name();
    @Message String username();
    @Message String password();
    @Message String save();
    @Message String outlet();
    @Message String url();
    @Message String credit();
    @Message String publishedOnLabel();
    @Message String correctFields(int count);
    @Message String draftState();
    @Message String publishedState();
    @Message String deletedState();
    @Message String undatedCandidate();
    @Message String none();
    @Message String never();
    @Message String administratorsOnly();
    @Message String copied();

    // Editor: index
    @Message String tokensTitle();
    @Message String accountsTitle();
    @Message String archiveTitle();
    @Message String colDrafts();
    @Message String colDeleted();
    @Message String newTimeline();
    @Message String slugFromTitle();
    @Message String createTimeline();
    @Message String timelineCreated();

    // Editor: sign out
    @Message String signOutText();

    // Editor: milestone form
    @Message String editMilestone();
    @Message String newMilestone();
    @Message String editTitle(String title);
    @Message String headlineLabel();
    @Message String slugFromHeadline();
    @Message String summaryLabel();
    @Message String dateLabel();
    @Message String endLabel();
    @Message String approximate();
    @Message String whoLabel();
    @Message String newNamesLegend();
    @Message String otherNewNamesBecome();
    @Message String newNamesBecome();
    @Message String whereLabel();
    @Message String tagsLabel();
    @Message String source();
    @Message String articleTitle();
    @Message String articleWithoutHeadline();
    @Message String quoteLabel();
    @Message String media();
    @Message String imageUrl();
    @Message String caption();
    @Message String importance();
    @Message String publishedCheck();
    @Message String saveMilestone();
    @Message String history();
    @Message String milestoneSaved();
    @Message String milestoneDeleted();
    @Message String milestoneRestored();

    // Editor: a timeline's page
    @Message String publicPage();
    @Message String addMilestone();
    @Message String importArticle();
    @Message String findMilestonesLabel();
    @Message String headlineContains();
    @Message String show();
    @Message String find();
    @Message String showAll();
    @Message String noMilestonesYet();
    @Message String noMilestoneMatches();
    @Message String milestonesRange(int first, int last, long matching);
    @Message String milestonesRangeOf(int first, int last, long matching, long total);
    @Message String visibility();
    @Message String actions();
    @Message String restore();
    @Message String delete();
    @Message String pagesOfMilestones();
    @Message String notesHeading();
    @Message String notesHint();
    @Message String withdraw();
    @Message String theNoteOf(String date);
    @Message String newNoteLabel();
    @Message String publishNote();
    @Message String notePublished();
    @Message String noteWithdrawn();
    @Message String settingsHeading();
    @Message String embedOriginsLabel();
    @Message String defaultZoomLabel();
    @Message String defaultViewLabel();
    @Message String coverLegend();
    @Message String imageAddress();
    @Message String altLabel();
    @Message String erasLegend();
    @Message String erasHint();
    @Message String era(Integer number);
    @Message String label();
    @Message String start();
    @Message String endOptional();
    @Message String removeEra(Integer number);
    @Message String saveTimeline();
    @Message String addEraRow();
    @Message String timelineSaved();

    // Editor: a timeline's embed panel
    @Message String embed();
    @Message String embedNotYet();
    @Message String embedStartAt();
    @Message String embedKind();
    @Message String embedActor();
    @Message String embedTag();
    @Message String embedFrom();
    @Message String embedTo();
    @Message String embedHeight();
    @Message String embedMode();
    @Message String embedModeDefault(String view);
    @Message String theme();
    @Message String embedLang();
    @Message String axis();
    @Message String updatePreview();
    @Message String preview();
    @Message String previewFrame();
    @Message String scriptLabel();
    @Message String oembedLabel();
    @Message String copyIframe();
    @Message String copyScript();
    @Message String copyOembed();

    // Editor: a milestone's history
    @Message String editQuoted(String headline);
    @Message String historyOf(String headline);
    @Message String version(long revision);
    @Message String versionCreated();
    @Message String versionRemoved();
    @Message String versionChanged();
    @Message String by(String name);
    @Message String field();
    @Message String before();
    @Message String after();
    @Message String restoreVersion(long revision);

    // Editor: edit conflict
    @Message String conflictTitle();
    @Message String conflictHeading();
    @Message String conflictText();
    @Message String yourVersion();
    @Message String theirVersion();
    @Message String quote();
    @Message String saveMine();
    @Message String discardMine();

    // Editor: import and review
    @Message String importInto(String title);
    @Message String acceptCandidate();
    @Message String confirmDatesHeading();
    @Message String confirmDatesText();
    @Message String noUrl();
    @Message String discard();
    @Message String findInArticles();
    @Message String candidatesHeading();
    @Message String decidedAccept(int count);
    @Message String decidedPublish(int count);
    @Message String decidedReject(int count);
    @Message String undo();
    @Message String made(int count);
    @Message String noCandidates();
    @Message String legendBefore();
    @Message String legendTrigger();
    @Message String legendAnd();
    @Message String legendTime();
    @Message String legendAfter();
    @Message String decideSelected();
    @Message String selectAllPage();
    @Message String clearSelection();
    @Message String acceptSelected();
    @Message String publishSelected();
    @Message String rejectSelected();
    @Message String keys();
    @Message String keyNext();
    @Message String keySelect();
    @Message String keyAccept();
    @Message String keyPublish();
    @Message String keyReject();
    @Message String keyEdit();
    @Message String keyContext();
    @Message String waiting(long count);
    @Message String onThisPage(int count);
    @Message String select();
    @Message String precision();
    @Message String actors();
    @Message String places();
    @Message String confidence();
    /** A candidate's date precision (a {@code Precision} name in lower case, or {@code undated}), and whether it is approximate. */
    @Message String precisionOf(String precision, boolean approximate);
    /** A candidate's confidence: {@code high}, {@code medium} or {@code low}, and its percentage. */
    @Message String confidenceOf(String level, long percent);
    /** What a screen reader hears before marked words of a quote: {@code trigger}, {@code quote} or a date. */
    @Message String markLabel(String mark);
    @Message String contextSummary();
    @Message String accept();
    @Message String acceptPublish();
    @Message String reject();
    @Message String editAccept();
    @Message String likelySame();
    @Message String orAnother();
    @Message String mergeInto();
    @Message String mergeIntoMilestone();
    @Message String mergeIntoAddress();
    @Message String candidatesRange(int first, int last, long matching);
    @Message String pageOf(int number, long pages);
    @Message String pagesOfCandidates();
    @Message String earlierCandidates();
    @Message String laterCandidates();
    @Message String uploadHeading();
    @Message String uploadLabel(String size);
    @Message String uploadPublished();
    @Message String upload();
    @Message String fetchHeading();
    @Message String fetchAddress();
    @Message String fetch();
    @Message String internalRefused();
    @Message String pasteHeading();
    @Message String articleText();
    @Message String pastePublished();
    @Message String articleHeadline();

    // Editor: API tokens
    @Message String tokensIntro();
    @Message String tokensHeader();
    @Message String tokensSee();
    @Message String apiDescription();
    @Message String tokenCreated(String name);
    @Message String yourNewToken();
    @Message String yourTokens();
    @Message String noTokens();
    @Message String everyonesTokens();
    @Message String newToken();
    @Message String tokenName();
    @Message String tokenExpires();
    @Message String createToken();
    @Message String account();
    @Message String startsWith();
    @Message String created();
    @Message String lastUsed();
    @Message String expires();
    @Message String expired();
    @Message String revoke();
    @Message String tokenRevoked(String name);

    // Editor: accounts, passwords and first run
    @Message String passwordRules();
    @Message String seeAlso();
    @Message String hostsExplained();
    @Message String roleAccess();
    @Message String roleOf(String username);
    @Message String maySignIn();
    @Message String newPasswordOptional();
    @Message String newPasswordSignsOut();
    @Message String newAccount();
    @Message String usernameLabel();
    @Message String role();
    @Message String createAccount();
    @Message String setupTitle();
    @Message String setupWrongCode();
    @Message String setupCodeText();
    @Message String setupCodeLabel();
    @Message String continueButton();
    @Message String setupText();
    @Message String firstAdmin();
    @Message String passwordAgain();
    @Message String createAdmin();

    // Editor: sign-in page
    @Message String noAccountText();
    @Message String loginFailed();
    @Message String loginExpired();

    // Editor: single sign-on (security.SingleSignOn)
    @Message String ssoSignIn(String provider);
    @Message String ssoFailed();
    @Message String ssoNoAccount(String provider, String username);
    @Message String ssoNoUsername(String provider);
    @Message String ssoSignOutNote(String provider);

    // Editor: import hosts
    @Message String hostsTitle();
    @Message String hostsText();
    @Message String allowedHosts();
    @Message String noHostAllowed();
    @Message String host();
    @Message String allowedBy();
    @Message String since();
    @Message String remove();
    @Message String allowHost();
    @Message String hostLabel();
    @Message String allow();

    // Editor: site archive
    @Message String archiveImported();
    @Message String accountsCreated();
    @Message String accountsKept();
    @Message String nothingImported();
    @Message String line(long line);
    @Message String export();
    @Message String exportText();
    @Message String downloadArchive();
    @Message String importHeading();
    @Message String importText();
    @Message String archiveFile();
    @Message String importArchive();

    // Editor: notices after saving
    @Message String versionRestored(long revision);
    @Message String milestoneSavedCleaned(String removed);
    @Message String removedLink();
    @Message String firstAdminCreated(String username);

    // Editor: page titles the pages share with the reader's words
    @Message String editorTitle();
    @Message String signInTitle();
    @Message String signOutTitle();
}
