package news.timeline.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorClassTest {

    @Test
    void durationsAndSetsComeFirst() {
        assertThat(ErrorClass.of("DURATION", "PTXH", null, null, "hours", "for ")).isEqualTo(ErrorClass.DURATION_SET);
        assertThat(ErrorClass.of(null, null, "SET", "P1W", "every week", "")).isEqualTo(ErrorClass.DURATION_SET);
    }

    @Test
    void compoundPhrasesAreNamedByTheirWords() {
        assertThat(ErrorClass.of("DATE", "2013", "DATE", "2012", "the end of the year", "by "))
                .isEqualTo(ErrorClass.COMPOUND);
        assertThat(ErrorClass.of("DATE", "2013", "DATE", "FY2013", "this fiscal year", ""))
                .isEqualTo(ErrorClass.COMPOUND);
    }

    @Test
    void deadlinesAndRangesAreNamedByThePrepositionOrTheDash() {
        assertThat(ErrorClass.of("DATE", "2013-06", "DATE", "2012-06", "June", "made by "))
                .isEqualTo(ErrorClass.RANGE_DEADLINE);
        assertThat(ErrorClass.of("DATE", "1998-03-24", null, null, "24", "March 23-"))
                .isEqualTo(ErrorClass.RANGE_DEADLINE);
    }

    @Test
    void anUnderspecifiedDateWithAnotherValueIsANarrativeError() {
        assertThat(ErrorClass.of("DATE", "2012-08", "DATE", "2013-08", "August", "sold in "))
                .isEqualTo(ErrorClass.NARRATIVE);
        assertThat(ErrorClass.of("DATE", "2012-08-01", "DATE", "2012-08-02", "August 1, 2012", "on "))
                .isEqualTo(ErrorClass.OTHER);
        assertThat(ErrorClass.of(null, null, "DATE", "PAST_REF", "recently", "")).isEqualTo(ErrorClass.OTHER);
    }
}
