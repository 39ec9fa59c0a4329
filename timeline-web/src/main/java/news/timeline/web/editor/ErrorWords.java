package news.timeline.web.editor;

import static news.timeline.web.WordRule.exact;
import static news.timeline.web.WordRule.rule;
import static news.timeline.web.WordRule.translate;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.List;
import news.timeline.web.FieldMessages;
import news.timeline.web.WordRule;
import news.timeline.web.importing.ProblemWords;
import news.timeline.web.Words;

/**
 * The field errors of the editor's forms in the page's language. The rules, the forms and core's date reader
 * say what is wrong in English, and the API answers with those words; a page shows each message it knows in
 * its own language (keys {@code err…} of {@link FieldMessages}) and any other as it is. In templates:
 * {@code {errors.get('title').localized}}.
 */
@TemplateExtension
public final class ErrorWords {

    private static final List<WordRule> RULES = List.of(
            exact("A milestone needs a headline", FieldMessages::errHeadlineNeeded),
            exact(EditRules.TITLE, FieldMessages::errTitleNeeded),
            rule("At most (\\d+) characters; this one has (\\d+)", (w, m) -> w.errAtMostHas(m.group(1), m.group(2))),
            rule("At most (\\d+) characters", (w, m) -> w.errAtMost(m.group(1))),
            rule("At most (\\d+) characters, markup included; this one has (\\d+)", (w, m) -> w.errSummaryLength(m.group(1), m.group(2))),
            exact("Use lower-case letters, digits and single hyphens", FieldMessages::errSlug),
            exact(EditRules.STATE, FieldMessages::errState),
            exact(EditRules.IMPORTANCE, FieldMessages::errImportance),
            exact("Choose the whole span, a decade, a year, a month or a day", FieldMessages::errZoom),
            exact("Choose the list or story mode", FieldMessages::errView),
            exact("Give the first day of the range as well as its end", FieldMessages::errRangeStart),
            exact("A milestone that occurred needs a date; mark it planned or expected if it has none yet", FieldMessages::errOccurredUndated),
            exact("New names are a person, an organisation or a country", FieldMessages::errActorType),
            exact("The source's publication date must look like 2025-02-12", FieldMessages::errSourceDate),
            rule("Invalid date '(.*)': (.*)", (w, m) -> w.errInvalidDate(m.group(1), reason(w, m.group(2)))),
            exact("Give the image's address, or clear its alt text and credit", FieldMessages::errCoverUrl),
            exact("Describe the image for readers who cannot see it", FieldMessages::errCoverAlt),
            exact("Give the image's full address, starting with https:// or http://", FieldMessages::errImageAddress),
            exact("An era needs a label", FieldMessages::errEraLabel),
            exact("An era needs a start, such as 2021 or 2021-01-20", FieldMessages::errEraStart),
            exact("The end comes before the start", FieldMessages::errEndBeforeStart),
            rule("Another timeline already has the address '(.*)'", (w, m) -> w.errTimelineSlugTaken(m.group(1))),
            rule("Another milestone of this timeline already has the address '(.*)'", (w, m) -> w.errMilestoneSlugTaken(m.group(1))),
            exact("Write what readers should know.", FieldMessages::errNoteEmpty),
            rule("A note has at most (\\d+) characters; this one has (\\d+)\\.", (w, m) -> w.errNoteLength(m.group(1), m.group(2))),
            exact("Paste the article's text", FieldMessages::errPasteText),
            exact("Give the publication date (2025-02-12): the text has no dateline to take it from", FieldMessages::errNoDateline),
            exact("The publication date must look like 2025-02-12; it resolves 'on Wednesday' and dates the day's news",
                    FieldMessages::errPublishedDate),
            exact("Give the token a name that says where it is used", FieldMessages::errTokenName),
            exact("The last day must be today or later", FieldMessages::errTokenPast),
            exact("Give the last day as 2026-12-31, or leave it empty for a token that does not expire", FieldMessages::errTokenDate),
            exact("the two passwords differ", FieldMessages::errPasswordsDiffer),
            exact("use 2 to 80 lower-case letters, digits, dots, dashes or underscores", FieldMessages::errUsername),
            rule("'(.*)' is taken", (w, m) -> w.errUsernameTaken(m.group(1))),
            rule("The address has more than (\\d+) characters: give the article's own address", (w, m) -> w.errAddressLength(m.group(1))),
            // Not an error: the importer's note on a candidate ("'Higseth' read as Pete Hegseth").
            rule("'(.*)' read as (.*)", (w, m) -> w.flagReadAs(m.group(1), m.group(2))));

    /** What core's date reader says is wrong with a date, after "Invalid date '…': ". */
    private static final List<WordRule> DATE_REASONS = List.of(
            rule("expected a value such as .*", (w, m) -> w.errDateExpected()),
            exact("month must be between 1 and 12", FieldMessages::errMonthRange),
            rule("day must be between 1 and (\\d+) in that month", (w, m) -> w.errDayRange(m.group(1))),
            rule("a range must end \\((.*)\\) after it starts", (w, m) -> w.errRangeOrder(m.group(1))));

    private ErrorWords() {
    }

    /** The message in the page's language, if it is one the editor's pages know; else as it is. */
    static String localized(String message, @TemplateAttribute("locale") Object locale) {
        FieldMessages words = Words.fields(locale);
        String translated = translate(RULES, message, words);
        // A file the importer could not read: "notes.txt: the file is not UTF-8 text: ...".
        return translated == null || !translated.equals(message) ? translated : ProblemWords.translate(message, words);
    }

    private static String reason(FieldMessages words, String reason) {
        return translate(DATE_REASONS, reason, words);
    }
}
