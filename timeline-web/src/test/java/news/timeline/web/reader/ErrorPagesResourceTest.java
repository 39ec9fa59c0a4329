package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** A failure inside the application reaches the reader as a page without internals. */
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
}
