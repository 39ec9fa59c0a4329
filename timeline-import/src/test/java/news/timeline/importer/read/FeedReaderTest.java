package news.timeline.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final String RSS = "world-news.rss";
    private static final String ATOM = "world-news.atom";
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String SECRET = "the-secret-in-a-local-file";

    /** The classic entity bomb: ten levels of ten references, a billion "lol"s once expanded. */
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>Bomb</title><item><title>&lol9;</title>
            <description>boom</description></item></channel></rss>""";

    private static final String DOCTYPE_REFUSED = "the feed declares a document type (DOCTYPE), which is refused: "
            + "it can define entities that expand without bound or read local files";

    private final FeedReader reader = new FeedReader();

    @Test
    void readsEachRssItemAsAnArticle() throws Exception {
        ReadResult<Article> result = reader.read(RSS, Fixtures.text(RSS), ArticleMetadata.NONE);

        assertThat(result.items()).extracting(Article::title).containsExactly(
                "Biden and Putin meet in Geneva, agree to return ambassadors",
                "Russia recalls its ambassador to Washington",
                "Sanctions announced");
        Article summit = result.items().get(0);
        assertThat(summit.outlet()).isEqualTo("The Daily Ledger – World");
        assertThat(summit.url()).isEqualTo("https://www.dailyledger.example/world/2021/06/16/biden-putin-geneva-summit");
        assertThat(summit.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 16));
        assertThat(summit.authors()).containsExactly("Anna Keller");
        assertThat(summit.origin()).isEqualTo("world-news.rss item 1");
    }

    @Test
    void prefersTheFullContentToTheDescriptionAndDropsCaptions() throws Exception {
        Article summit = reader.read(RSS, Fixtures.text(RSS), ArticleMetadata.NONE).items().get(0);

        assertThat(summit.text()).isEqualTo("GENEVA — President Joe Biden and President Vladimir Putin met for "
                + "nearly four hours on Wednesday at a lakeside villa.\n\n"
                + "The two leaders agreed to return their ambassadors to each other’s capitals.");
    }

    @Test
    void readsPlainAndEscapedHtmlDescriptions() throws Exception {
        ReadResult<Article> result = reader.read(RSS, Fixtures.text(RSS), ArticleMetadata.NONE);

        assertThat(result.items().get(1).text()).startsWith("Moscow recalled Anatoly Antonov");
        assertThat(result.items().get(2).text()).isEqualTo("The United States imposed sanctions on Russia on "
                + "Thursday over hacking and election interference.");
    }

    @Test
    void reportsTheItemsItCouldNotTakeWhole() throws Exception {
        ReadResult<Article> result = reader.read(RSS, Fixtures.text(RSS), ArticleMetadata.NONE);

        assertThat(result.problems()).extracting(ReadProblem::toString).containsExactly(
                "world-news.rss, item 3, url: warning: '/world/2021/04/15/us-sanctions-russia' is not an http:// "
                        + "or https:// address and was left out",
                "world-news.rss, item 4, description: error: the item 'Live: World Briefing' has no text to read "
                        + "milestones from");
        assertThat(result.items().get(2).url()).isNull();
    }

    @Test
    void readsAtomEntries() throws Exception {
        ReadResult<Article> result = reader.read(ATOM, Fixtures.text(ATOM), ArticleMetadata.NONE);

        assertThat(result.items()).hasSize(2);
        Article security = result.items().get(0);
        assertThat(security.title()).isEqualTo("Swiss police seal off Parc La Grange before summit");
        assertThat(security.outlet()).isEqualTo("Ledger Wire: Europe");
        assertThat(security.url()).isEqualTo("https://wire.dailyledger.example/europe/2021/06/15/geneva-security");
        assertThat(security.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(security.authors()).containsExactly("Lena Brun", "Marc Dubois");
        assertThat(security.text()).isEqualTo("Swiss police sealed off Parc La Grange on Tuesday, a day before the "
                + "summit.\n\nBarbed wire lined the lakeside.");
    }

    @Test
    void readsPlainTextAtomContentAsParagraphsAndFallsBackToTheUpdatedDate() throws Exception {
        Article ending = reader.read(ATOM, Fixtures.text(ATOM), ArticleMetadata.NONE).items().get(1);

        assertThat(ending.text()).isEqualTo("The summit ended on Wednesday evening.\n\n"
                + "Both leaders held separate press conferences.");
        // 23:10 in Geneva is 21:10 UTC, still 16 June.
        assertThat(ending.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 16));
    }

    @Test
    void prefersTheCallersOutletToTheFeedTitle() throws Exception {
        ArticleMetadata ledger = new ArticleMetadata(null, "The Daily Ledger", null, null);

        ReadResult<Article> result = reader.read(ATOM, Fixtures.text(ATOM), ledger);

        assertThat(result.items()).extracting(Article::outlet).containsOnly("The Daily Ledger");
    }

    @Test
    void readsAFeedOfTenThousandItems() throws Exception {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>Archive</title><link>https://archive.example/</link>"
                + "<description>Everything</description>");
        for (int i = 1; i <= 10_000; i++) {
            feed.append("<item><title>Story ").append(i).append("</title><link>https://archive.example/")
                    .append(i).append("</link><pubDate>Mon, 01 Mar 2021 12:00:00 GMT</pubDate><description>")
                    .append("&lt;p&gt;Paragraph of story ").append(i).append(".&lt;/p&gt;</description></item>");
        }
        feed.append("</channel></rss>");
        byte[] bytes = feed.toString().getBytes(StandardCharsets.UTF_8);

        // Reads in about a second on an idle machine; the guard is wide because builds share the machine.
        ReadResult<Article> result = assertTimeoutPreemptively(HANG_GUARD.multipliedBy(2),
                () -> reader.read("archive.rss", new ByteArrayInputStream(bytes), ArticleMetadata.NONE));

        assertThat(result.items()).hasSize(10_000);
        assertThat(result.problems()).isEmpty();
        assertThat(result.items().get(9_999).text()).isEqualTo("Paragraph of story 10000.");
        assertThat(result.items().get(9_999).origin()).isEqualTo("archive.rss item 10000");
    }

    @Test
    void refusesAnEntityBombQuickly() {
        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> reader.read("bomb.xml", BILLION_LAUGHS, ArticleMetadata.NONE))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessage("bomb.xml: " + DOCTYPE_REFUSED));
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Feed</title><item><title>Leak</title>
                <description>&secret;</description></item></channel></rss>""".formatted(secret.toUri());

        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> reader.read("xxe.xml", xxe, ArticleMetadata.NONE))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessage("xxe.xml: " + DOCTYPE_REFUSED)
                        .hasMessageNotContaining(SECRET));
    }

    @Test
    void refusesAnExternalDtd() {
        String externalDtd = """
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><item><title>A</title>
                <description>B</description></item></channel></rss>""";

        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> reader.read("old.rss", externalDtd, ArticleMetadata.NONE))
                        .isInstanceOf(UnreadableFileException.class)
                        .hasMessage("old.rss: " + DOCTYPE_REFUSED));
    }

    @Test
    void namesMalformedXml() {
        String truncated = Fixtures.text(RSS).substring(0, 600);

        assertThatThrownBy(() -> reader.read(RSS, truncated, ArticleMetadata.NONE))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("world-news.rss: the feed is not well-formed XML: ");
    }

    @Test
    void namesXmlThatIsNotAFeed() {
        assertThatThrownBy(() -> reader.read("sitemap.xml",
                "<urlset><url><loc>https://a.example/</loc></url></urlset>", ArticleMetadata.NONE))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("sitemap.xml: not an RSS or Atom feed");
    }
}
