package news.timeline.web.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.markup.SummaryMarkup;
import news.timeline.web.persistence.migration.V26__MilestoneSummaryText;
import org.junit.jupiter.api.Test;

/** The reader's search reads a summary's words, not its markup; V26 gives stored summaries their words. */
@QuarkusTest
class SummaryTextResourceTest {

    private static final String SLUG = "searched-words";
    private static final String MARKUP = "<strong>Talks</strong> in Riyadh &amp; Geneva, "
            + "<a href=\"https://example.org/report\">the report</a> says";

    @Inject
    TimelineStore store;

    @Inject
    DataSource dataSource;

    private long saved() {
        Milestone plain = Milestone.builder("Envoys meet").slug("envoys-meet").date(HistoricalDate.ofDay(2025, 2, 18)).build();
        Milestone marked = new Milestone(plain.slug(), plain.headline(), SummaryMarkup.clean(MARKUP).summary(), plain.date(),
                plain.status(), plain.kind(), plain.actors(), plain.places(), plain.tags(), plain.sources(), plain.media(),
                plain.importance());
        return store.save(new Timeline(SLUG, "Searched words", null, List.of(), List.of(marked)));
    }

    @Test
    void searchFindsTheWordsAndNotTheMarkup() {
        saved();
        for (String words : List.of("riyadh & geneva", "the report says", "TALKS")) {
            assertThat(found(words)).as(words).containsExactly("envoys-meet");
        }
        for (String markup : List.of("strong", "amp;", "href", "example.org")) {
            assertThat(found(markup)).as(markup).isEmpty();
        }
    }

    @Test
    void theMigrationWritesTheWordsASaveWrites() throws Exception {
        long id = saved();
        String written = words(id);
        assertThat(written).isEqualTo("Talks in Riyadh & Geneva, the report says");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("update milestone set summary_text = null where timeline_id = ?")) {
            forget.setLong(1, id);
            forget.executeUpdate();
            assertThat(words(id)).isNull();
            V26__MilestoneSummaryText.fill(connection);
        }
        assertThat(words(id)).isEqualTo(written);
    }

    private static List<String> found(String text) {
        return given().queryParam("q", text).when().get("/api/timelines/" + SLUG + "/milestones")
                .then().statusCode(200).extract().jsonPath().getList("milestones.slug", String.class);
    }

    private String words(long timelineId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select summary_text from milestone where timeline_id = ?")) {
            select.setLong(1, timelineId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
