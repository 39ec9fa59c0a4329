package news.timeline.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeasonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SP, SPRING, 3", "SU, SUMMER, 6", "FA, AUTUMN, 9", "AU, AUTUMN, 9", "WI, WINTER, 12"})
    void readsTimexCodesAndStartsOnMeteorologicalDates(String code, Season season, int firstMonth) {
        assertThat(Season.fromTimex(code)).isEqualTo(season);
        assertThat(season.firstMonth()).isEqualTo(firstMonth);
        assertThat(Season.startingIn(firstMonth)).isEqualTo(season);
    }

    @Test
    void writesFallNotAutumnAsTheTimexCode() {
        assertThat(Season.AUTUMN.timex()).isEqualTo("FA");
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> Season.fromTimex("XX"))
                .isInstanceOf(InvalidDateException.class)
                .hasMessage("Invalid date 'XX': a season is SP, SU, FA or WI");
    }
}
