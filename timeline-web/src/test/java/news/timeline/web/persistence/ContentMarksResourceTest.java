package news.timeline.web.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.demo.DemoTimeline;
import news.timeline.web.security.Accounts;
import news.timeline.web.security.ApiTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timelines' content markers kept in memory: a reader's request reads none from the database while the
 * timeline is unchanged; a committed change, by any path, is seen by the next request, and one rolled back
 * never is; on PostgreSQL, a change committed by another instance reaches this one through its notice, and
 * the listener comes back after its connection is lost.
 */
@QuarkusTest
class ContentMarksResourceTest {

    private static final String SLUG = "content-marks-desk";
    private static final String PAGE = "/timelines/" + SLUG;
    private static final String EDITOR = "content-marks-editor";
    private static final String PASSWORD = "content marks editor's long password";
    /** Far shorter than the tests' time to live of a kept marker (application.properties): only a notice is that quick. */
    private static final Duration NOTICE_WITHIN = Duration.ofSeconds(20);

    @Inject
    TimelineStore store;
    @Inject
    ContentMarks marks;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Accounts accounts;
    @Inject
    ApiTokens tokens;

    private long id;

    @BeforeEach
    void createTheDesk() {
        if (store.find(SLUG).isEmpty()) {
            Timeline demo = DemoTimeline.load();
            store.save(new Timeline(SLUG, "Content marks desk", demo.description(), demo.eras(), demo.milestones()));
        }
        id = QuarkusTransaction.requiringNew().call(() -> TimelineEntity.findBySlug(SLUG).orElseThrow().id);
        // On PostgreSQL markers are kept only while the listener listens, which it starts to do with the application.
        awaitOrFail("the listener listens", () -> marks.memory().hears());
    }

    @Test
    void anUnchangedTimelinesMarkerIsReadOnceAndThenKept() throws SQLException {
        settle();
        String etag = given().when().get(PAGE).then().statusCode(200).extract().header("ETag");
        RecordedStatements.clear();

        given().header("If-None-Match", etag).when().get(PAGE).then().statusCode(304);
        given().when().get(PAGE + "?kind=meeting").then().statusCode(200);

        assertThat(markerReads()).as("statements of the timeline's marker").isZero();
    }

