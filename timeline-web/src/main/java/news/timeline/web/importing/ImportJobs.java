package news.timeline.web.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.web.NotFound;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.form.FormErrors;
import news.timeline.web.ops.ReviewMetrics;
import news.timeline.web.persistence.ImportJobEntity;
import news.timeline.web.persistence.ImportJobEntity.Kind;
import news.timeline.web.persistence.ImportJobEntity.Status;
import news.timeline.web.persistence.TimelineEntity;
import org.jboss.logging.Logger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Imports that run in the background, on whichever instance's scheduler takes them first: an address to fetch,
 * or a large uploaded file to read. Each is a row of {@code import_job} that the import page shows, and a
 * one-time Quartz job in the shared JDBC store (clustered, {@code jdbc-cmt}) that runs one attempt of it. Both
 * are written in the same transaction, so a job is never queued without its row, nor a row without its job.
 * An attempt that fails in a way that may pass is tried again later (Retries); the row says which attempt runs,
 * when the next one comes, why the last failed, and in the end what was staged.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** The Quartz group of import attempts, and the job data key that names the row. */
    static final String GROUP = "imports";
    static final String JOB = "job";
    /** Jobs the import page lists, newest first. */
    static final int SHOWN = 10;
    /** The Quartz identity of the cleanup's job and trigger (forgetFinished). */
    static final String CLEANUP = "import-jobs-cleanup";
    private static final int MAX_REASON = 4000;

    /** What an attempt works on, read from the row in the transaction that starts it. */
    record Attempt(long id, String timelineSlug, Kind kind, String address, String fileName, byte[] content,
                   LocalDate publishedOn, int attempt, int attempts) {
    }

    /** What came of an attempt: staged (done), a failure for good, or a failure to try again after {@code delay}. */
    record Result(Status status, String reason, ImportQueue.Outcome outcome, Duration delay) {
        static Result done(ImportQueue.Outcome outcome) {
            return new Result(Status.DONE, outcome.problems().isEmpty() ? null : String.join("; ", outcome.problems()),
                    outcome, null);
        }

        static Result failed(String reason) {
            return new Result(Status.FAILED, reason, null, null);
        }

        static Result after(Retries.Decision decision, String reason) {
            return decision.retry() ? new Result(Status.RETRYING, reason, null, decision.delay()) : failed(reason);
        }
    }

    /** A job as the import page shows it. */
    public record View(long id, Kind kind, String what, String requestedBy, Status status, int attempt, int attempts,
                       OffsetDateTime nextTryAt, String reason, Integer staged, Integer candidates, Integer known,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime finishedAt) {

        /** Not finished yet: queued, running or waiting to try again. */
        public boolean pending() {
            return !status.finished();
        }
    }

    @Inject
    Scheduler quartz;
    @Inject
    ArticleFetcher fetcher;
    @Inject
    ImportIntake intake;
    @Inject
    TimelineConfig config;
    @Inject
    ReviewMetrics metrics;

    /**
     * Queues the fetch of {@code address} (checked for its form already) into the timeline's import.
     *
     * @throws NotFound if there is no such timeline
     */
    @Transactional
    public long fetch(String timelineSlug, String address, String requestedBy) {
        ImportJobEntity row = row(timelineSlug, Kind.ADDRESS, requestedBy);
        row.address = address;
        return queue(row);
    }

    /** Queues the reading of an uploaded file, kept in the job's row until it is read. */
    @Transactional
    public long file(String timelineSlug, String name, byte[] content, LocalDate publishedOn, String requestedBy) {
        ImportJobEntity row = row(timelineSlug, Kind.FILE, requestedBy);
        row.fileName = name.length() > 300 ? name.substring(0, 300) : name;
        row.content = content;
        row.publishedOn = publishedOn;
        return queue(row);
    }

    /** The timeline's most recent jobs, newest first. */
    @Transactional
    public List<View> recent(String timelineSlug) {
        return ImportJobEntity.recent(timelineSlug, SHOWN).stream().map(ImportJobs::view).toList();
    }

    /**
     * Runs one attempt of the job (ImportJobRun calls this on a scheduler thread): fetches or reads, stages what
     * came out, and records the outcome, scheduling the next attempt if there is one. A job that is finished
     * already (its attempt ran on another instance before this one was recovered) is left alone.
     */
    public void run(long id) {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> begin(id));
        if (attempt == null) {
            return;
        }
        Result result = work(attempt);
        QuarkusTransaction.requiringNew().run(() -> finish(attempt, result));
    }

    /**
     * Deletes the jobs that finished more than {@code timeline.import.keep-finished} ago, every
     * {@code timeline.import.cleanup-every}. The trigger lives in the shared job store, so one instance of all
     * that share it runs the cleanup each time, and never two at once (Nonconcurrent: Quartz's cluster lock);
     * a second run would only find nothing left to delete.
     */
    @Scheduled(identity = CLEANUP, every = "${timeline.import.cleanup-every}")
    @Nonconcurrent
    @Transactional
    void forgetFinished() {
        long deleted = ImportJobEntity.forgetFinishedBefore(now().minus(config.importing().keepFinished()));
        if (deleted > 0) {
            LOG.infof("Deleted %d import jobs finished more than %s ago", deleted, config.importing().keepFinished());
        }
    }

    private ImportJobEntity row(String timelineSlug, Kind kind, String requestedBy) {
        TimelineEntity timeline = TimelineEntity.findBySlug(timelineSlug).orElseThrow(() -> NotFound.timeline(timelineSlug));
        OffsetDateTime now = now();
        ImportJobEntity row = new ImportJobEntity();
        row.timeline = timeline;
        row.kind = kind;
        row.requestedBy = requestedBy;
        row.status = Status.QUEUED;
        row.attempt = 0;
        row.attempts = Math.max(1, config.importing().attempts());
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }

    private long queue(ImportJobEntity row) {
        row.persist();
        schedule(row.id, 1, row.createdAt);
        return row.id;
    }

    /** The Quartz job of attempt {@code attempt}, due at {@code at}, in the caller's transaction (jdbc-cmt). */
    private void schedule(long id, int attempt, OffsetDateTime at) {
        JobKey key = JobKey.jobKey("import-" + id + "-" + attempt, GROUP);
        JobDetail detail = JobBuilder.newJob(ImportJobRun.class).withIdentity(key)
                .usingJobData(JOB, Long.toString(id))
                // An instance that dies while it runs the attempt: another one runs it again.
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), GROUP).forJob(detail)
                .startAt(Date.from(at.toInstant()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(detail, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store did not take import job " + id, e);
        }
    }

    Attempt begin(long id) {
        ImportJobEntity row = ImportJobEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.status.finished()) {
            return null;
        }
        row.status = Status.RUNNING;
        row.attempt++;
        row.nextTryAt = null;
        row.updatedAt = now();
        return new Attempt(row.id, row.timeline.slug, row.kind, row.address, row.fileName, row.content, row.publishedOn,
                row.attempt, row.attempts);
    }

    /** The attempt's work, outside any transaction: the network and the importer take their time. */
    Result work(Attempt attempt) {
        try {
            if (attempt.kind() == Kind.FILE) {
                try {
                    return Result.done(intake.stage(attempt.timelineSlug(), "file", attempt.fileName(), attempt.content(),
                            new ArticleMetadata(null, null, null, attempt.publishedOn())));
                } catch (FormErrors e) {
                    return Result.failed(e.fields().get("file"));
                }
            }
            ArticleFetcher.Fetched fetched;
            try {
                fetched = fetcher.fetch(attempt.address());
            } catch (ArticleFetcher.Refused e) {
                return Result.after(Retries.after(e.reason(), e.status(), attempt.attempt(), attempt.attempts(),
                        config.importing().retryDelay()), e.getMessage());
            }
            try {
                return Result.done(intake.stage(attempt.timelineSlug(), "address", fetched.name(), fetched.body(),
                        new ArticleMetadata(null, null, fetched.url().toString(), null)));
            } catch (FormErrors e) {
                return Result.failed(fetched.url() + ": " + e.fields().get("address"));
            }
        } catch (NotFound e) {
            return Result.failed(e.getMessage());
        } catch (RuntimeException e) {
            // A database that went away for a moment, or a fault of ours: worth another attempt, and a log line.
            LOG.errorf(e, "Import job %d, attempt %d of %d, failed unexpectedly", attempt.id(), attempt.attempt(),
                    attempt.attempts());
            return Result.after(Retries.again(attempt.attempt(), attempt.attempts(), config.importing().retryDelay()),
                    UNEXPECTED);
        }
    }

    /** The reason stored for a failure the log explains; ProblemWords says it in the editor's language. */
    static final String UNEXPECTED = "the import failed unexpectedly; the server's log has the details";

    void finish(Attempt attempt, Result result) {
        ImportJobEntity row = ImportJobEntity.findById(attempt.id(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.status != Status.RUNNING || row.attempt != attempt.attempt()) {
            return;
        }
        OffsetDateTime now = now();
        row.status = result.status();
        row.reason = result.reason() == null || result.reason().length() <= MAX_REASON ? result.reason()
                : result.reason().substring(0, MAX_REASON - 1) + "…";
        row.updatedAt = now;
        // One line per attempt, so an operator can follow a job across the instances' logs.
        LOG.infof("Import job %d, attempt %d of %d: %s%s", row.id, row.attempt, row.attempts, result.status(),
                result.status() == Status.DONE ? "" : " (" + row.reason + ")");
        if (result.status() == Status.RETRYING) {
            row.nextTryAt = now.plus(result.delay());
            schedule(row.id, row.attempt + 1, row.nextTryAt);
            metrics.job(ReviewMetrics.JobOutcome.RETRIED);
            return;
        }
        if (result.outcome() != null) {
            row.staged = result.outcome().staged();
            row.candidates = result.outcome().candidates();
            row.known = result.outcome().known();
        }
        row.content = null;
        row.finishedAt = now;
        metrics.job(result.status() == Status.DONE ? ReviewMetrics.JobOutcome.DONE : ReviewMetrics.JobOutcome.FAILED);
    }

    private static View view(ImportJobEntity row) {
        return new View(row.id, row.kind, row.kind == Kind.ADDRESS ? row.address : row.fileName, row.requestedBy,
                row.status, row.attempt, row.attempts, row.nextTryAt, row.reason, row.staged, row.candidates, row.known,
                row.createdAt, row.updatedAt, row.finishedAt);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
