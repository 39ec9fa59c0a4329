package news.timeline.importer.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.timeline.importer.text.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    /** A day of the second Trump administration, on which offices named without their holder are read. */
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2025, 2, 12);

    private static List<Mention> find(String text, java.time.LocalDate day) {
        Words words = Words.of(text);
        return Gazetteer.english().find(words, 0, words.size(), day);
    }

    private static String names(String text) {
        return names(text, DAY);
    }

    private static String names(String text, java.time.LocalDate day) {
        return String.join(";", find(text, day).stream()
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
        // Every member state of the United Nations is a country, those whose names hold "and" whole.
        "the Presidency of Bosnia and Herzegovina|Bosnia and Herzegovina",
        "a Salvadoran colonel|El Salvador",
        "Senegalese President Macky Sall met Putin|Macky Sall;Vladimir Putin",
        "Trinidad and Tobago signed|Trinidad and Tobago",
        "Papua New Guinea and Equatorial Guinea voted, as did Guinea|Papua New Guinea;Equatorial Guinea;Guinea",
        // A known organisation's name that opens a committee's is the committee's; a title after it is not.
        "the House Oversight and Reform Committee voted|House Oversight and Reform Committee",
        "The Senate Foreign Relations Committee met|Senate Foreign Relations Committee",
        "Senate Majority Leader Chuck Schumer spoke|Senate;Chuck Schumer",
    })
    void namesActorsAndPlaces(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "the President of the United States said|2015-02-12|Barack Obama",
        "the President of the United States said|2017-01-20|Donald Trump",
        "the President of the United States said|2022-02-12|Joe Biden",
        "the US president said|2025-01-20|Donald Trump",
        "the Russian president met the Chinese leader|2010-06-01|Dmitry Medvedev;Hu Jintao",
        "the Russian president met the Chinese leader|2022-02-04|Vladimir Putin;Xi Jinping",
        "the President of the Russian Federation|2014-03-18|Vladimir Putin",
        "the British prime minister|2022-10-01|Liz Truss",
        "the Ukrainian president|2014-03-01|Ukraine",
        // An office that ends in the title of the name after it is one mention of that person.
        "the Turkish President Recep Tayyip Erdogan pledged|2019-03-31|Recep Tayyip Erdogan",
        "former US President Donald Trump said|2022-02-12|Donald Trump",
    })
    void anOfficeNamedWithoutItsHolderIsWhoHeldItThatDay(String text, String day, String expected) {
        assertThat(names(text, java.time.LocalDate.parse(day))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the President of Russia said|Russia",
        "the US president said|United States",
    })
    void withoutADayAnOfficeNamesItsCountry(String text, String expected) {
        assertThat(names(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Korsk region|Kursk",
        "unease in Kyiv|Kyiv",
    })
    void capitalsAndRegionsArePlaces(String text, String place) {
        assertThat(find(text, DAY)).anySatisfy(m -> assertThat(m.place().name()).isEqualTo(place));
    }

    /** The name the offices' text is read under in the tests of its format. */
    private static final String OFFICES = "offices.txt";
    /** The header line every offices' text of these tests starts with: the errors must count it. */
    private static final String HEADER = "# how the office is named | holder | country code | first day | first day after\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the Ruritanian king | Rudolf V | RR | 2001-03-04 | 2010-01-01;2005-06-07;Rudolf V",
        "the Ruritanian king | Rudolf V | RR | 2001-03-04 | 2010-01-01;2010-01-01;''",
        "the Ruritanian king | Rudolf V | RR | 2001-03-04 |;2030-01-01;Rudolf V",
    })
    void aTermOfOfficeIsReadFromItsLine(String line, String day, String expected) {
        Words words = Words.of("the Ruritanian king said");
        List<Mention> found = Gazetteer.ofOffices(OFFICES, HEADER + line).find(words, 0, words.size(),
                java.time.LocalDate.parse(day));
        assertThat(String.join(";", found.stream().map(m -> m.actor().name()).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "the Ruritanian king | Rudolf V | RR | 2001-03-04;expected 5 fields separated by '|', found 4",
        "the Ruritanian king | Rudolf V | RR | 2001-03-04 | 2010-01-01 | x;expected 5 fields separated by '|', found 6",
        "the Ruritanian king | Rudolf V | RR | 2001-13-04 |;'2001-13-04' is no day (YYYY-MM-DD)",
        "the Ruritanian king | Rudolf V | RR | 2001-03-04 | 1 May 2010;'1 May 2010' is no day (YYYY-MM-DD)",
        "the Ruritanian king | Rudolf V | RR | 2010-01-01 | 2001-03-04;the first day after the term (2001-03-04) is not after its first day (2010-01-01)",
        "the Ruritanian king | Rudolf V | RR | 2010-01-01 | 2010-01-01;the first day after the term (2010-01-01) is not after its first day (2010-01-01)",
        "the Ruritanian king | | RR | 2010-01-01 |;a term needs the office's names, its holder and its first day",
        "the Ruritanian king | Rudolf V | RR | |;a term needs the office's names, its holder and its first day",
    })
    void aMalformedOfficeLineIsRejectedNamingTheFileAndTheLine(String line, String problem) {
        String text = HEADER + "the Ruritanian queen | Flavia | RR | 1990-01-01 | 2001-03-04\n\n" + line + "\n";
        assertThatThrownBy(() -> Gazetteer.ofOffices(OFFICES, text))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(OFFICES + " line 4: " + problem + ": '" + line + "'");
    }
}
