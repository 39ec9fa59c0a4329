package news.timeline.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Readiness includes the job store: an instance whose Quartz scheduler is not started, is in standby or shut
 * down, or cannot read its tables, would queue background imports that no scheduler of its runs. Another
 * instance of the cluster may still run them, but this one is not ready.
 */
@Readiness
@ApplicationScoped
public class JobStoreHealth implements HealthCheck {

    @Inject
    Scheduler quartz;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("Job store");
        try {
            boolean running = quartz.isStarted() && !quartz.isInStandbyMode() && !quartz.isShutdown();
            answer.withData("started", quartz.isStarted()).withData("standby", quartz.isInStandbyMode())
                    .withData("instance", quartz.getSchedulerInstanceId())
                    .withData("clustered", quartz.getMetaData().isJobStoreClustered());
            // Reads the store's tables: a scheduler whose database is gone is not ready either.
            quartz.getJobGroupNames();
            return answer.status(running).build();
        } catch (SchedulerException e) {
            return answer.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
