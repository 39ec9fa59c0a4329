package news.timeline.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo timeline agrees with the sample article's gold milestones, quote offsets included. */
class DemoTimelineTest {

    private static final String GOLD = "fixtures/us-russia-call-2025-02-12.gold.json";
    private static final String ARTICLE = "demo/us-russia-call-2025-02-12.txt";

    private static Timeline demo;
    private static String article;

    @BeforeAll
    static void load() throws IOException {
        demo = DemoTimeline.load();
        article = new String(resource(ARTICLE).readAllBytes(), StandardCharsets.UTF_8);
    }

    static Stream<JsonNode> goldMilestones() throws IOException {
        List<JsonNode> list = new ArrayList<>();
        new ObjectMapper().readTree(resource(GOLD)).get("milestones").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldMilestones")
    void matchesGoldMilestone(JsonNode gold) {
        Milestone milestone = find(gold.get("id").asText());

        String date = gold.get("date").isNull() ? null : gold.get("date").asText();
        assertThat(milestone.date()).isEqualTo(date == null ? null : HistoricalDate.parse(date));
        assertThat(milestone.status().slug()).isEqualTo(gold.get("status").asText());
        assertThat(milestone.kind().slug()).isEqualTo(gold.get("kind").asText());
        assertThat(milestone.actors()).extracting(Actor::name)
                .containsExactlyInAnyOrderElementsOf(texts(gold.get("actors")));
        assertThat(milestone.places()).extracting(Place::name)
                .containsExactlyInAnyOrderElementsOf(texts(gold.get("places")));
        assertThat(milestone.sources()).anySatisfy(source ->
                assertThat(source.quote()).contains(gold.get("evidence").asText()));
    }

    @Test
    void theImporterProposedEveryRequiredMilestone() {
        assertThat(DemoTimeline.build().imported()).contains("crimea-annexation", "geneva-summit",
                "full-scale-invasion", "trump-putin-call", "saudi-summit");
    }

    @Test
    void quoteOffsetsPointIntoTheArticle() {
        for (Milestone milestone : demo.milestones()) {
            for (Source source : milestone.sources()) {
                assertThat(article.substring(source.quoteStart(), source.quoteEnd()))
                        .as(milestone.slug()).isEqualTo(source.quote());
            }
        }
    }

    @Test
    void milestonesAreInDateOrderWithTheUndatedLast() {
        assertThat(demo.milestones()).extracting(Milestone::slug)
                .startsWith("crimea-annexation", "geneva-summit", "full-scale-invasion")
                .endsWith("saudi-summit");
        assertThat(demo.eras()).extracting(era -> era.name())
                .contains("Biden administration");
    }

    private static Milestone find(String slug) {
        return demo.milestones().stream().filter(m -> m.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("The demo has no milestone '" + slug + "'"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static InputStream resource(String name) {
        InputStream in = DemoTimelineTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
