package news.timeline.web.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import news.timeline.web.NotFound;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the application reaches the reader as a page without internals, and a program using
 * the API as the API's JSON problems.
 */
@QuarkusTest
class ErrorPagesResourceTest {

    static final String SECRET = "connection string with a password";

    /** Stands for any resource that fails unexpectedly: a page for readers, and one under /api for programs. */
    @Path("/")
    public static class FailingResource {
        @GET
        @Path("test-only/failure")
        public String fail() {
            throw new IllegalStateException(SECRET);
        }

        @GET
        @Path("test-only/missing")
        public String missing() {
            throw new NotFound("There is no test page here.");
        }

        @GET
        @Path("api/test-only/failure")
        public String failForPrograms() {
            return fail();
        }

        /** What a write that lost a lock to another transaction on every rerun throws. */
        @GET
        @Path("api/test-only/collision")
        public String collide() {
            throw new org.hibernate.exception.LockTimeoutException("could not execute statement",
                    new java.sql.SQLException("Timeout trying to lock table", "HYT00"), "update timeline set version = ?");
        }

        @GET
        @Path("test-only/collision")
        public String collideOnAPage() {
            return collide();
        }
    }

    @Test
    void aRaceLostOnEveryRerunIsAConflictNotAFailure() {
        given().when().get("/api/test-only/collision")
                .then().statusCode(409)
                .contentType(containsString("application/json"))
                .body("errors[0].message", containsString("Try again"))
                .body(not(containsString("HYT00")));
        given().when().get("/test-only/collision")
                .then().statusCode(409)
                .body(containsString("Try again"))
                .body(not(containsString("LockTimeoutException")));
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
    void somethingMissingIsTheNotFoundPageThatSaysWhat() {
        given().when().get("/test-only/missing")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no test page here."))
                .body(not(containsString("NotFound")));
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

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL site;

    @Test
    void aBodyLargerThanTheSiteAcceptsGetsAPageThatSaysSo() throws java.io.IOException {
        String session = news.timeline.web.security.EditorSession.signIn("admin", "test-admin-password").cookie();
        String page = sendOversize("/editor/timelines/us-russia-relations/import/upload", "de", session);
        org.assertj.core.api.Assertions.assertThat(page).startsWith("HTTP/1.1 413")
                .contains("Content-Type: text/html").contains("<html lang=\"de\"")
                .contains("<h1>Zu groß zum Senden</h1>").contains("10 MB");

        String api = sendOversize("/api/timelines", "en", null);
        org.assertj.core.api.Assertions.assertThat(api).startsWith("HTTP/1.1 413")
                .contains("Content-Type: application/json")
                .contains("{\"errors\":[{\"field\":null,\"message\":\"The body is larger than the 10 MB this site accepts at once.\"}]}");
    }

    /** Announces a 20 MB body and sends none of it: the answer must come from the headers alone. */
    private String sendOversize(String path, String language, String session) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + site.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 20000000\r\n"
                    + (session == null ? "" : "Cookie: timeline-session=" + session + "\r\n")
                    + "Accept-Language: " + language + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // The head, then as many bytes as it announces: the connection may stay open for the body.
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(java.nio.charset.StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String headers = head.toString(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return headers + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
