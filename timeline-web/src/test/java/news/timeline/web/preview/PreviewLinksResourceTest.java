package news.timeline.web.preview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import news.timeline.web.AtOnce;
import news.timeline.web.api.ApiModel;
import news.timeline.web.editor.EditorService;
import news.timeline.web.persistence.AccountEntity;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.EditorSession;
import news.timeline.web.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two editors withdrawing a timeline's preview links at the same moment, through the form on the timeline's
 * page: each gets the page back or a 409, never an error page, every link made before stops working, and
 * each withdrawal that went through counts.
 */
@QuarkusTest
class PreviewLinksResourceTest {

    private static final String COLLEAGUE = "preview-withdrawing-colleague";
    private static final String COLLEAGUE_PASSWORD = "preview withdrawing colleague's password";
    /** Timelines withdrawn from at once, each first when it has no link generation yet, then again when it has. */
    private static final int TIMELINES = 8;
    private static final int SEE_OTHER = 303;
    private static final int CONFLICT = 409;

    @Inject
    EditorService editor;
    @Inject
    Accounts accounts;
    @Inject
    PreviewLinks links;
    @Inject
    PreviewQueries queries;
    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void aColleague() {
        throttle.forgive();
        accounts.createUnlessPresent(COLLEAGUE, "Preview colleague", COLLEAGUE_PASSWORD, AccountEntity.Role.EDITOR);
    }

    @Test
    void twoEditorsWithdrawingAtOnceBothGetAnAnswerAndEveryEarlierLinkStops() throws Exception {
        EditorSession first = EditorSession.signIn("admin", "test-admin-password");
        EditorSession second = EditorSession.signIn(COLLEAGUE, COLLEAGUE_PASSWORD);
        // A new timeline each time: its first withdrawal makes its generation's row, which both may try at once.
        String run = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);
        for (int t = 0; t < TIMELINES; t++) {
            String slug = "preview-withdrawn-" + run + "-" + t;
            editor.createTimeline(new ApiModel.NewTimeline("Preview withdrawn desk " + t, slug, null, "DRAFT"));
            long id = queries.id(slug).orElseThrow();
            for (String when : new String[] {"first withdrawal", "second withdrawal"}) {
                withdrawAtOnce(first, second, slug, id, slug + ", " + when);
            }
        }
    }

    /** Both editors open the timeline's page and withdraw its links together; checks what each got and what stopped. */
    private void withdrawAtOnce(EditorSession first, EditorSession second, String slug, long id, String what)
            throws Exception {
        String page = "/editor/timelines/" + slug;
        Response firstPage = first.get(page);
        Response secondPage = second.get(page);
        assertThat(firstPage.statusCode()).as(what).isEqualTo(200);
        assertThat(secondPage.statusCode()).as(what).isEqualTo(200);
        String earlier = links.issue(id, Duration.ofMinutes(5));
        assertThat(given().when().get("/preview/" + earlier).statusCode()).as(what + ": the link before").isEqualTo(200);
        int before = queries.generation(id);

        String withdraw = page + "/preview-links/withdraw";
        List<Callable<Response>> both = List.of(() -> first.post(firstPage, withdraw), () -> second.post(secondPage, withdraw));
        List<Response> answers = AtOnce.run(both);

        assertThat(answers).as(what).extracting(Response::statusCode).isSubsetOf(SEE_OTHER, CONFLICT).contains(SEE_OTHER);
        long through = answers.stream().filter(answer -> answer.statusCode() == SEE_OTHER).count();
        answers.stream().filter(answer -> answer.statusCode() == SEE_OTHER).forEach(answer ->
                assertThat(answer.getHeader("Location")).as(what).endsWith(page + "#preview-heading"));
        assertThat(queries.generation(id)).as(what + ": one generation per withdrawal that went through")
                .isEqualTo(before + through);
        assertThat(given().when().get("/preview/" + earlier).statusCode()).as(what + ": the link before").isEqualTo(410);
        String after = links.issue(id, Duration.ofMinutes(5));
        assertThat(given().when().get("/preview/" + after).statusCode()).as(what + ": a link made after").isEqualTo(200);
    }
}
