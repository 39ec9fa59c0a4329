package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenditionTest {

    private static final String SMALL = "https://img.example.org/a-640.jpg";
    private static final String LARGE = "https://img.example.org/a-1280.jpg";

    @Test
    void readsASrcsetListAndOneSizePerLine() {
        List<Rendition> expected = List.of(new Rendition(SMALL, 640), new Rendition(LARGE, 1280));

        assertThat(Rendition.parse(SMALL + " 640w, " + LARGE + " 1280w")).isEqualTo(expected);
        assertThat(Rendition.parse(SMALL + " 640\n" + LARGE + " 1280\n")).isEqualTo(expected);
        assertThat(Rendition.format(expected)).isEqualTo(SMALL + " 640w, " + LARGE + " 1280w");
        assertThat(Rendition.parse(" ")).isEmpty();
    }

    @Test
    void refusesASizeWithoutItsWidth() {
        assertThatThrownBy(() -> Rendition.parse(SMALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + SMALL + "' is not");
    }

    @Test
    void refusesAnAddressThatIsNotOnTheWeb() {
        assertThatThrownBy(() -> Rendition.parse("javascript:alert(1) 640w"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid rendition address");
    }

    @Test
    void refusesMoreSizesThanAnImageNeeds() {
        String many = String.join(", ", java.util.stream.IntStream.rangeClosed(1, Rendition.MAX + 1)
                .mapToObj(i -> "https://img.example.org/" + i + ".jpg " + (i * 100) + "w").toList());

        assertThatThrownBy(() -> Rendition.parse(many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("At most " + Rendition.MAX);
    }
}
