package org.vipcare.tier;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The evaluation of SPEC 2.1-2.3 and 2.5 as set-based SQL in one transaction: figures per customer over the window,
 * population averages and median tenure, then tier, WATCH, ABCD class, loyalty and the health score (docs/rules.md
 * "Health score") for everyone at once. Results,
 * history rows, what the observers of {@link TiersEvaluated} write (the follow-up feature's welcome calls) and the
 * run's counts commit together, so a crash half-way leaves the previous results as they were.
 */
@ApplicationScoped
public class TierEvaluationSql {

    /** Held for the whole run; lets another replica tell a crashed run from a running one. */
    static final long LOCK_KEY = 0x7469657245L;

    /** How far back the health score's spend trend reads: the last 90 days against the 90 before. */
    private static final int HEALTH_DAYS = 180;

    private static final String COMPUTE = """
            create temp table tier_eval on commit drop as
            with policy as (
                select window_days, watch_drop_ratio, health_drop_threshold,
                       cast(:asOf as timestamptz) - make_interval(days => window_days) as window_from,
                       -- the health score's two 90-day spans, worked out once rather than per record
                       cast(:asOf as timestamptz) - interval '90 days' as recent_from,
                       cast(:asOf as timestamptz) - interval '180 days' as before_from,
                       health_weight_recency as w_recency, health_weight_spend_trend as w_spend_trend,
                       health_weight_complaints as w_complaints, health_weight_satisfaction as w_satisfaction,
                       health_weight_retention as w_retention, health_weight_tenure as w_tenure
                  from tier_policy where version = :version
            ), activity as (
                -- the records summed per customer first: one pass in time order, then a hash join. The pass reaches
                -- back over the window or the health score's 180 days, whichever is longer (recordsFrom).
                select r.customer_id,
                       sum(r.amount) filter (where r.kind <> 'VISIT'
                            and r.occurred_at > (select window_from from policy)) as spend,
                       count(*) filter (where r.kind <> 'SPEND'
                            and r.occurred_at > (select window_from from policy)) as visits,
                       count(*) filter (where r.kind <> 'SPEND'
                            and r.occurred_at > (select recent_from from policy)) as recent_visits,
                       count(*) filter (where r.occurred_at > (select window_from from policy)) as records,
                       max(r.occurred_at) filter (where r.occurred_at > (select window_from from policy)) as last_record,
                       sum(r.amount) filter (where r.kind <> 'VISIT'
                            and r.occurred_at > (select recent_from from policy)) as spend_recent,
                       sum(r.amount) filter (where r.kind <> 'VISIT'
                            and r.occurred_at <= (select recent_from from policy)
                            and r.occurred_at > (select before_from from policy)) as spend_before
                  from consumption_record r
                 where r.occurred_at > :recordsFrom
                   and r.occurred_at <= :asOf
                 group by r.customer_id
            ), calls as (
                -- reached calls per customer: the last one, and the average satisfaction of the last three that
                -- recorded one (numbered apart from those that did not)
                select customer_id, max(at) as last_call, avg(satisfaction) filter (where n <= 3) as satisfaction
                  from (select f.customer_id, a.at, a.satisfaction,
                               row_number() over (partition by f.customer_id, a.satisfaction is null
                                                  order by a.at desc, a.id) as n
                          from follow_up_attempt a
                          join follow_up f on f.id = a.follow_up_id
                         where a.outcome = 'REACHED' and a.at <= :asOf) x
                 group by customer_id
            ), visited as (
                -- a manager's visit to an enterprise customer is activity too
                select customer_id, max(visited_at) as last_visit
                  from visit where status = 'DONE' and visited_at <= :asOf
                 group by customer_id
            ), troubles as (
                -- each open complaint counts one, and so does each missed clock of a complaint of the last 180 days
                select customer_id,
                       count(*) filter (where status <> 'CLOSED')
                       + count(*) filter (where contact_breached
                            and received_at > cast(:asOf as timestamptz) - interval '180 days')
                       + count(*) filter (where feedback_breached
                            and received_at > cast(:asOf as timestamptz) - interval '180 days') as troubles
                  from complaint
                 where status <> 'CLOSED' or received_at > cast(:asOf as timestamptz) - interval '180 days'
                 group by customer_id
            ), open_cases as (
                select distinct customer_id from retention_case where stage <> 'CLOSED'
            ), figures as (
                select c.id, s.tier as old_tier, s.watch as old_watch, c.manager_id,
                       s.health_score as old_health,
                       cast(extract(year from age(:today, c.joined_at)) * 12
                            + extract(month from age(:today, c.joined_at)) as int) as tenure,
                       coalesce(a.spend, 0) as spend,
                       cast(coalesce(a.visits, 0) as int) as visits,
                       cast(coalesce(a.recent_visits, 0) as int) as recent_visits,
                       coalesce(a.records, 0) as records,
                       greatest(a.last_record, k.last_call, v.last_visit) as last_activity,
                       coalesce(a.spend_recent, 0) as spend_recent,
                       coalesce(a.spend_before, 0) as spend_before,
                       coalesce(t.troubles, 0) as troubles,
                       k.satisfaction,
                       o.customer_id is not null as open_case
                  from customer c
                  join customer_standing s on s.customer_id = c.id
                  left join activity a on a.customer_id = c.id
                  left join calls k on k.customer_id = c.id
                  left join visited v on v.customer_id = c.id
                  left join troubles t on t.customer_id = c.id
                  left join open_cases o on o.customer_id = c.id
                 where c.erased_at is null
            ), population as (
                select avg(spend) as avg_spend, avg(visits) as avg_visits,
                       percentile_cont(0.5) within group (order by tenure) as median_tenure, count(*) as n
                  from figures
            ), tiered as (
                select f.*, p.avg_spend, p.avg_visits, p.median_tenure, p.n,
                       row_number() over (order by f.spend desc, f.id) as spend_rank,
                       -- the first tier, by rank, whose every set condition holds; a multiplier condition needs
                       -- some activity, so an all-zero population does not make everyone DIAMOND
                       (select t.code from tier_rule t
                         where t.policy_version = :version
                           and (t.spend_multiplier is null
                                or (f.spend > 0 and f.spend >= t.spend_multiplier * p.avg_spend))
                           and (t.visit_multiplier is null
                                or (f.visits > 0 and f.visits >= t.visit_multiplier * p.avg_visits))
                           and (t.min_spend is null or f.spend >= t.min_spend)
                           and (t.min_visits is null or f.visits >= t.min_visits)
                         order by t.rank limit 1) as new_tier
                  from figures f cross join population p
            ), health as (
                -- the components of docs/rules.md "Health score", each rounded to a whole number from 0 to 100
                select t.*,
                       -- recency: 100 up to the customer's own interval I = W / R (window days W, records R in
                       -- it), then linearly down to 0 at 3I: 100 × (3I − d) / 2I = 50 × (3W − dR) / W, rounded half up
                       -- in whole numbers (numeric arithmetic here cost seconds at a million); d = whole days since the
                       -- last record, reached call or visit
                       cast(case when t.last_activity is null then 0
                                 else greatest(0, least(100,
                                      (100 * (3 * (select window_days from policy)
                                              - cast(floor(date_part('epoch', cast(:asOf as timestamptz)
                                                                                - t.last_activity) / 86400) as bigint)
                                                * greatest(t.records, 1))
                                       + (select window_days from policy))
                                      / (2 * (select window_days from policy))))
                            end as smallint) as h_recency,
                       -- spend trend: the last 90 days against the 90 before, as a percentage capped at 100
                       cast(case when t.spend_before = 0 then case when t.spend_recent > 0 then 100 else 50 end
                                 else round(least(100, 100 * t.spend_recent / t.spend_before))
                            end as smallint) as h_spend_trend,
                       cast(greatest(0, 100 - 25 * t.troubles) as smallint) as h_complaints,
                       cast(case when t.satisfaction is null then 50 else round((t.satisfaction - 1) * 25) end
                            as smallint) as h_satisfaction,
                       cast(case when t.open_case then 0 else 100 end as smallint) as h_retention,
                       cast(least(100, (greatest(t.tenure, 0) * 100 + 12) / 24) as smallint) as h_tenure
                  from tiered t
            ), scored as (
                select h.*,
                       -- the weighted sum / 100, rounded half up in whole numbers
                       (p.w_recency * h.h_recency + p.w_spend_trend * h.h_spend_trend
                        + p.w_complaints * h.h_complaints + p.w_satisfaction * h.h_satisfaction
                        + p.w_retention * h.h_retention + p.w_tenure * h.h_tenure + 50) / 100 as health_score,
                       p.health_drop_threshold
                  from health h cross join policy p
            )
            -- only what HISTORY, APPLY, FINISH and the TiersEvaluated relations read: the temp table is written and read
            -- back at a million rows, and its width is time (530 bytes a row with every figure: +12 s at a million)
            select t.id, t.manager_id, t.old_tier, t.new_tier, t.old_watch, t.spend, t.visits, t.avg_spend, t.avg_visits,
                   t.old_health, t.health_score, t.health_drop_threshold, t.h_recency, t.h_spend_trend, t.h_complaints,
                   t.h_satisfaction, t.h_retention, t.h_tenure,
                   case t.old_tier when 'DIAMOND' then 1 when 'GOLD' then 2 when 'SILVER' then 3 else 4 end as old_rank,
                   case t.new_tier when 'DIAMOND' then 1 when 'GOLD' then 2 when 'SILVER' then 3 else 4 end as new_rank,
                   (t.new_tier in ('DIAMOND', 'GOLD', 'SILVER')
                       and t.recent_visits < (select watch_drop_ratio from policy) * t.visits * 90.0
                                             / (select window_days from policy)) as new_watch,
                   case when t.spend_rank * 5 <= t.n then 'A'
                        when t.spend_rank * 2 <= t.n then 'B'
                        when t.spend_rank * 5 <= t.n * 4 then 'C'
                        else 'D' end as new_class,
                   case when t.visits > 0 and t.visits >= t.avg_visits
                        then case when t.tenure >= t.median_tenure then 'HIGH' else 'INERTIAL' end
                        else case when t.tenure >= t.median_tenure then 'LATENT' else 'ZERO' end end as new_loyalty,
                   case when t.old_health is null then 'FLAT'
                        when t.health_score >= t.old_health + 5 then 'UP'
                        when t.health_score <= t.old_health - 5 then 'DOWN'
                        else 'FLAT' end as health_trend,
                   -- HEALTH_DROP: a DIAMOND or GOLD customer whose score crossed below the threshold in this run
                   (t.new_tier in ('DIAMOND', 'GOLD') and t.old_health >= t.health_drop_threshold
                       and t.health_score < t.health_drop_threshold) as health_dropped
              from scored t
            """;

    private static final String HISTORY = """
            insert into tier_history (id, customer_id, from_tier, to_tier, reason, policy_version, changed_at,
                                      cause, window_spend, average_spend, window_visits, average_visits)
            select gen_random_uuid(), id, old_tier, new_tier,
                   format('evaluation: spend %s (average %s), visits %s (average %s)',
                          spend, round(avg_spend, 2), visits, round(avg_visits, 2)),
                   :version, :asOf, 'EVALUATION', spend, round(avg_spend, 2), visits, round(avg_visits, 2)
              from tier_eval where new_tier <> old_tier
            """;

    private static final String APPLY = """
            update customer_standing s
               set tier = x.new_tier, watch = x.new_watch, value_class = x.new_class, loyalty_type = x.new_loyalty,
                   window_spend = x.spend, window_visits = x.visits, health_score = x.health_score,
                   health_previous = x.old_health, health_trend = x.health_trend, health_recency = x.h_recency,
                   health_spend_trend = x.h_spend_trend, health_complaints = x.h_complaints,
                   health_satisfaction = x.h_satisfaction, health_retention = x.h_retention,
                   health_tenure = x.h_tenure
              from tier_eval x
             where s.customer_id = x.id
               and (s.tier, s.watch, s.value_class, s.loyalty_type, s.window_spend, s.window_visits, s.health_score,
                    s.health_previous, s.health_trend, s.health_recency, s.health_spend_trend, s.health_complaints,
                    s.health_satisfaction, s.health_retention, s.health_tenure)
                   is distinct from (x.new_tier, x.new_watch, x.new_class, x.new_loyalty, x.spend, x.visits,
                    x.health_score, x.old_health, x.health_trend, x.h_recency, x.h_spend_trend, x.h_complaints,
                    x.h_satisfaction, x.h_retention, x.h_tenure)
            """;

    // Lists filter and count by the new standing as soon as the run commits; with the old statistics (everyone
    // ORDINARY after a first load, say) the planner would expect one DIAMOND and pick plans ten times slower until
    // autovacuum's analyze came round. A sample of the narrow table: well under a second at a million. Only the table's
    // owner may analyze it, so this goes through the owner's function (V17).
    private static final String STATISTICS = """
            select analyze_customer_standing()
            """;

    private static final String FINISH = """
            update tier_evaluation e
               set status = 'DONE', finished_at = :finishedAt, evaluated = s.evaluated, upgraded = s.upgraded,
                   downgraded = s.downgraded, watch_flagged = s.watch_flagged
              from (select count(*) as evaluated,
                           count(*) filter (where new_rank < old_rank) as upgraded,
                           count(*) filter (where new_rank > old_rank) as downgraded,
                           count(*) filter (where new_watch and not old_watch) as watch_flagged
                      from tier_eval) s
             where e.id = :id
            """;

    private final EntityManager em;
    private final Clock clock;
    private final Event<TiersEvaluated> evaluated;

    public TierEvaluationSql(EntityManager em, Clock clock, Event<TiersEvaluated> evaluated) {
        this.em = em;
        this.clock = clock;
        this.evaluated = evaluated;
    }

    /** Runs the whole evaluation; returns false when another run holds the lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600) // a big book takes minutes; the default 60 s would cancel it
    public boolean run(UUID id, int policyVersion, Instant asOf, LocalDate today) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return false;
        }
        // The records' lower bound as a value rather than a subquery of the policy: the planner then expects the ~15 M
        // records it reads, not 75,000, and sums them in parallel instead of spilling one hash table to disk.
        int windowDays = ((Number) em.createNativeQuery("select window_days from tier_policy where version = ?1")
                .setParameter(1, policyVersion).getSingleResult()).intValue();
        Instant recordsFrom = asOf.minus(Math.max(windowDays, HEALTH_DAYS), ChronoUnit.DAYS);
        em.createNativeQuery(COMPUTE).setParameter("version", policyVersion).setParameter("asOf", asOf)
                .setParameter("today", today).setParameter("recordsFrom", recordsFrom).executeUpdate();
        em.createNativeQuery(HISTORY).setParameter("version", policyVersion).setParameter("asOf", asOf)
                .executeUpdate();
        em.createNativeQuery(APPLY).executeUpdate();
        em.createNativeQuery(STATISTICS).getSingleResult();
        evaluated.fire(new TiersEvaluated(id, policyVersion, asOf));
        em.createNativeQuery(FINISH).setParameter("finishedAt", clock.instant()).setParameter("id", id).executeUpdate();
        return true;
    }

    /** True when no transaction holds the evaluation lock, i.e. nothing is really running. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean nobodyRunning() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY)
                .getSingleResult();
    }
}
