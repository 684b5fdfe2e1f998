package org.vipcare.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * The ticks of the scheduled jobs that run on every replica. Counts them as {@code vipcare_job_runs_total{job,
 * outcome}}: {@code ran} when this replica did the tick's work, {@code skipped} when another replica held the job's
 * lock or had done the tick already; summed over the replicas, {@code ran} shows each tick done once
 * (bench/replicas.sh). And claims a cron tick for one replica (table job_tick, V21).
 */
@ApplicationScoped
public class JobRuns {

    private static final String CLAIM = """
            insert into job_tick (job, tick) values (?1, ?2)
            on conflict (job) do update set tick = excluded.tick where job_tick.tick < excluded.tick
            """;

    private final MeterRegistry registry;
    private final EntityManager em;

    public JobRuns(MeterRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
    }

    /** Records one tick of {@code job}; {@code ran} false means another replica had it. */
    public void record(String job, boolean ran) {
        counter(job, ran ? "ran" : "skipped").increment();
    }

    /**
     * Claims the cron tick {@code tick} of {@code job} in the caller's transaction: false when a replica claimed it (or
     * a later one) already. A replica claiming at the same moment waits on the row until the first one's transaction
     * ends, so a run that rolls back leaves the tick to the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, Instant tick) {
        return em.createNativeQuery(CLAIM).setParameter(1, job).setParameter(2, tick).executeUpdate() == 1;
    }

    /**
     * Runs {@code work} for the cron tick {@code tick} of {@code job} in the caller's transaction, unless another
     * replica is running the job (the transaction advisory lock {@code lockKey}) or ran that tick: -1 then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forTick(String job, long lockKey, Instant tick, IntSupplier work) {
        return locked(lockKey) && claim(job, tick) ? work.getAsInt() : -1;
    }

    /** Runs {@code work} in the caller's transaction unless another replica holds {@code lockKey}: -1 then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int unlessRunning(long lockKey, IntSupplier work) {
        return locked(lockKey) ? work.getAsInt() : -1;
    }

    private boolean locked(long lockKey) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, lockKey)
                .getSingleResult();
    }

    private Counter counter(String job, String outcome) {
        return Counter.builder("vipcare.job.runs")
                .description("Ticks of a scheduled job: ran here, or skipped because another replica had it")
                .tag("job", job).tag("outcome", outcome).register(registry);
    }
}
