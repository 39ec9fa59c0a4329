package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first connection at start may take longer than a request may wait for one: a pool whose connections take
 * 1.5 s to open (as an H2 file of a million milestones does, and longer) and whose requests wait 0.5 s.
 */
class DatabaseOpeningTest {

    private static final Duration FOR_REQUESTS = Duration.ofMillis(500);
    private static final long OPENING_MS = 1500;
    private static final AtomicInteger OPENED = new AtomicInteger();

    private AgroalDataSource pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void withoutItTheFirstConnectionTimesOut() throws SQLException {
        pool = pool("without");

        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("Acquisition timeout");
    }

    @Test
    void theFirstConnectionWaitsAsLongAsTheDatabaseTakesToOpenAndRequestsThenWaitNoLongerThanBefore() throws SQLException {
        pool = pool("opening");
        int before = OPENED.get();

        Duration took = DatabaseOpening.open(pool, Duration.ofSeconds(30));

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(OPENING_MS));
        assertThat(pool.getConfiguration().connectionPoolConfiguration().acquisitionTimeout()).isEqualTo(FOR_REQUESTS);
        // The connection stayed open in the pool: the next one asked for (Flyway's) is that one, not a new one.
        try (Connection next = pool.getConnection()) {
            assertThat(next.isValid(1)).isTrue();
        }
        assertThat(OPENED.get()).isEqualTo(before + 1);
    }

    @Test
    void aDatabaseThatDoesNotOpenInTimeStopsTheStartNamingTheSetting() throws SQLException {
        pool = pool("late");

        assertThatThrownBy(() -> DatabaseOpening.open(pool, Duration.ofMillis(700)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not open within PT0.7S (timeline.database.open-timeout)");
        assertThat(pool.getConfiguration().connectionPoolConfiguration().acquisitionTimeout()).isEqualTo(FOR_REQUESTS);
    }

    private static AgroalDataSource pool(String name) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                .maxSize(2).acquisitionTimeout(FOR_REQUESTS)
                .connectionFactoryConfiguration(factory -> factory.connectionProviderClass(SlowToOpen.class)
                        .jdbcUrl("jdbc:h2:mem:opening-" + name + ";DB_CLOSE_DELAY=-1"))));
    }

    /** H2, each of whose connections takes {@link #OPENING_MS} to open. */
    public static class SlowToOpen implements Driver {
        private final Driver h2 = new org.h2.Driver();

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            try {
                Thread.sleep(OPENING_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while opening", e);
            }
            OPENED.incrementAndGet();
            return h2.connect(url, info);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return h2.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return h2.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return h2.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return h2.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return h2.getParentLogger();
        }
    }
}
