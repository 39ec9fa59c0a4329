package news.timeline.web.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import news.timeline.web.persistence.ImportCandidateEntity;
import news.timeline.web.persistence.ImportJobEntity;

/**
 * The import and review metrics an operator watches beside the requests' own: candidates by what became
 * of them ({@code timeline_candidates_total{outcome=...}}), articles read ({@code timeline_articles_total}),
 * how many candidates wait for review ({@code timeline_review_queue}), background import attempts by outcome
 * ({@code timeline_import_jobs_total{outcome=done|failed|retried}}) and the import jobs not finished yet on any
 * instance ({@code timeline_import_jobs_waiting}). Made at start-up, so that a scrape sees every series from
 * the first.
 */
@ApplicationScoped
@Startup
public class ReviewMetrics {

    /** What became of a candidate. */
    public enum Outcome { QUEUED, ACCEPTED, REJECTED, MERGED }

    /** What became of one attempt of a background import job. */
    public enum JobOutcome { DONE, FAILED, RETRIED }

    private final Map<Outcome, Counter> candidates = new EnumMap<>(Outcome.class);
    private final Map<JobOutcome, Counter> jobs = new EnumMap<>(JobOutcome.class);
    private final Counter articles;

    public ReviewMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            candidates.put(outcome, Counter.builder("timeline.candidates").description("Import candidates by outcome")
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        this.articles = Counter.builder("timeline.articles").description("Articles and files whose candidates were queued")
                .register(registry);
        // Read at each scrape, on a worker thread outside any request: its own short transaction.
        Gauge.builder("timeline.review.queue", () -> QuarkusTransaction.requiringNew().call(ImportCandidateEntity::waitingCount))
                .description("Import candidates waiting for review, all timelines").register(registry);
        for (JobOutcome outcome : JobOutcome.values()) {
            jobs.put(outcome, Counter.builder("timeline.import.jobs").description("Background import attempts by outcome")
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        Gauge.builder("timeline.import.jobs.waiting", () -> QuarkusTransaction.requiringNew().call(
                        ImportJobEntity::unfinishedCount))
                .description("Background import jobs queued, running or waiting to retry, all timelines").register(registry);
    }

    public void job(JobOutcome outcome) {
        jobs.get(outcome).increment();
    }

    public void candidates(Outcome outcome, int count) {
        candidates.get(outcome).increment(count);
    }

    public void articles(int count) {
        articles.increment(count);
    }
}
