package news.timeline.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON windows the reader's axis loads for big timelines. */
@QuarkusTest
class MilestonesResourceTest {

    private static final String DEMO = "/api/timelines/us-russia-relations/milestones";
    private static final int DEMO_SIZE = 10;
    private static final int DEMO_2025 = 6;

    @Test
    void listsEveryMilestoneWithWhatTheAxisNeeds() {
        given().when().get(DEMO)
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("timeline", equalTo("us-russia-relations"))
                .body("matching", equalTo(DEMO_SIZE))
                .body("offset", equalTo(0))
                .body("milestones", hasSize(DEMO_SIZE))
                .body("milestones[0].slug", equalTo("crimea-annexation"))
                .body("milestones[0].date", equalTo("2014"))
                .body("milestones[0].start", equalTo(16071))
                .body("milestones[0].end", equalTo(16436))
                .body("milestones[0].kind", equalTo("annexation"))
                .body("milestones[0].actors", contains("russia", "ukraine"))
                .body("milestones[0].path", equalTo("/timelines/us-russia-relations/milestones/crimea-annexation"))
                .body("years.year", contains(2014, 2021, 2022, 2025))
                .body("undated", equalTo(1));
    }

    @Test
    void labelsEachDateAsThePageShowsItInTheAskedLanguage() {
        given().queryParam("from", "2025-02-12").queryParam("to", "2025-02-12").when().get(DEMO)
                .then().statusCode(200).body("milestones[0].date", equalTo("2025-02-12"))
                .body("milestones[0].label", equalTo("12 February 2025"));
        given().queryParam("from", "2025-02-12").queryParam("to", "2025-02-12").queryParam("lang", "de").when().get(DEMO)
                .then().statusCode(200).body("milestones[0].label", equalTo("12. Februar 2025"));
    }

    @Test
    void filtersLikeTheTimelinePage() {
        given().queryParam("from", "2025").queryParam("to", "2025").when().get(DEMO)
                .then().statusCode(200).body("matching", equalTo(DEMO_2025));
        given().queryParam("kind", "meeting").queryParam("status", "occurred").when().get(DEMO)
                .then().statusCode(200).body("milestones.slug", contains("geneva-summit"));
        given().queryParam("actor", "vladimir-putin").queryParam("q", "GENEVA").when().get(DEMO)
                .then().statusCode(200).body("milestones.slug", contains("geneva-summit"));
        given().queryParam("offset", "8").when().get(DEMO)
                .then().statusCode(200).body("offset", equalTo(8)).body("milestones", hasSize(2));
    }

    @ParameterizedTest
    @CsvSource({"from, 2021-13", "to, yesterday", "kind, picnic", "status, rumoured", "offset, -1", "offset, ten"})
    void badParametersAreRejectedByName(String parameter, String value) {
        given().queryParam(parameter, value).when().get(DEMO)
                .then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("errors.field", contains(parameter))
                .body("errors[0].message", containsString("'" + parameter + "'"));
    }

    @Test
    void unknownTimelineIsNotFoundAsJson() {
        given().when().get("/api/timelines/no-such-timeline/milestones")
                .then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("errors[0].message", equalTo("There is no timeline called 'no-such-timeline'."));
    }
}
