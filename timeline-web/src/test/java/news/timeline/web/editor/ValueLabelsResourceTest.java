package news.timeline.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import news.timeline.core.timeline.TimelineState;
import news.timeline.core.timeline.TimelineZoom;
import org.junit.jupiter.api.Test;

/** The words come from the message bundles, so the labels need the application running. */
@QuarkusTest
class ValueLabelsResourceTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void valuesFormsSendAreShownInWords() {
        assertThat(ValueLabels.of(TimelineState.PUBLISHED, Locale.ENGLISH)).isEqualTo("Published");
        assertThat(ValueLabels.of("DRAFT", Locale.ENGLISH)).isEqualTo("Draft");
        assertThat(ValueLabels.of("ADMIN", Locale.ENGLISH)).isEqualTo("Administrator");
        assertThat(ValueLabels.of("organisation", Locale.ENGLISH)).isEqualTo("Organisation");
        assertThat(ValueLabels.of("auto", Locale.ENGLISH)).isEqualTo("The reader's setting");
        assertThat(ValueLabels.of(EditorService.Show.DRAFTS, Locale.ENGLISH)).isEqualTo("Drafts");
        assertThat(ValueLabels.of(TimelineZoom.SPAN, Locale.ENGLISH)).isEqualTo("Whole span");
    }

    @Test
    void eachLanguageHasItsOwnWords() {
        assertThat(ValueLabels.of(TimelineState.PUBLISHED, Locale.GERMAN)).isEqualTo("Veröffentlicht");
        assertThat(ValueLabels.of("ADMIN", UKRAINIAN)).isEqualTo("Адміністратор");
        assertThat(ValueLabels.of("organisation", UKRAINIAN)).isEqualTo("Організація");
        assertThat(ValueLabels.of(TimelineZoom.YEAR, Locale.GERMAN)).isEqualTo("Jahr");
        assertThat(ValueLabels.of("DRAFT", null)).as("no locale: English").isEqualTo("Draft");
    }

    @Test
    void anUnknownValueIsShownAsItIs() {
        assertThat(ValueLabels.of("sideways", Locale.GERMAN)).isEqualTo("sideways");
    }
}
