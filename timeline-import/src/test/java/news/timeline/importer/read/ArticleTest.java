package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import news.timeline.core.milestone.Source;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String TEXT = "GENEVA — The leaders met on Wednesday.\n\nThey agreed to return ambassadors.";
    private static final String QUOTE = "They agreed to return ambassadors.";
    private static final LocalDate SUMMIT_DAY = LocalDate.of(2021, 6, 16);
    private static final Article ARTICLE = new Article("Geneva summit", "The Daily Ledger",
            "https://www.dailyledger.example/geneva", SUMMIT_DAY, List.of("Anna Keller"), TEXT, "world.rss", 3);

    @Test
    void makesASourceThatQuotesTheTextByOffsets() {
        int start = TEXT.indexOf(QUOTE);

        Source source = ARTICLE.source(start, start + QUOTE.length());

        assertThat(source.quote()).isEqualTo(QUOTE);
        assertThat(TEXT.substring(source.quoteStart(), source.quoteEnd())).isEqualTo(QUOTE);
        assertThat(source.title()).isEqualTo("Geneva summit");
        assertThat(source.outlet()).isEqualTo("The Daily Ledger");
        assertThat(source.url()).isEqualTo("https://www.dailyledger.example/geneva");
        assertThat(source.publishedOn()).isEqualTo(SUMMIT_DAY);
    }

    @Test
    void saysWhereItCameFrom() {
        assertThat(ARTICLE.origin()).isEqualTo("world.rss item 3");
        assertThat(new Article("T", null, null, null, null, TEXT, "a.html", 0).origin()).isEqualTo("a.html");
    }

    @Test
    void refusesAUrlThatIsNotAWebAddress() {
        assertThatThrownBy(() -> new Article("T", null, "ftp://a.example/x", null, null, TEXT, "a.txt", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid article URL 'ftp://a.example/x': expected an http:// or https:// address");
    }

    @Test
    void namesTheLocationOfAProblem() {
        ReadProblem problem = ReadProblem.error("events.csv", "row 5", "column Month", "'13' is not a month");

        assertThat(problem).hasToString("events.csv, row 5, column Month: error: '13' is not a month");
        assertThat(ReadProblem.warning("a.html", null, null, "no date")).hasToString("a.html: warning: no date");
    }
}
