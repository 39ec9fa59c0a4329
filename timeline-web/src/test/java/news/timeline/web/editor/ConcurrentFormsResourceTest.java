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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
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

    private ExecutorService browsers;

    @BeforeEach
    void createTheDesk() {
        throttle.forgive();
        if (store.find(DESK).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(DESK, "Concurrent forms desk", demo.description(), demo.eras(), demo.milestones()));
        }
        browsers = Executors.newFixedThreadPool(EDITORS);
    }

    @AfterEach
    void stop() {
        browsers.shutdownNow();
    }

    @Test
    void oneMilestoneSavedByEditorsAtOnce() throws Exception {
        String path = "/editor/timelines/" + DESK + "/milestones/negotiating-team";
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            EditorResourceTest.Editor editor = signIn();
            String form = editor.get(path).then().statusCode(200).extract().asString();
            Map<String, String> edit = fieldsOf(form);
            edit.put("summary", "Summary typed by editor " + i);
            saves.add(() -> editor.post(path, csrf(form), edit));
        }

        List<Response> answers = together(saves);

        assertThat(answers).extracting(Response::statusCode).containsOnly(303, 409).containsOnlyOnce(303);
        for (int i = 0; i < EDITORS; i++) {
            Response answer = answers.get(i);
            if (answer.statusCode() == 409) {
                assertThat(answer.asString()).contains("Someone else saved this milestone")
                        .contains("<td>Summary typed by editor " + i + "</td>");
            }
        }
    }

    @Test
    void oneTimelineSavedByEditorsAtOnce() throws Exception {
        String path = "/editor/timelines/" + DESK;
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            EditorResourceTest.Editor editor = signIn();
            String form = editor.get(path).then().statusCode(200).extract().asString();
            Map<String, String> edit = fieldsOf(form);
            edit.put("title", "Title typed by editor " + i);
            saves.add(() -> editor.post(path, csrf(form), edit));
        }

        List<Response> answers = together(saves);

        assertThat(answers).extracting(Response::statusCode).containsOnly(303, 400).containsOnlyOnce(303);
        for (int i = 0; i < EDITORS; i++) {
            Response answer = answers.get(i);
            if (answer.statusCode() == 400) {
                assertThat(answer.asString()).contains("Someone else changed this timeline since you opened it")
                        .contains("value=\"Title typed by editor " + i + "\"");
            }
        }
    }

    /** Sends every save at one moment; the answers in the saves' order. */
    private List<Response> together(List<Callable<Response>> saves) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> running = new ArrayList<>();
        for (Callable<Response> save : saves) {
            running.add(browsers.submit(() -> {
                start.await();
                return save.call();
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : running) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
