package news.timeline.web.editor;

import static news.timeline.web.editor.EditorResourceTest.csrf;
import static news.timeline.web.editor.EditorResourceTest.fieldsOf;
import static news.timeline.web.editor.EditorResourceTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.AtOnce;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editors who opened the same form save it at the same moment: one save goes through, every other editor
 * gets the form back with a word on what happened and what they typed, never an error page.
 */
@QuarkusTest
class ConcurrentFormsResourceTest {

    /** A copy of the demo timeline that only these tests change. */
    private static final String DESK = "concurrent-forms-desk";
    private static final int EDITORS = 4;

    @Inject
    TimelineStore store;
    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void createTheDesk() {
        throttle.forgive();
        if (store.find(DESK).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(DESK, "Concurrent forms desk", demo.description(), demo.eras(), demo.milestones()));
        }
    }

    @Test
    void oneMilestoneSavedByEditorsAtOnce() throws Exception {
        List<Response> answers = saveAtOnce("/editor/timelines/" + DESK + "/milestones/negotiating-team", "summary");

        assertThat(answers).extracting(Response::statusCode).containsOnly(303, 409).containsOnlyOnce(303);
        for (int i = 0; i < EDITORS; i++) {
            if (answers.get(i).statusCode() == 409) {
                assertThat(answers.get(i).asString()).contains("Someone else saved this milestone")
                        .contains("<td>" + typed("summary", i) + "</td>");
            }
        }
    }

    @Test
    void oneTimelineSavedByEditorsAtOnce() throws Exception {
        List<Response> answers = saveAtOnce("/editor/timelines/" + DESK, "title");

        assertThat(answers).extracting(Response::statusCode).containsOnly(303, 400).containsOnlyOnce(303);
        for (int i = 0; i < EDITORS; i++) {
            if (answers.get(i).statusCode() == 400) {
                assertThat(answers.get(i).asString()).contains("Someone else changed this timeline since you opened it")
                        .contains("value=\"" + typed("title", i) + "\"");
            }
        }
    }

    /** Every editor opens the form at {@code path} and changes {@code field}; then all save at once. */
    private static List<Response> saveAtOnce(String path, String field) throws Exception {
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            EditorResourceTest.Editor editor = signIn();
            String form = editor.get(path).then().statusCode(200).extract().asString();
            Map<String, String> edit = fieldsOf(form);
            edit.put(field, typed(field, i));
            saves.add(() -> editor.post(path, csrf(form), edit));
        }
        return AtOnce.run(saves);
    }

    private static String typed(String field, int editor) {
        return field + " typed by editor " + editor;
    }
}
