package news.timeline.web.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import news.timeline.web.config.TimelineConfig;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * The first connection at start, taken with more patience than a request gets. The pool's acquisition timeout
 * ({@code quarkus.datasource.jdbc.acquisition-timeout}, 5 s) bounds how long a request waits for a connection
 * when all are busy, and should stay short. But the embedded H2 opens its file in the first connection, which
 * takes longer than that for a large site (a timeline of a million milestones) or on a loaded host, and the
 * application then stopped before it started. Flyway asks for the first connection, before Hibernate, Quartz and
 * any request; Quarkus calls this customizer as it builds Flyway, so the connection is taken here, with
 * {@code timeline.database.open-timeout}, and returned open to the pool, where Flyway finds it.
 */
@Singleton
public class DatabaseOpening implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseOpening.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TimelineConfig config;

    private volatile Duration opened;

    @Override
    public void customize(FluentConfiguration flyway) {
        opened = open(dataSource, config.database().openTimeout());
    }

    /** How long the first connection took at this start; null if Flyway was not built (no migration at start). */
    public Duration opened() {
        return opened;
    }

    /**
     * Takes one connection from {@code pool} waiting at most {@code patience} (if that is longer than the pool's
     * own timeout), puts the pool's timeout back, and returns how long the connection took.
     *
     * @throws IllegalStateException naming the setting, if the database did not open in time or at all
     */
    static Duration open(AgroalDataSource pool, Duration patience) {
        AgroalConnectionPoolConfiguration settings = pool.getConfiguration().connectionPoolConfiguration();
        Duration forRequests = settings.acquisitionTimeout();
        Duration wait = patience.compareTo(forRequests) > 0 ? patience : forRequests;
        long start = System.nanoTime();
        settings.setAcquisitionTimeout(wait);
        try (Connection first = pool.getConnection()) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.infof("The database opened in %d ms", took.toMillis());
            return took;
        } catch (SQLException e) {
            throw new IllegalStateException("The database did not open within " + wait
                    + " (timeline.database.open-timeout): " + e.getMessage(), e);
        } finally {
            settings.setAcquisitionTimeout(forRequests);
        }
    }
}
