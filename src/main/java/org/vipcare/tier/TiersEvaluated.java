package org.vipcare.tier;

import java.time.Instant;
import java.util.UUID;

/**
 * A tier evaluation has applied its results. Fired synchronously inside the run's transaction, so that what observers
 * write commits with the results or not at all; they read the run's changes set-based, in SQL, through
 * {@link #CHANGES}, never customer by customer.
 */
public record TiersEvaluated(UUID evaluationId, int policyVersion, Instant asOf) {

    /**
     * The run's tier changes as a SQL relation, valid while the event's observers run (it reads the run's temp table,
     * {@link TierEvaluationSql}): one row per customer whose tier changed, with {@code customer_id},
     * {@code manager_id}, {@code from_tier} and {@code to_tier} ({@link Tier} names).
     */
    public static final String CHANGES = """
            (select id as customer_id, manager_id, old_tier as from_tier, new_tier as to_tier
               from tier_eval
              where new_tier <> old_tier)""";

    /**
     * The customers this run newly flagged WATCH (watched for churn), valid like {@link #CHANGES}: one row per
     * customer with {@code customer_id}, {@code manager_id} and {@code tier} (its tier after the run).
     */
    public static final String WATCH_FLAGGED = """
            (select id as customer_id, manager_id, new_tier as tier
               from tier_eval
              where new_watch and not old_watch)""";

    /**
     * The DIAMOND and GOLD customers whose health score this run took from the policy's drop threshold or above to
     * below it, valid like {@link #CHANGES}: one row per customer with {@code customer_id}, {@code manager_id},
     * {@code tier}, {@code score}, {@code previous_score} and {@code threshold}. A customer that stays low is not in
     * it again.
     */
    public static final String HEALTH_DROPS = """
            (select id as customer_id, manager_id, new_tier as tier, health_score as score,
                    old_health as previous_score, health_drop_threshold as threshold
               from tier_eval
              where health_dropped)""";
}
