package news.timeline.importer.read;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import news.timeline.core.date.Precision;
import news.timeline.importer.time.TimeExpression;
import news.timeline.importer.time.TimeTagger;

/**
 * The publication date an article gives itself near its top, when nothing else gives one: a full date on
 * a line of its own ("Friday, March 15, 2019"), a dateline ("KYIV, March 3, 2023 —", "WASHINGTON, June 10,
 * 2025 (Reuters) -") or a label ("Published: 3 March 2023"). Only whole dates count: "Jan 20 (Reuters)"
 * has no year, and a date inside a sentence tells of an event, not of the article.
 */
public final class Dateline {

    /** How far into a text a dateline may stand. */
    static final int REACH = 400;

    /** What may stand before a dateline's date on its line: the place in capitals, the agency, a label. */
    private static final Pattern BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\p{M} .'\u2019-]{1,40}(,\\s*[\\p{L} .'\u2019-]{1,40})?\\s*(\\([^)]{1,30}\\))?\\s*[,\u2013\u2014-]?"
                    + "|(?i)(published|posted|updated|date|dated)\\s*(on)?\\s*:?)\\s*");
    /** What may follow it: the agency, then the dash that opens the text; or nothing. */
    private static final Pattern AFTER = Pattern.compile("\\s*(\\([^)]{1,30}\\)\\s*)?([\u2013\u2014-].*|[.:]?\\s*)",
            Pattern.DOTALL);

    private Dateline() {
    }

    /** The date the text's dateline gives, if it has one. */
    public static Optional<LocalDate> in(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(text.length(), REACH + 100));
        for (TimeExpression found : TimeTagger.english().tagWithoutPublicationDate(head)) {
            if (found.begin() > REACH) {
                break;
            }
            if (found.date() == null || found.date().precision() != Precision.DAY || found.date().approximate()
                    || found.date().isRange()) {
                continue;
            }
            int lineStart = head.lastIndexOf('\n', found.begin() - 1) + 1;
            int lineEnd = head.indexOf('\n', found.end());
            String before = head.substring(lineStart, found.begin());
            String after = head.substring(found.end(), lineEnd < 0 ? head.length() : lineEnd);
            if ((before.isBlank() || BEFORE.matcher(before).matches()) && AFTER.matcher(after).matches()) {
                return Optional.of(found.date().startDay());
            }
        }
        return Optional.empty();
    }
}
