package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** At start the first connection was taken by DatabaseOpening, and the pool's wait for requests is its own again. */
@QuarkusTest
class DatabaseOpeningResourceTest {

    @Inject
    DatabaseOpening opening;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFirstConnectionWasTakenBeforeFlywayAndRequestsWaitTheConfiguredTime() {
        assertThat(opening.opened()).as("Quarkus built Flyway with the customizer").isNotNull();
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().acquisitionTimeout())
                .isEqualTo(Duration.ofSeconds(5));
    }
}
