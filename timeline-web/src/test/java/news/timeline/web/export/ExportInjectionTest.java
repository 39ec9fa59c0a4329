package news.timeline.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Era;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.MilestonesCsvReader;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.TimelineDocument;
import news.timeline.importer.read.TimelineJsDocument;
import news.timeline.importer.read.TimelineJsReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Exports carry what editors typed to other programs: spreadsheets must not run it as a formula, and
 * TimelineJS must not run it as markup. Both still read back exactly.
 */
class ExportInjectionTest {

    private static final HistoricalDateFormat DATES = HistoricalDateFormat.of(Locale.UK);
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "'=already quoted");
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private static final Timeline TIMELINE = new Timeline("hostile", "Hostile fields", null,
            List.of(new Era("Era " + MARKUP, HistoricalDate.parse("2020/2021"))),
            milestones());

    private static List<Milestone> milestones() {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            String formula = FORMULAS.get(i);
            milestones.add(Milestone.builder(formula).slug("m" + i).summary(formula).date(HistoricalDate.ofYear(2020 + i % 2))
                    .tags(List.of("tag" + i))
                    .sources(List.of(Source.of(formula, formula, "https://example.org/" + i, null, formula)))
                    .media(List.of(new Media("https://example.org/" + i + ".png", "Credit " + MARKUP, "Caption " + MARKUP)))
                    .build());
        }
        milestones.add(Milestone.builder("Caesar is killed").slug("caesar").date(HistoricalDate.parse("-0044-03-15")).build());
        return milestones;
    }

    @Test
    void noCellOfEitherSpreadsheetStartsAFormula() throws Exception {
        for (String csv : List.of(CsvExport.write(TIMELINE), TimelineJsExport.csv(TIMELINE, DATES))) {
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
                for (CSVRecord record : parser) {
                    for (String cell : record) {
                        if (!cell.matches("[-+]?[0-9][0-9.,:/~T-]*")) {
                            assertThat(cell).as("cell of row %d", record.getRecordNumber()).doesNotStartWith("=")
                                    .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
                        }
                    }
                }
            }
        }
        assertThat(CsvExport.write(TIMELINE)).contains(",-0044-03-15,");
    }

    @Test
    void guardedSpreadsheetsReadBackExactly() throws Exception {
        ReadResult<TimelineDocument> ours = new MilestonesCsvReader().read("milestones.csv", CsvExport.write(TIMELINE));
        assertThat(ours.errors()).isEmpty();
        List<String> headlines = new ArrayList<>(FORMULAS.stream().map(String::strip).toList());
        headlines.add("Caesar is killed");
        assertThat(ours.items().get(0).timeline().milestones()).extracting(Milestone::headline)
                .containsExactlyInAnyOrderElementsOf(headlines);
        assertThat(ours.items().get(0).timeline().milestones()).filteredOn(m -> m.headline().equals(FORMULAS.get(0)))
                .singleElement().satisfies(m -> assertThat(m.sources().get(0).quote()).isEqualTo(FORMULAS.get(0)));

        ReadResult<TimelineJsDocument> timelineJs = new TimelineJsReader().readCsv("timelinejs.csv", TimelineJsExport.csv(TIMELINE, DATES));
        assertThat(timelineJs.errors()).isEmpty();
        assertThat(timelineJs.items().get(0).timeline().milestones()).extracting(Milestone::headline)
                .containsExactlyInAnyOrderElementsOf(headlines);
    }

    @Test
    void timelineJsGetsCaptionsCreditsAndEraNamesAsTextNotMarkup() throws Exception {
        for (String export : List.of(TimelineJsExport.json(TIMELINE, DATES), TimelineJsExport.csv(TIMELINE, DATES))) {
            assertThat(export).doesNotContain("<img", "onerror=alert(1)>").contains("&lt;img src=x onerror=alert(1)&gt;");
        }
        ReadResult<TimelineJsDocument> read = new TimelineJsReader().readJson("export.json", TimelineJsExport.json(TIMELINE, DATES));
        assertThat(read.items().get(0).timeline().eras().get(0).name()).isEqualTo("Era " + MARKUP);
        Milestone first = read.items().get(0).timeline().milestones().stream().filter(m -> !m.media().isEmpty()).findFirst().orElseThrow();
        assertThat(first.media().get(0).caption()).isEqualTo("Caption " + MARKUP);
        assertThat(first.media().get(0).credit()).isEqualTo("Credit " + MARKUP);
    }
}
