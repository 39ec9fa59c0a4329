package news.timeline.web.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.importer.event.Candidate;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.importing.ImportQueue;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsResourceTest {

    @Inject
    ImportQueue imports;

    @Inject
    EditorService editor;

    @Test
    void addressesNoRouteMatchedAreCountedTogether() {
        // Refused before any route: a method no route has, the editor API without a token.
        given().request("TRACE", "/timelines/traced-1").then().statusCode(400);
        given().get("/api/editor/made-up-1").then().statusCode(401);

        String metrics = metrics();

        assertThat(metrics).doesNotContain("traced-1", "made-up-1");
        assertThat(metrics).contains("uri=\"UNMATCHED\"");
        // Routes without parameters keep their own series.
        given().get("/api/timelines").then().statusCode(200);
        assertThat(metrics()).contains("status=\"200\",uri=\"/api/timelines\"");
    }

    @Test
    void metricsCountRequestsByRouteTemplateNotByAddress() {
        given().get("/timelines/no-such-timeline-1").then().statusCode(404);
        given().get("/timelines/no-such-timeline-2").then().statusCode(404);

        String metrics = metrics();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                + "status=\"404\",uri=\"/timelines/{slug}\"}");
        assertThat(metrics).doesNotContain("no-such-timeline");
        assertThat(metrics).contains("jvm_memory_used_bytes", "agroal_");
    }

    @Test
    void reviewMetricsFollowTheQueue() {
        if (editor.timeline("ops-metrics").isEmpty()) {
            editor.createTimeline(new ApiModel.NewTimeline("Ops metrics", "ops-metrics", "", "DRAFT"));
        }
        double queuedBefore = value(metrics(), "timeline_candidates_total{outcome=\"queued\"}");
        double rejectedBefore = value(metrics(), "timeline_candidates_total{outcome=\"rejected\"}");
        double waitingBefore = value(metrics(), "timeline_review_queue");
        Milestone talks = Milestone.builder("Talks resume").date(HistoricalDate.ofDay(2025, 2, 12)).build();
        Milestone call = Milestone.builder("Leaders speak").date(HistoricalDate.ofDay(2025, 2, 13)).build();

        imports.enqueue("ops-metrics", List.of(new Candidate(talks, 0.9, 0, List.of()), new Candidate(call, 0.8, 0, List.of())),
                "ops-metrics-" + System.nanoTime(), "file", "'metrics'");
        imports.reject("ops-metrics", imports.pending("ops-metrics", 0, 10).get(0).id());

        String after = metrics();
        assertThat(value(after, "timeline_candidates_total{outcome=\"queued\"}")).isEqualTo(queuedBefore + 2);
        assertThat(value(after, "timeline_candidates_total{outcome=\"rejected\"}")).isEqualTo(rejectedBefore + 1);
        assertThat(value(after, "timeline_review_queue")).isEqualTo(waitingBefore + 1);
    }

    @Test
    void everyAnswerNamesItsRequestAndAPlainIdFromAProxyIsKept() {
        String fresh = given().get("/").then().extract().header(RequestIds.HEADER);
        String missing = given().get("/timelines/nothing-here").then().statusCode(404).extract().header(RequestIds.HEADER);
        String kept = given().header(RequestIds.HEADER, "proxy-id-0001").get("/css/site.css").then().extract()
                .header(RequestIds.HEADER);
        String replaced = given().header(RequestIds.HEADER, "bad id").get("/").then().extract().header(RequestIds.HEADER);

        assertThat(fresh).matches("[0-9a-f]{16}");
        assertThat(missing).matches("[0-9a-f]{16}").isNotEqualTo(fresh);
        assertThat(kept).isEqualTo("proxy-id-0001");
        assertThat(replaced).matches("[0-9a-f]{16}");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in the Prometheus text, 0 when it is not there yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
