package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What the database driver puts into an exception, which the log then carries: never the values of the
 * statement that failed. Two instances creating the first administrator at once lose a race on the username,
 * and the loser's insert held the password hash; a lost race of any other insert holds what an editor typed.
 * The PostgreSQL run of the suite is what proves the driver's setting ({@code org/postgresql/driverconfig.properties}):
 * without it this test fails there. H2's messages name the unique key's value but never the other values.
 */
@QuarkusTest
class DriverErrorsResourceTest {

    private static final String SECRET = "$2a$10$not-a-real-password-hash";

    @Inject
    AgroalDataSource database;

    @Test
    void aFailedInsertDoesNotTellItsValues() throws SQLException {
        try (Connection connection = database.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table driver_errors_probe (id bigint primary key, secret varchar(100))");
            try {
                try (PreparedStatement insert = connection.prepareStatement("insert into driver_errors_probe values (?, ?)")) {
                    insert.setLong(1, 1);
                    insert.setString(2, "first");
                    insert.executeUpdate();
                    // As Hibernate writes: in a batch, which is where the driver names the values it sent.
                    insert.setLong(1, 1);
                    insert.setString(2, SECRET);
                    insert.addBatch();
                    Throwable refused = catchThrowable(insert::executeBatch);

                    assertThat(refused).isInstanceOf(SQLException.class);
                    for (Throwable e = refused; e != null; e = e instanceof SQLException sql && sql.getNextException() != null
                            ? sql.getNextException() : e.getCause()) {
                        assertThat(e.getMessage()).as("an exception of the failed insert").doesNotContain(SECRET);
                    }
                }
            } finally {
                ddl.execute("drop table driver_errors_probe");
            }
        }
    }
}
