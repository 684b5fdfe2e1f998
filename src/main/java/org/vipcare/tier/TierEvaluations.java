package org.vipcare.tier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlValues;

/**
 * Starts, runs and reports tier evaluations. At most one runs at a time across replicas: a unique index admits one
 * RUNNING row, and the run holds a PostgreSQL advisory lock so that a run lost in a crash can be told apart. Every
 * replica's scheduler fires at the same cron tick, so the scheduled run also claims its tick (JobRuns): a replica firing
 * after another one's run of the same tick finished (a small book evaluates in milliseconds) must not evaluate again.
 */
@ApplicationScoped
public class TierEvaluations {

    /** A RUNNING row this old without the lock held was left by a crash. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** Held while a run is opened, so that two replicas' check-then-insert of a RUNNING row cannot interleave. */
    static final long OPEN_LOCK_KEY = 0x746965724fL;

    private final EntityManager em;
    private final TierEvaluationSql sql;
    private final TierPolicies policies;
    private final ManagedExecutor executor;
    /**
     * The background run is a unit of work of its own: it must not join the request's transaction, which commits
     * while the run goes on (Narayana warns of a commit with several threads active in it).
     */
    private final ThreadContext detached;
    private final Clock clock;
    private final BusinessTime time;
    private final JobRuns runs;

    public TierEvaluations(EntityManager em, TierEvaluationSql sql, TierPolicies policies, ManagedExecutor executor,
            Clock clock, BusinessTime time, JobRuns runs) {
        this.em = em;
        this.sql = sql;
        this.policies = policies;
        this.executor = executor;
        this.detached = ThreadContext.builder().propagated().cleared(ThreadContext.ALL_REMAINING).build();
        this.clock = clock;
        this.time = time;
        this.runs = runs;
    }

    /** Records a RUNNING evaluation under the current policy and runs it in the background. */
    public TierEvaluationDto start(String requestedBy) {
        TierEvaluationDto started = QuarkusTransaction.requiringNew().call(() -> open(requestedBy, null));
        executor.runAsync(detached.contextualRunnable(() -> execute(started.id(), started.policyVersion())));
        return started;
    }

    /** Runs the current policy to the end in the calling thread; for the demo book. */
    public TierEvaluationDto runNow(String requestedBy) {
        TierEvaluationDto started = QuarkusTransaction.requiringNew().call(() -> open(requestedBy, null));
        execute(started.id(), started.policyVersion());
        return get(started.id());
    }

    @Scheduled(cron = "{vipcare.tiers.evaluation-cron}", timeZone = "{vipcare.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.record("tier-evaluation", runScheduled(execution.getScheduledFireTime()).isPresent());
    }

    /**
     * The scheduler's run for the cron tick at {@code tick}; empty when a replica has run this tick already or another
     * evaluation is running.
     */
    Optional<TierEvaluationDto> runScheduled(Instant tick) {
        try {
            TierEvaluationDto started = QuarkusTransaction.requiringNew().call(() -> open("scheduler", tick));
            if (started == null) {
                Log.debugf("Scheduled tier evaluation of %s skipped: another replica ran it", tick);
                return Optional.empty();
            }
            execute(started.id(), started.policyVersion());
            TierEvaluationDto done = get(started.id());
            Log.infof("Scheduled tier evaluation %s: %s", done.id(), done.status());
            return Optional.of(done);
        } catch (ProblemException e) {
            Log.infof("Scheduled tier evaluation skipped: %s", e.getMessage());
            return Optional.empty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TierEvaluationDto get(UUID id) {
        List<TierEvaluationDto> found = query("where id = ?1", id, 1);
        if (found.isEmpty()) {
            throw ProblemException.notFound("tier evaluation", id);
        }
        return found.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TierEvaluationDto> recent(int limit) {
        return query("", null, limit);
    }

    /**
     * Records a RUNNING evaluation; null when {@code tick} is given and a replica claimed that tick already. A claim
     * whose run cannot open (another evaluation is running) rolls back with it, leaving the tick to the others.
     */
    private TierEvaluationDto open(String requestedBy, Instant tick) {
        // Blocks a moment at most: the other holder only checks and inserts. The check below then sees its commit.
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, OPEN_LOCK_KEY).getSingleResult();
        if (tick != null && !runs.claim("tier-evaluation", tick)) {
            return null;
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery(
                "select id, started_at from tier_evaluation where status = 'RUNNING' for update").getResultList();
        for (Object[] row : running) {
            boolean stale = SqlValues.instant(row[1]).isBefore(now.minus(STALE_AFTER)) && sql.nobodyRunning();
            if (!stale) {
                throw new ProblemException(ProblemType.CONFLICT, "tier.evaluation.running",
                        "Tier evaluation " + row[0] + " is still running; wait for it to finish.");
            }
            fail((UUID) row[0], "interrupted: the process running it stopped");
        }
        UUID id = UUID.randomUUID();
        int version = policies.currentVersion();
        em.createNativeQuery("insert into tier_evaluation (id, status, policy_version, requested_by, started_at)"
                + " values (?1, 'RUNNING', ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, version).setParameter(3, requestedBy).setParameter(4, now)
                .executeUpdate();
        return new TierEvaluationDto(id, EvaluationStatus.RUNNING, version, requestedBy, now, null, null, null, null,
                null, null);
    }

    private void execute(UUID id, int policyVersion) {
        try {
            Instant asOf = clock.instant();
            boolean ran = sql.run(id, policyVersion, asOf, LocalDate.ofInstant(asOf, time.zone()));
            if (!ran) {
                QuarkusTransaction.requiringNew().run(() -> fail(id, "another evaluation holds the lock"));
            }
        } catch (RuntimeException e) {
            Log.error("Tier evaluation " + id + " failed", e);
            QuarkusTransaction.requiringNew().run(() -> fail(id, String.valueOf(e.getMessage())));
        }
    }

    private void fail(UUID id, String error) {
        em.createNativeQuery("update tier_evaluation set status = 'FAILED', finished_at = ?1, error = ?2 where id = ?3")
                .setParameter(1, clock.instant())
                .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(3, id).executeUpdate();
    }

    private List<TierEvaluationDto> query(String where, UUID id, int limit) {
        var query = em.createNativeQuery("select id, status, policy_version, requested_by, started_at, finished_at,"
                + " evaluated, upgraded, downgraded, watch_flagged, error from tier_evaluation " + where
                + " order by started_at desc limit " + limit);
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TierEvaluationDto((UUID) r[0], EvaluationStatus.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), (String) r[3], SqlValues.instant(r[4]), SqlValues.instant(r[5]),
                SqlValues.integer(r[6]), SqlValues.integer(r[7]), SqlValues.integer(r[8]), SqlValues.integer(r[9]),
                (String) r[10])).toList();
    }
}
