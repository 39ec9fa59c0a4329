package news.timeline.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import news.timeline.core.timeline.TimelineState;
import org.junit.jupiter.api.Test;

class ValueLabelsTest {

    @Test
    void valuesFormsSendAreShownInWords() {
        assertThat(ValueLabels.of(TimelineState.PUBLISHED)).isEqualTo("Published");
        assertThat(ValueLabels.of("DRAFT")).isEqualTo("Draft");
        assertThat(ValueLabels.of("ADMIN")).isEqualTo("Administrator");
        assertThat(ValueLabels.of("organisation")).isEqualTo("Organisation");
        assertThat(ValueLabels.of("auto")).isEqualTo("The reader's setting");
    }

    @Test
    void anUnknownValueIsShownAsItIs() {
        assertThat(ValueLabels.of("sideways")).isEqualTo("sideways");
    }
}
