package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private static final String FILE = "plain-article.txt";
    private static final LocalDate SUMMIT_DAY = LocalDate.of(2021, 6, 16);
    private static final ArticleMetadata GIVEN = new ArticleMetadata("Biden and Putin meet in Geneva",
            "The Daily Ledger", "https://www.dailyledger.example/world/geneva", SUMMIT_DAY);

    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void takesTheMetadataFromTheCaller() throws Exception {
        Article article = reader.read(FILE, Fixtures.text(FILE), GIVEN).items().get(0);

        assertThat(article.title()).isEqualTo("Biden and Putin meet in Geneva");
        assertThat(article.outlet()).isEqualTo("The Daily Ledger");
        assertThat(article.url()).isEqualTo("https://www.dailyledger.example/world/geneva");
        assertThat(article.publishedOn()).isEqualTo(SUMMIT_DAY);
        assertThat(article.origin()).isEqualTo(FILE);
    }

    @Test
    void joinsHardWrappedLinesAndSeparatesParagraphsByOneBlankLine() throws Exception {
        Article article = reader.read(FILE, Fixtures.text(FILE), GIVEN).items().get(0);

        assertThat(article.text()).isEqualTo("""
                GENEVA — President Joe Biden and President Vladimir Putin met for nearly four hours on \
                Wednesday at a lakeside villa, their first summit since Mr. Biden took office in January.

                The two leaders agreed to return their ambassadors to each other's capitals and to begin talks \
                on strategic stability.

                Officials said the talks would start in July.""");
    }

    @Test
    void readsWindowsLineEndingsAndAByteOrderMark() throws Exception {
        Article article = reader.read(FILE, "\uFEFFFirst line\r\nsame paragraph.\r\n\r\nSecond.", GIVEN)
                .items().get(0);

        assertThat(article.text()).isEqualTo("First line same paragraph.\n\nSecond.");
    }

    @Test
    void takesTheHeadlineLineAsTitleAndTheDatelineAsPublicationDate() throws Exception {
        ReadResult<Article> read = reader.read("border.txt", """
                Ukraine and Poland sign border agreement
                KYIV, March 3, 2023 — Ukraine and Poland signed an agreement on their border on Friday.
                The two governments will meet again in June.
                """, new ArticleMetadata(null, null, null, null));
        Article article = read.items().get(0);

        assertThat(article.title()).isEqualTo("Ukraine and Poland sign border agreement");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(article.text()).startsWith("Ukraine and Poland sign border agreement\n\nKYIV, March 3, 2023 —");
        assertThat(read.problems()).extracting(ReadProblem::toString)
                .containsExactly("border.txt, publication date: warning: no publication date given: read 2023-03-03 "
                        + "from the article's dateline");
    }

    @Test
    void namesAnUntitledArticleAfterTheFileWithAWarning() throws Exception {
        ReadResult<Article> result = reader.read(FILE, "Some text.", ArticleMetadata.NONE);

        assertThat(result.items().get(0).title()).isEqualTo("plain-article");
        assertThat(result.problems()).singleElement().hasToString(
                "plain-article.txt, title: warning: no title given for a plain-text article: using the file "
                        + "name 'plain-article'");
    }

    @Test
    void leavesOutAUrlThatIsNotAWebAddress() throws Exception {
        ArticleMetadata local = new ArticleMetadata("Title", null, "file:///tmp/a.txt", null);

        ReadResult<Article> result = reader.read(FILE, "Some text.", local);

        assertThat(result.items().get(0).url()).isNull();
        assertThat(result.problems()).singleElement().extracting(ReadProblem::message)
                .isEqualTo("'file:///tmp/a.txt' is not an http:// or https:// address and was left out");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> reader.read(FILE, " \n\n \n", GIVEN))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("plain-article.txt: the file has no text");
    }
}
