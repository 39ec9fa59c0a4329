package news.timeline.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import java.lang.reflect.Field;
import news.timeline.web.security.EditorSession;
import org.junit.jupiter.api.Test;

/**
 * The framework never made a temporary session key: that is the key it writes to the log, with which a
 * reader of the log could seal a session cookie for any account.
 */
@QuarkusTest
class SessionKeyResourceTest {

    @Test
    void signInWorksWithoutTheFrameworkEverGeneratingAKey() throws Exception {
        EditorSession editor = EditorSession.signIn("admin", "test-admin-password");
        assertThat(editor.get("/editor").statusCode()).isEqualTo(200);

        // FormAuthenticationMechanism keeps the key it generated (and logged) in this static field.
        Field generated = FormAuthenticationMechanism.class.getDeclaredField("encryptionKey");
        generated.setAccessible(true);
        assertThat(generated.get(null)).as("a key the framework generated and logged").isNull();
    }
}
