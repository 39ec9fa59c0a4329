package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells that would start a spreadsheet formula are guarded, and come back as they were. */
class SpreadsheetCellsTest {

    @Test
    void guardsFormulasOnly() {
        assertThat(SpreadsheetCells.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.guard("+1+1")).isEqualTo("'+1+1");
        assertThat(SpreadsheetCells.guard("+1")).as("a number").isEqualTo("+1");
        assertThat(SpreadsheetCells.guard("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.guard("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.guard("'=1")).isEqualTo("''=1");
        assertThat(SpreadsheetCells.guard("-0044-03-15")).isEqualTo("-0044-03-15");
        assertThat(SpreadsheetCells.guard("-44")).isEqualTo("-44");
        assertThat(SpreadsheetCells.guard("Talks in Geneva")).isEqualTo("Talks in Geneva");
        assertThat(SpreadsheetCells.guard("'quoted'")).isEqualTo("'quoted'");
        assertThat(SpreadsheetCells.guard("")).isEmpty();
    }

    @Test
    void unguardUndoesGuard() {
        for (String cell : new String[] {"=1+1", "'=1", "''@x", "-0044", "plain", "'quoted'", "- a dash", "\r=x"}) {
            assertThat(SpreadsheetCells.unguard(SpreadsheetCells.guard(cell))).as(cell).isEqualTo(cell);
        }
    }
}
