package news.timeline.importer.read;

import java.util.regex.Pattern;

/**
 * Keeps text in a CSV file from being run as a spreadsheet formula. Excel, LibreOffice and Google Sheets
 * treat a cell that starts with {@code = + - @} (or a tab or carriage return before one) as a formula, so a
 * headline such as {@code =HYPERLINK("https://…")} would become a live link, or worse, in a newsroom's
 * spreadsheet. Such a cell is written with a leading apostrophe, which spreadsheets read as "this is text",
 * and our readers take it off again, so the file still reads back exactly. Numbers and dates, which start
 * with a minus sign harmlessly (a BCE year, {@code -0044}), are left as they are.
 */
public final class SpreadsheetCells {

    /** A cell that starts like a formula, after any apostrophes an earlier guard added. */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    /** Signed numbers and our date values: what a spreadsheet may compute, but can do nothing with. */
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[0-9][0-9.,:/~TWQSPFUAMIN-]*");

    private SpreadsheetCells() {
    }

    /** The cell as it is written: with one more leading apostrophe if it would start a formula. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER_OR_DATE.matcher(cell).matches() || !FORMULA.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as it was before {@link #guard}. */
    public static String unguard(String cell) {
        if (cell != null && cell.startsWith("'") && FORMULA.matcher(cell).matches()) {
            return cell.substring(1);
        }
        return cell;
    }
}
