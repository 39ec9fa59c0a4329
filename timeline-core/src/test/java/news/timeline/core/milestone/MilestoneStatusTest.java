package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneStatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "occurred,    OCCURRED",
            "PLANNED,     PLANNED",
            "Expected,    EXPECTED",
            "' cancelled ', CANCELLED",
    })
    void readsItsNameInAnyCase(String text, MilestoneStatus expected) {
        assertThat(MilestoneStatus.fromSlug(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MilestoneStatus.class)
    void readsBackTheSlugItWrites(MilestoneStatus status) {
        assertThat(status.slug()).isEqualTo(status.name().toLowerCase());
        assertThat(MilestoneStatus.fromSlug(status.slug())).isEqualTo(status);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"happened", "canceled"})
    void listsTheAllowedStatusesWhenItCannotRead(String text) {
        assertThatThrownBy(() -> MilestoneStatus.fromSlug(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown milestone status '" + text
                        + "': expected one of occurred, planned, expected, cancelled");
    }
}
