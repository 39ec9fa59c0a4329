package news.timeline.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
            "DAY,     MONTH,   true",
            "DAY,     DAY,     true",
            "MINUTE,  DAY,     true",
            "MONTH,   DAY,     false",
            "CENTURY, DECADE,  false",
            "QUARTER, SEASON,  true",
    })
    void comparesFineness(Precision precision, Precision other, boolean atLeast) {
        assertThat(precision.isAtLeast(other)).isEqualTo(atLeast);
    }
}
