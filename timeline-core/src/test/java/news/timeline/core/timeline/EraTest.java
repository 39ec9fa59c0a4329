package news.timeline.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.timeline.core.date.HistoricalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EraTest {

    private static final String NAME = "Biden administration";
    private static final HistoricalDate SPAN = HistoricalDate.parse("2021/2025");

    @Test
    void stripsItsName() {
        assertThat(new Era("  " + NAME + " ", SPAN).name()).isEqualTo(NAME);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void requiresAName(String name) {
        assertThatThrownBy(() -> new Era(name, SPAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing era name");
    }

    @Test
    void requiresASpan() {
        assertThatThrownBy(() -> new Era(NAME, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Missing span for era 'Biden administration'");
    }
}
