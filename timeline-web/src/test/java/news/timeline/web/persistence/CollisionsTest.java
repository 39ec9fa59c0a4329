package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.JDBCException;
import org.junit.jupiter.api.Test;

/** Which failures are races another transaction won, to be run again, and which are not. */
class CollisionsTest {

    @Test
    void aDeadlockOrAKeyTakenMeanwhileIsACollision() {
        assertThat(Collisions.isCollision(new JDBCException("deadlock", new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(Collisions.isCollision(new RuntimeException(new JDBCException("key", new SQLException("key", "23505")))))
                .isTrue();
    }

    @Test
    void aFailureWithoutAStateSuchAsAPoolThatGaveNoConnectionIsNone() {
        // The pool's "Acquisition timeout" carries no SQL state: it is no race, and must not fail the check itself.
        JDBCException noConnection = new JDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));

        assertThat(Collisions.isCollision(noConnection)).isFalse();
        assertThat(Collisions.isCollision(new JDBCException("syntax", new SQLException("syntax", "42601")))).isFalse();
    }
}
