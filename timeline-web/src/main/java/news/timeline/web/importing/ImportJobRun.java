package news.timeline.web.importing;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** One attempt of an import job, as Quartz runs it on whichever instance took its trigger (see ImportJobs). */
@Dependent
@Unremovable
public class ImportJobRun implements Job {

    @Inject
    ImportJobs jobs;

    @Override
    public void execute(JobExecutionContext context) {
        jobs.run(Long.parseLong(context.getMergedJobDataMap().getString(ImportJobs.JOB)));
    }
}
