package org.vipcare.followup;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.BillChange;
import org.vipcare.tier.Tier;

/**
 * BILL_ANALYSIS calls (账单分析, SPEC 8): a GOLD-or-better customer whose spend in the last calendar month (business
 * zone) differs from the average monthly spend of the 3 months before it by more than
 * {@code vipcare.follow-ups.bill-analysis-threshold-percent} (30 %) gets a call from the manager, due at the
 * customer's next contact slot. Spend is what the tier evaluation counts: the amounts of records other than VISIT.
 * A customer with no spend in the 3 months before has no average to differ from and gets none.
 *
 * <p>At most one per customer and month: none while one is OPEN, none when one was made since the start of this
 * month (the job runs daily, so records of last month that arrive late still count, but a call done is not made
 * again the next day). One INSERT … SELECT over the four months' records; the due time is worked out once per
 * contact window of the high tiers. Every replica fires the cron; one claims the tick ({@link JobRuns}).
 */
@ApplicationScoped
public class BillAnalysisCalls {

    static final long LOCK_KEY = 0x62696c6cL;
    static final String JOB = "bill-analysis";

    private static final String WINDOWS = """
            select distinct c.contact_from, c.contact_to
              from customer_standing s
              join customer c on c.id = s.customer_id
             where s.tier in (:high) and not s.erased
            """;

    /**
     * Takes the due time per contact window as {@code w} ({@link CallTimes#dueByWindow}). {@code before} is the sum
     * of the 3 months before the last one; "differs by more than p %" is the rule of {@link BillChange}, which the
     * customer's bill analysis shows by the same words.
     */
    private static final String CREATE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                   max_attempts, brief, created_at, updated_at, version)
            select gen_random_uuid(), c.id, 'BILL_ANALYSIS', w.due_at, c.manager_id, 'OPEN',
                   'Spend in ' || :month || ': ' || spend.last || ' against ' || round(spend.before / 3, 2)
                       || ' a month before: go through the bill with the customer (账单分析)',
                   0, :maxTries, 'BILL_ANALYSIS', :now, :now, 0
              from (select r.customer_id,
                           coalesce(sum(r.amount) filter (where r.occurred_at >= :lastStart), 0) as last,
                           coalesce(sum(r.amount) filter (where r.occurred_at < :lastStart), 0) as before
                      from consumption_record r
                     where r.occurred_at >= :beforeStart and r.occurred_at < :lastEnd and r.kind <> 'VISIT'
                     group by r.customer_id) spend
              join customer_standing s on s.customer_id = spend.customer_id
              join customer c on c.id = spend.customer_id
              join %s on c.contact_from is not distinct from w.contact_from
                     and c.contact_to is not distinct from w.contact_to
             where s.tier in (:high) and not s.erased
               and %s
               and not exists (select 1 from follow_up f
                                where f.customer_id = c.id and f.purpose = 'BILL_ANALYSIS'
                                  and (f.status = 'OPEN' or f.created_at >= :lastEnd))
            """;

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;
    private final BusinessTime time;
    private final JobRuns runs;
    private final CallTimes callTimes;

    public BillAnalysisCalls(EntityManager em, Clock clock, VipCareConfig config, BusinessTime time, JobRuns runs,
            CallTimes callTimes) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.time = time;
        this.runs = runs;
        this.callTimes = callTimes;
    }

    @Scheduled(cron = "{vipcare.follow-ups.bill-analysis-cron}", timeZone = "{vipcare.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.record(JOB, createForTick(execution.getScheduledFireTime()) >= 0);
    }

    /** The scheduler's run for the cron tick at {@code tick}; -1 when another replica runs or ran that tick. */
    @Transactional
    int createForTick(Instant tick) {
        return runs.forTick(JOB, LOCK_KEY, tick, this::createNow);
    }

    /**
     * Makes the calls for the last calendar month before today (business zone, by the injected clock); returns how
     * many were made, or -1 when another replica is making them right now.
     */
    @Transactional
    public int create() {
        return runs.unlessRunning(LOCK_KEY, this::createNow);
    }


    @SuppressWarnings("unchecked")
    private int createNow() {
        List<String> high = Arrays.stream(Tier.values()).filter(Tier::isHigh).map(Enum::name).toList();
        List<Object[]> windows = em.createNativeQuery(WINDOWS).setParameter("high", high).getResultList();
        if (windows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        YearMonth last = YearMonth.from(time.today()).minusMonths(1);
        LocalDate lastStart = last.atDay(1);
        Query insert = em.createNativeQuery(CREATE.formatted(callTimes.dueByWindow(windows, now),
                BillChange.sqlDiffers("spend.last", "spend.before", ":percent")))
                .setParameter("high", high)
                .setParameter("month", last.toString())
                .setParameter("beforeStart", time.startOf(lastStart.minusMonths(3)))
                .setParameter("lastStart", time.startOf(lastStart))
                .setParameter("lastEnd", time.startOf(lastStart.plusMonths(1)))
                .setParameter("percent", config.followUps().billAnalysisThresholdPercent())
                .setParameter("maxTries", callTimes.maxTries())
                .setParameter("now", now);
        int created = insert.executeUpdate();
        if (created > 0) {
            Log.infof("Made %d BILL_ANALYSIS follow-up(s) for %s", created, last);
        }
        return created;
    }
}
