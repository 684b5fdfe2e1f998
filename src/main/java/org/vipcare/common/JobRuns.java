package org.vipcare.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the ticks of the scheduled jobs that run on every replica, as {@code vipcare_job_runs_total{job, outcome}}:
 * {@code ran} when this replica did the tick's work, {@code skipped} when another replica held the job's lock or had
 * done the tick already. Summed over the replicas, {@code ran} shows each tick done once (bench/replicas.sh).
 */
@ApplicationScoped
public class JobRuns {

    private final MeterRegistry registry;

    public JobRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one tick of {@code job}; {@code ran} false means another replica had it. */
    public void record(String job, boolean ran) {
        counter(job, ran ? "ran" : "skipped").increment();
    }

    private Counter counter(String job, String outcome) {
        return Counter.builder("vipcare.job.runs")
                .description("Ticks of a scheduled job: ran here, or skipped because another replica had it")
                .tag("job", job).tag("outcome", outcome).register(registry);
    }
}
