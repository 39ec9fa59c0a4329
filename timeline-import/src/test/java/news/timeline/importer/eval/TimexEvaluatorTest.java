package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.timeline.importer.time.TimeTagger;
import org.junit.jupiter.api.Test;

class TimexEvaluatorTest {

    private static final String TITLE = "Airbus A380 delayed after accident";
    private static final String TEXT = TITLE + "\nSeptember 01, 2007\nThe jet was delayed today in Bangkok.";

    private static GoldDocument document(String dct, List<GoldDocument.GoldTimex> timex) {
        return new GoldDocument("1", dct, TEXT, timex);
    }

    @Test
    void aDocumentWithoutPublicationDateIsResolvedAgainstItsDateline() {
        assertThat(TimexEvaluator.dateline(TEXT, TimeTagger.english().tagWithoutPublicationDate(TEXT)))
                .isEqualTo(LocalDate.of(2007, 9, 1));
    }

    @Test
    void scoresMatchSpansAndValuesAndLeaveTheDatelineOut() {
        int today = TEXT.indexOf("today");
        int dateline = TEXT.indexOf("September");
        List<GoldDocument.GoldTimex> gold = List.of(
                new GoldDocument.GoldTimex(dateline, dateline + 18, "September 01, 2007", "DATE", "2007-09-01",
                        "CREATION_TIME"),
                new GoldDocument.GoldTimex(today - 8, today + 5, "delayed today", "DATE", "2007-09-01", "NONE"));

        Evaluation result = new TimexEvaluator(TimeTagger.english())
                .evaluate(List.of(document("2007-09-01", gold)), 0, 0);

        assertThat(result.relaxed()).isEqualTo(new Scores(1, 1, 1));
        assertThat(result.strict().correct()).isZero();
        assertThat(result.value().correct()).isEqualTo(1);
    }

    @Test
    void dayFirstPublicationDatesAreRead() {
        assertThat(document("03-02-2009", List.of()).publicationDate()).isEqualTo(LocalDate.of(2009, 2, 3));
        assertThat(document(null, List.of()).publicationDate()).isNull();
    }
}
