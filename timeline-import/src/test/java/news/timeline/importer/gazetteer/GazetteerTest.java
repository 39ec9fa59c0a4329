package news.timeline.importer.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.timeline.importer.text.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static List<Mention> find(String text) {
        Words words = Words.of(text);
        return Gazetteer.english().find(words, 0, words.size());
    }

    private static String names(String text) {
        return String.join(";", find(text).stream()
                .map(m -> (m.actor() != null ? m.actor().name() : m.place().name())
                        + (m.misspelt() != null ? "~" : ""))
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "President Donald Trump spoke|Donald Trump",
        "Trump and the US president|Donald Trump;Donald Trump",
        "Russian President Vladimir Putin|Vladimir Putin",
        "Russian troops|Russia",
        "Moscow said|Russia",
        "The Kremlin said|Russia",
        "talks in Kyiv and Kiev|Ukraine;Ukraine",
        "US Defense Secretary Beith Higseth stated|Pete Hegseth~",
        "his envoy Keith Kellog|Keith Kellogg~",
        "the Korsk region|Kursk~",
        "six European nations|''",
        "Trump said on Friday|Donald Trump",
        "Foreign Minister Jean-Noel Barrot said|Jean-Noel Barrot",
        "Secretary of State Marco Rubio|Marco Rubio",
        "Russian opposition leader Alexei Navalny|Alexei Navalny",
        "US Secretary of State Jane Roe|Jane Roe",
        "Russia sent troops to Ukraine|Russia;Ukraine",
        "the talks were useful, Tammy Bruce said|Tammy Bruce",
        "the Foreign Ministry said|''",
        "Crown Prince Mohammed bin Salman|Mohammed bin Salman",
        "District Judge Katherine B. Forrest sentenced him|Katherine B. Forrest",
        "he met Princess Ubolratana Mahidol|Ubolratana Mahidol",
        "students at Columbia protested|''",
        "Soviet troops entered Afghanistan|Soviet Union;Afghanistan",
    })
    void namesActorsAndPlaces(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Korsk region|Kursk",
        "unease in Kyiv|Kyiv",
    })
    void capitalsAndRegionsArePlaces(String text, String place) {
        assertThat(find(text)).anySatisfy(m -> assertThat(m.place().name()).isEqualTo(place));
    }
}
