package news.timeline.web;

import io.vertx.core.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The API's one error answer (docs/api.md): each problem names its field or parameter, or none for the
 * request as a whole. Whichever layer refuses a request under {@code /api}, the answer is made here.
 */
@Schema(description = "What is wrong with a request: each problem names the field or parameter it is about.")
public record Problems(List<Problem> errors) {

    public record Problem(@Schema(description = "The field or parameter, or null for the request as a whole.") String field,
                          String message) {
    }

    public static Problems of(String field, String message) {
        return new Problems(List.of(new Problem(field, message)));
    }

    public Response response(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json()).build();
    }

    /** As JSON text, also for the answers given before the REST layer. */
    public String json() {
        return Json.encode(this);
    }
}
