package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> norms(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            out.add(tokens.norm[i]);
        }
        return out;
    }

    @Test
    void numbersKeepInnerSeparatorsAndWordsAreLowerCased() {
        assertThat(norms("Sales of 2,000 units rose 2.5% in Feb. 2021-06-16"))
                .containsExactly("sales", "of", "2,000", "units", "rose", "2.5", "%", "in", "feb", ".", "2021", "-",
                        "06", "-", "16");
    }

    @Test
    void typographicApostrophesAndDashesActAsAscii() {
        assertThat(norms("Russia’s 2014–2022")).containsExactly("russia", "'", "s", "2014", "-", "2022");
    }

    @Test
    void lineBreaksAreRecorded() {
        Tokens tokens = Tokens.of("March 01, 2008\nNorthrop");

        assertThat(tokens.breakBefore(4)).isTrue();
        assertThat(tokens.breakBefore(1)).isFalse();
    }
}
