package news.timeline.web.oembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.timeline.core.milestone.MediaCard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OEmbedAnswerTest {

    /** Vimeo's answer for a video, shortened. */
    private static final String VIMEO = """
            {"type":"video","version":"1.0","provider_name":"Vimeo","provider_url":"https://vimeo.com/",
             "title":"The Mountain","author_name":"TSO Photography","html":"<iframe src=\\"https://player.vimeo.com/video/76979871?h=8272103f6e&amp;app_id=122963\\" width=\\"640\\" height=\\"360\\" frameborder=\\"0\\" allow=\\"autoplay; fullscreen\\" title=\\"The Mountain\\"></iframe>",
             "width":640,"height":360,"thumbnail_url":"https://i.vimeocdn.com/video/452001751-640.jpg",
             "thumbnail_width":640,"thumbnail_height":360}
            """;

    @Test
    void keepsTheTitleProviderThumbnailAndThePlayerReadOutOfTheMarkup() throws Exception {
        MediaCard card = read(VIMEO);

        assertThat(card).isEqualTo(new MediaCard("The Mountain", "Vimeo", "https://i.vimeocdn.com/video/452001751-640.jpg", 640,
                360, "https://player.vimeo.com/video/76979871?h=8272103f6e&app_id=122963"));
    }

    @Test
    void aPlayerWithoutSchemeIsReadAsHttps() {
        assertThat(OEmbedAnswer.player("<div><iframe src=\"//www.example.org/embed/1\"></iframe></div>"))
                .isEqualTo("https://www.example.org/embed/1");
    }

    @Test
    void theFirstFrameWithAnAddressIsThePlayer() {
        assertThat(OEmbedAnswer.player("<iframe></iframe><iframe src=\"https://a.example.org/1\"></iframe>"
                + "<iframe src=\"https://b.example.org/2\"></iframe>")).isEqualTo("https://a.example.org/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<blockquote class=\"twitter-tweet\"><p>A post</p></blockquote><script async src=\"https://platform.example/widgets.js\"></script>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=\" JavaScript:alert(1)\"></iframe>",
            "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"http://player.example.org/1\"></iframe>",
            "<iframe src=\"/embed/1\"></iframe>",
            "<iframe src=\"https://user:secret@player.example.org/1\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<img src=\"https://player.example.org/1.png\">",
            ""})
    void markupWithoutAnHttpsFrameHasNoPlayer(String html) {
        assertThat(OEmbedAnswer.player(html)).isNull();
    }

    @Test
    void aRichAnswerWithoutAFrameKeepsItsTitleAndNoPlayer() throws Exception {
        MediaCard card = read("{\"type\":\"rich\",\"version\":\"1.0\",\"author_name\":\"Desk\",\"provider_name\":\"Posts\","
                + "\"title\":\"A post\",\"html\":\"<blockquote>A post</blockquote><script src=\\\"https://posts.example/w.js\\\"></script>\"}");

        assertThat(card.title()).isEqualTo("A post");
        assertThat(card.player()).isNull();
    }

    @Test
    void aThumbnailThatIsNoWebAddressIsLeftOutAndSizesInStringsAreRead() throws Exception {
        assertThat(read("{\"type\":\"video\",\"title\":\"T\",\"thumbnail_url\":\"javascript:alert(1)\",\"thumbnail_width\":\"640\"}"))
                .isEqualTo(new MediaCard("T", null, null, null, null, null));
        assertThat(read("{\"type\":\"video\",\"thumbnail_url\":\"https://img.example.org/t.jpg\",\"thumbnail_width\":\"640\","
                + "\"thumbnail_height\":-5}")).isEqualTo(new MediaCard(null, null, "https://img.example.org/t.jpg", 640, null, null));
    }

    @Test
    void aPhotosPictureIsItsThumbnail() throws Exception {
        assertThat(read("{\"type\":\"photo\",\"version\":\"1.0\",\"title\":\"Harbour\",\"url\":\"https://live.example.org/h.jpg\","
                + "\"width\":1024,\"height\":683}")).isEqualTo(new MediaCard("Harbour", null, "https://live.example.org/h.jpg", 1024, 683, null));
    }

    @Test
    void aLongTitleIsCutNotRefused() throws Exception {
        assertThat(read("{\"type\":\"link\",\"title\":\"" + "x".repeat(900) + "\"}").title()).hasSize(MediaCard.MAX_TITLE).endsWith("…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>Not found</body></html>", "{\"type\":\"video\",", "[1, 2]", "\"video\"", "null",
            "{\"type\":\"movie\",\"title\":\"T\"}", ""})
    void whatIsNoOEmbedObjectIsUnreadable(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(OEmbedAnswer.Unreadable.class);
    }

    private static MediaCard read(String json) throws OEmbedAnswer.Unreadable {
        return OEmbedAnswer.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
