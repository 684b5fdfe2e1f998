package org.vipcare.tier;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlValues;

/**
 * Starts, runs and reports tier evaluations. At most one runs at a time across replicas: a unique index admits one
 * RUNNING row, and the run holds a PostgreSQL advisory lock so that a run lost in a crash can be told apart.
 */
@ApplicationScoped
public class TierEvaluations {

    /** A RUNNING row this old without the lock held was left by a crash. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(2);

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

    public TierEvaluations(EntityManager em, TierEvaluationSql sql, TierPolicies policies, ManagedExecutor executor,
            Clock clock, BusinessTime time) {
        this.em = em;
        this.sql = sql;
        this.policies = policies;
        this.executor = executor;
        this.detached = ThreadContext.builder().propagated().cleared(ThreadContext.ALL_REMAINING).build();
        this.clock = clock;
        this.time = time;
    }

    /** Records a RUNNING evaluation under the current policy and runs it in the background. */
    public TierEvaluationDto start(String requestedBy) {
        TierEvaluationDto started = QuarkusTransaction.requiringNew().call(() -> open(requestedBy));
        executor.runAsync(detached.contextualRunnable(() -> execute(started.id(), started.policyVersion())));
        return started;
    }

    /** Runs the current policy to the end in the calling thread; for the scheduler. */
    public TierEvaluationDto runNow(String requestedBy) {
        TierEvaluationDto started = QuarkusTransaction.requiringNew().call(() -> open(requestedBy));
        execute(started.id(), started.policyVersion());
        return get(started.id());
    }

    @Scheduled(cron = "{vipcare.tiers.evaluation-cron}", timeZone = "{vipcare.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            TierEvaluationDto done = runNow("scheduler");
            Log.infof("Scheduled tier evaluation %s: %s", done.id(), done.status());
        } catch (ProblemException e) {
            Log.infof("Scheduled tier evaluation skipped: %s", e.getMessage());
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

    private TierEvaluationDto open(String requestedBy) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery(
                "select id, started_at from tier_evaluation where status = 'RUNNING' for update").getResultList();
        for (Object[] row : running) {
            boolean stale = SqlValues.instant(row[1]).isBefore(now.minus(STALE_AFTER)) && sql.nobodyRunning();
            if (!stale) {
                throw new ProblemException(ProblemType.CONFLICT,
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
