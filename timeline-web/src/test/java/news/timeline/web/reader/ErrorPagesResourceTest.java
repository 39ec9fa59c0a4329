package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the application reaches the reader as a page without internals, and a program using
 * the API as the API's JSON problems.
 */
@QuarkusTest
class ErrorPagesResourceTest {

    static final String SECRET = "connection string with a password";

    /** Stands for any resource that fails unexpectedly. */
    @Path("/test-only/failure")
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** The same, where programs read the answer. */
    @Path("/api/test-only/failure")
    public static class FailingApiResource {
        @GET
        public String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void unexpectedFailureShowsAPageWithoutTheStackTrace() {
        given().when().get("/test-only/failure")
                .then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Something went wrong"))
                .body(not(containsString(SECRET)))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void frameworkErrorsKeepTheirStatus() {
        given().when().post("/timelines/us-russia-relations").then().statusCode(405);
    }

    @Test
    void anUnknownApiAddressIsAJsonProblem() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("errors[0].field", nullValue())
                .body("errors[0].message", equalTo(ErrorPages.NO_API));
        given().when().get("/api/timelines/no-such-timeline/milestones/x/y")
                .then().statusCode(404)
                .contentType(containsString("application/json"));
    }

    @Test
    void theApiRefusesAMethodItDoesNotTakeInJson() {
        given().when().delete("/api/timelines")
                .then().statusCode(405)
                .contentType(containsString("application/json"))
                .body("errors[0].message", equalTo("This address does not take DELETE requests."));
    }

    @Test
    void anApiFailureIsAJsonProblemWithoutTheStackTrace() {
        given().when().get("/api/test-only/failure")
                .then().statusCode(500)
                .contentType(containsString("application/json"))
                .body("errors[0].message", containsString("logged"))
                .body(not(containsString(SECRET)))
                .body(not(containsString("IllegalStateException")));
    }
}
