package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private static final String FILE = "article.html";
    private static final String HEADLINE = "Biden and Putin meet in Geneva, agree to return ambassadors";
    private static final String URL = "https://www.dailyledger.example/world/2021/06/16/biden-putin-geneva-summit";
    private static final LocalDate SUMMIT_DAY = LocalDate.of(2021, 6, 16);
    private static final ArticleMetadata DEFAULTS = new ArticleMetadata("Given title", "Given outlet",
            "https://given.example/a", LocalDate.of(2000, 1, 1));
    private static final String FIRST_PARAGRAPH = "GENEVA — President Joe Biden and President Vladimir Putin met "
            + "for nearly four hours on Wednesday at a lakeside villa, their first summit since Mr. Biden took "
            + "office in January.";
    private static final String PAGE_WITHOUT_JSON_LD = """
            <html><head><title>Talks end | Ledger</title>
            <meta property="og:title" content="Talks end without a deal">
            <meta property="og:site_name" content="Ledger">
            <meta property="article:published_time" content="2021-06-17T00:30:00+02:00">
            <meta name="author" content="Anna Keller">
            </head><body><article><h1>Talks end</h1><p>The talks ended.</p></article></body></html>""";
    private static final String PAGE_WITH_TIME_ONLY = """
            <html><head><title>Talks end</title></head><body><main>
            <h1>Talks end without a deal</h1><p class="dateline"><time datetime="2021-06-17">17 June</time></p>
            <p>The talks ended.</p></main></body></html>""";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article readFixture() throws UnreadableFileException {
        return reader.read(FILE, Fixtures.text(FILE), DEFAULTS).items().get(0);
    }

    @Test
    void prefersJsonLdForHeadlineDateAuthorsAndPublisher() throws Exception {
        Article article = readFixture();

        assertThat(article.title()).isEqualTo(HEADLINE);
        // JSON-LD says 16 June at 23:55 in Geneva; the OpenGraph time (17 June) is only a fallback.
        assertThat(article.publishedOn()).isEqualTo(SUMMIT_DAY);
        assertThat(article.authors()).containsExactly("Anna Keller", "Tomás Ruiz");
        assertThat(article.outlet()).isEqualTo("The Daily Ledger");
        assertThat(article.url()).isEqualTo(URL);
    }

    @Test
    void keepsOnlyTheStoryProse() throws Exception {
        String text = readFixture().text();

        assertThat(text).startsWith(FIRST_PARAGRAPH + "\n\nThe two leaders agreed")
                .endsWith("which the White House said would start in July.")
                .contains("\n\nWhat comes next\n\n")
                .doesNotContain("Advertisement", "Related stories", "sanctions on Russia over hacking",
                        "Villa La Grange", "Photo: Lena Brun", "separate press conference", "World Briefing",
                        "Share on", "comments", "All rights reserved", "dataLayer", "By Anna Keller",
                        "US-Russia relations", "Arab Spring", HEADLINE);
        assertThat(text.split("\n\n")).hasSize(6);
    }

    @Test
    void fallsBackToOpenGraphAndMetaTags() throws Exception {
        Article article = reader.read("talks.html", PAGE_WITHOUT_JSON_LD, ArticleMetadata.NONE).items().get(0);

        assertThat(article.title()).isEqualTo("Talks end without a deal");
        assertThat(article.outlet()).isEqualTo("Ledger");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(article.authors()).containsExactly("Anna Keller");
        assertThat(article.text()).isEqualTo("The talks ended.");
    }

    @Test
    void fallsBackToTimeDatetimeAndTheFirstHeading() throws Exception {
        Article article = reader.read("talks.html", PAGE_WITH_TIME_ONLY, ArticleMetadata.NONE).items().get(0);

        assertThat(article.title()).isEqualTo("Talks end without a deal");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(article.text()).isEqualTo("17 June\n\nThe talks ended.");
    }

    @Test
    void usesTheCallersMetadataForWhatThePageDoesNotSay() throws Exception {
        ReadResult<Article> result = reader.read("bare.html", "<p>Only a paragraph.</p>", DEFAULTS);

        Article article = result.items().get(0);
        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.outlet()).isEqualTo("Given outlet");
        assertThat(article.url()).isEqualTo("https://given.example/a");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void warnsWhenNoPublicationDateIsKnown() throws Exception {
        ReadResult<Article> result = reader.read("bare.html", "<h1>Title</h1><p>Text.</p>", ArticleMetadata.NONE);

        assertThat(result.items().get(0).publishedOn()).isNull();
        assertThat(result.problems()).singleElement().extracting(ReadProblem::field).isEqualTo("publication date");
    }

    @Test
    void readsATruncatedPage() throws Exception {
        String page = Fixtures.text(FILE);
        String truncated = page.substring(0, page.indexOf("capitals, after both"));

        ReadResult<Article> result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> reader.read(FILE, truncated, ArticleMetadata.NONE));

        Article article = result.items().get(0);
        assertThat(article.title()).isEqualTo(HEADLINE);
        assertThat(article.publishedOn()).isEqualTo(SUMMIT_DAY);
        assertThat(article.text()).isEqualTo(FIRST_PARAGRAPH + "\n\nThe two leaders agreed to return their "
                + "ambassadors to each other's");
    }

    @Test
    void ignoresBrokenJsonLdWithAWarningAndFallsBackToOpenGraph() throws Exception {
        String broken = Fixtures.text(FILE).replace("\"@type\": \"NewsArticle\",", "\"@type\": \"NewsArticle\",,");

        ReadResult<Article> result = reader.read(FILE, broken, ArticleMetadata.NONE);

        Article article = result.items().get(0);
        assertThat(article.title()).isEqualTo("Biden and Putin agree to return ambassadors after Geneva talks");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("JSON-LD");
            assertThat(problem.message()).startsWith("a JSON-LD block is not valid JSON and was ignored");
        });
    }

    @Test
    void detectsTheCharsetDeclaredInThePage() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Zürich</title></head>"
                + "<body><p>Genève et Zürich.</p></body></html>";
        byte[] latin1 = page.getBytes(StandardCharsets.ISO_8859_1);

        Article article = reader.read("latin1.html", new ByteArrayInputStream(latin1), ArticleMetadata.NONE)
                .items().get(0);

        assertThat(article.title()).isEqualTo("Zürich");
        assertThat(article.text()).isEqualTo("Genève et Zürich.");
    }

    @Test
    void readsAPageWithoutAnArticleElement() throws Exception {
        ReadResult<Article> result = reader.read("article-wordpress.html", Fixtures.text("article-wordpress.html"),
                ArticleMetadata.NONE);

        Article article = result.items().get(0);
        assertThat(article.title()).isEqualTo("Council approves new tram line after six-hour debate");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(article.authors()).containsExactly("Priya Natarajan");
        assertThat(article.outlet()).isEqualTo("Riverside Gazette");
        assertThat(article.text()).isEqualTo("The city council approved the East Riverside tram line on Tuesday "
                + "night, 31 votes to 19, after a six-hour debate that ran past midnight.\n\n"
                + "Construction is due to begin in March 2024, and the first trams are expected to run in 2027.");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void keepsTheStoryWhenItsWrapperHasAClassThatMarksAds() throws Exception {
        String page = "<article><div class=\"body share-enabled\"><p>First.</p><p>Second.</p></div>"
                + "<p class=\"promo\">Subscribe.</p></article>";

        ReadResult<Article> result = reader.read("a.html", page, DEFAULTS);

        assertThat(result.items().get(0).text()).isEqualTo("First.\n\nSecond.\n\nSubscribe.");
        assertThat(result.problems()).singleElement().extracting(ReadProblem::field).isEqualTo("body");
    }

    @Test
    void doesNotMistakeWordsThatContainMarkers() throws Exception {
        String page = "<article><div class=\"header-image-shadow loaded commentary\"><p>Kept.</p></div></article>";

        Article article = reader.read("a.html", page, DEFAULTS).items().get(0);

        assertThat(article.text()).isEqualTo("Kept.");
    }

    @Test
    void refusesAPageWithoutText() {
        assertThatThrownBy(() -> reader.read("empty.html", "<html><body><nav>Home</nav></body></html>",
                ArticleMetadata.NONE))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("empty.html: the page has no article text");
    }
}
