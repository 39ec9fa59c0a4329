package news.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which area an address is in: the area's own address and those under it, path parameters left out. */
class AreaTest {

    @ParameterizedTest
    @CsvSource({
            "API, /api, true", "API, /api/timelines, true", "API, /apis, false", "API, /timelines/api, false",
            "API, /api;x/timelines, true", "EDITOR_API, /api/editor/timelines, true", "EDITOR_API, /api/editorial, false",
            "EDITOR, /editor, true", "EDITOR, /editor;jsessionid=1, true", "EDITOR, /editor/timelines;x/y, true",
            "EDITOR, /editorial, false", "EDITOR, /api/editor, false", "EDITOR, '', false"})
    void anAddressIsInAnAreaAtItsPathOrBelow(Area area, String address, boolean holds) {
        assertThat(area.holds(address)).as(address).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource({"API", "EDITOR_API", "EDITOR"})
    void noAddressIsInAnAreaWhenThereIsNone(Area area) {
        assertThat(area.holds(null)).isFalse();
    }
}