    @Test
    void anEditIsSeenByTheNextRead() {
        String token = tokens.create(editor(), "content marks", null).token();
        Response before = given().when().get(PAGE);

        Response created = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("headline", "Envoys meet in Riyadh", "date", "2025-02-18"))
                .post("/api/editor/timelines/" + SLUG + "/milestones");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        Response after = given().header("If-None-Match", before.getHeader("ETag")).when().get(PAGE);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        assertThat(after.asString()).contains("Envoys meet in Riyadh");
    }

    /** A change of the timeline's own row written by the entity's flush at the commit, without a touch. */
    @Test
    void aSettingWrittenAtTheCommitIsSeenByTheNextRead() {
        String before = given().when().get(PAGE).getHeader("ETag");

        QuarkusTransaction.requiringNew().run(() -> TimelineEntity.<TimelineEntity>findById(id).title = "Content marks desk, " + System.nanoTime());

        Response after = given().header("If-None-Match", before).when().get(PAGE);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before);
    }

    @Test
    void aRolledBackChangeLeavesTheKeptMarker() throws SQLException {
        String before = keptEtag();

        Throwable rolledBack = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            TimelineEntity.touch(id);
            TimelineEntity.<TimelineEntity>findById(id).title = "Never committed";
            TimelineEntity.flush();
            QuarkusTransaction.setRollbackOnly();
        }));
        assertThat(rolledBack).as("rolled back").isInstanceOf(io.quarkus.narayana.jta.QuarkusTransactionException.class);
        RecordedStatements.clear();

        given().header("If-None-Match", before).when().get(PAGE).then().statusCode(304);
        assertThat(markerReads()).isZero();
    }

    /**
     * Another instance's commit, simulated by a connection of its own writing the marker as
     * {@link TimelineEntity#touch(long)} does: the database's notice (V29) reaches this instance's listener,
     * which forgets the kept marker long before its time to live.
     */
    @Test
    void aChangeCommittedByAnotherInstanceReachesThisOne() throws SQLException {
        assumePostgreSql();
        String before = keptEtag();

        try (Connection other = dataSource.getConnection()) {
            touchFrom(other);
        }

        awaitOrFail("the other instance's change", () -> !before.equals(given().header("If-None-Match", before).when().get(PAGE)
                .getHeader("ETag")));
    }

    @Test
    void theListenerListensAgainAfterItsConnectionIsLost() throws SQLException {
        assumePostgreSql();
        try (Connection other = dataSource.getConnection()) {
            int lost = listenerPid(other);
            try (PreparedStatement end = other.prepareStatement("select pg_terminate_backend(?)")) {
                end.setInt(1, lost);
                end.executeQuery().close();
            }
            awaitOrFail("a new listening connection", () -> {
                int pid = listenerPid(other);
                return pid != 0 && pid != lost && marks.memory().hears();
            });
            String before = keptEtag();

            touchFrom(other);

            awaitOrFail("a change heard on the new connection", () -> !before.equals(given().header("If-None-Match", before)
                    .when().get(PAGE).getHeader("ETag")));
        }
    }

    /** The page's ETag once its marker is kept: asking again reads no marker from the database. */
    private String keptEtag() throws SQLException {
        settle();
        String etag = given().when().get(PAGE).getHeader("ETag");
        RecordedStatements.clear();
        given().header("If-None-Match", etag).when().get(PAGE).then().statusCode(304);
        assertThat(markerReads()).as("the marker is kept").isZero();
        return etag;
    }

    /**
     * On PostgreSQL, waits until the notices of every commit so far, the other tests' and the set-up's, have
     * reached this instance, so that none arrives late to make it forget the marker a test keeps: they arrive
     * in the order of their commits, so once the notice of one more write has, none is left.
     */
    private void settle() throws SQLException {
        if (!postgreSql()) {
            return;
        }
        String before = given().when().get(PAGE).getHeader("ETag");
        try (Connection other = dataSource.getConnection()) {
            touchFrom(other);
        }
        awaitOrFail("the notices so far", () -> !before.equals(given().header("If-None-Match", before).when().get(PAGE)
                .getHeader("ETag")));
    }

    private void touchFrom(Connection other) throws SQLException {
        other.setAutoCommit(true);
        try (PreparedStatement touch = other.prepareStatement(
                "update timeline set content_version = content_version + 1, content_changed = content_changed + 1 where id = ?")) {
            touch.setLong(1, id);
            assertThat(touch.executeUpdate()).isEqualTo(1);
        }
    }

    /** The process id of this database's marks listener, or 0 while there is none. */
    private static int listenerPid(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("select pid from pg_stat_activity where application_name = ?"
                + " and datname = current_database() and pid <> pg_backend_pid()")) {
            query.setString(1, MarkListener.APPLICATION_NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assumePostgreSql() throws SQLException {
        Assumptions.assumeTrue(postgreSql(), "several instances share PostgreSQL only");
    }

    private boolean postgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    private static long markerReads() {
        // Timeline.mark, as Hibernate writes it: the four columns alone (loading the entity reads them all).
        return RecordedStatements.statements().stream().filter(sql -> sql.matches(
                "(?is)select \\w+\\.id, ?\\w+\\.version, ?\\w+\\.content_version, ?\\w+\\.content_changed from timeline .*")).count();
    }

    private String editor() {
        if (accounts.find(EDITOR).isEmpty()) {
            accounts.create(EDITOR, "Content marks desk", PASSWORD, AccountEntity.Role.EDITOR);
        }
        return EDITOR;
    }

    /** Waits, asking every 20 ms, until {@code done}, and fails after {@link #NOTICE_WITHIN}. */
    private static void awaitOrFail(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + NOTICE_WITHIN.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
