package org.vipcare.followup;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;

/**
 * RENEWAL calls (SPEC 8): an ACTIVE CONTRACT product (table product, V37) that ends within
 * {@code vipcare.products.renewal-lead-days} (60) days of today (business zone) and has not ended yet gets one call
 * from the customer's manager, due at the customer's next contact slot. One per product and end date (unique index
 * follow_up_renewal_once): running the job again makes none, a new end date makes a new one. Read as SQL, so that
 * follow-ups need nothing of the product feature. Every replica fires the cron; one claims the tick ({@link JobRuns}).
 */
@ApplicationScoped
public class RenewalCalls {

    static final long LOCK_KEY = 0x72656e6577L;
    static final String JOB = "renewal";

    /** The contracts that need their call: p joined with its customer c. */
    private static final String DUE = """
              from product p
              join customer c on c.id = p.customer_id
            %s
             where p.kind = 'CONTRACT' and p.status = 'ACTIVE'
               and p.ends_at between :today and :last
               and c.erased_at is null
               and not exists (select 1 from follow_up f where f.product_id = p.id and f.product_ends_at = p.ends_at)
            """;

    private static final String WINDOWS = "select distinct c.contact_from, c.contact_to " + DUE.formatted("");

    /** Takes the due time per contact window as {@code w} ({@link CallTimes#dueByWindow}). */
    private static final String CREATE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                   max_attempts, brief, product_id, product_ends_at, created_at, updated_at, version)
            select gen_random_uuid(), c.id, 'RENEWAL', w.due_at, c.manager_id, 'OPEN',
                   'Contract ' || p.name || ' ends on ' || p.ends_at || ': talk about renewing it (续约)',
                   0, :maxTries, 'RENEWAL', p.id, p.ends_at, :now, :now, 0
            """ + DUE.formatted("""
              join %s on c.contact_from is not distinct from w.contact_from
                     and c.contact_to is not distinct from w.contact_to""") + """
            on conflict (product_id, product_ends_at) where product_id is not null do nothing
            """;

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;
    private final BusinessTime time;
    private final JobRuns runs;
    private final CallTimes callTimes;

    public RenewalCalls(EntityManager em, Clock clock, VipCareConfig config, BusinessTime time, JobRuns runs,
            CallTimes callTimes) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.time = time;
        this.runs = runs;
        this.callTimes = callTimes;
    }

    @Scheduled(cron = "{vipcare.products.renewal-cron}", timeZone = "{vipcare.zone}",
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
     * Makes the calls for the contracts ending within the lead time of today (business zone, by the injected clock);
     * returns how many were made, or -1 when another replica is making them right now.
     */
    @Transactional
    public int create() {
        return runs.unlessRunning(LOCK_KEY, this::createNow);
    }


    @SuppressWarnings("unchecked")
    private int createNow() {
        LocalDate today = time.today();
        LocalDate last = today.plusDays(config.products().renewalLeadDays());
        List<Object[]> windows = em.createNativeQuery(WINDOWS).setParameter("today", today).setParameter("last", last)
                .getResultList();
        if (windows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int created = em.createNativeQuery(CREATE.formatted(callTimes.dueByWindow(windows, now)))
                .setParameter("today", today)
                .setParameter("last", last)
                .setParameter("maxTries", callTimes.maxTries())
                .setParameter("now", now)
                .executeUpdate();
        if (created > 0) {
            Log.infof("Made %d RENEWAL follow-up(s) for contracts ending by %s", created, last);
        }
        return created;
    }
}
