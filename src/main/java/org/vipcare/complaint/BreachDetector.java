package org.vipcare.complaint;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.JobRuns;

/**
 * Marks complaints whose contact or feedback clock ran out (SPEC 4): {@code escalated} and the breach, with an
 * ESCALATED history line; the status does not change. Marks are sticky: a late contact or feedback sets
 * contactOnTime/feedbackOnTime false, which the next scan marks as well, so a late action cannot slip between two
 * scans. Set-based statements of at most {@value #BATCH} complaints, earliest deadline first, each in its own short
 * transaction, so a backlog (after an outage, say) neither holds thousands of row locks nor outlives the transaction
 * timeout. Safe on many replicas: the update only ever adds marks, a replica that finds another scanning skips this
 * round, and rows a request is moving right now are left for the next scan.
 */
@ApplicationScoped
public class BreachDetector {

    static final long LOCK_KEY = 0x636f6d706cL;
    static final int BATCH = 1000;

    private static final String SCAN = """
            with due as (
                select id, status,
                       not contact_breached and contact_on_time is not true and contact_due_at < :now as contact,
                       not feedback_breached and feedback_on_time is not true and feedback_due_at < :now as feedback
                  from complaint
                 where status <> 'CLOSED'
                   and ((not contact_breached and contact_on_time is not true and contact_due_at < :now)
                     or (not feedback_breached and feedback_on_time is not true and feedback_due_at < :now))
                 order by least(contact_due_at, feedback_due_at)
                 limit :batch
                   for update skip locked
            ), marked as (
                update complaint c
                   set escalated = true,
                       escalated_at = coalesce(c.escalated_at, :now),
                       contact_breached = c.contact_breached or due.contact,
                       feedback_breached = c.feedback_breached or due.feedback
                  from due
                 where c.id = due.id
                returning c.id, c.customer_id, c.owner_id, due.status, due.contact, due.feedback
            ), logged as (
                insert into complaint_event (id, complaint_id, at, kind, actor, from_status, to_status, contact_missed,
                                             feedback_missed)
                select gen_random_uuid(), id, :now, 'ESCALATED', 'system', status, status, contact, feedback
                  from marked
            )
            select id, customer_id, owner_id, contact, feedback from marked
            """;

    private final EntityManager em;
    private final Clock clock;
    private final JobRuns runs;
    private final Event<ComplaintBreached> breached;

    public BreachDetector(EntityManager em, Clock clock, JobRuns runs, Event<ComplaintBreached> breached) {
        this.em = em;
        this.clock = clock;
        this.runs = runs;
        this.breached = breached;
    }

    @Scheduled(every = "{vipcare.complaints.breach-scan}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.record("breach-detector", scan(clock.instant()) >= 0);
    }

    /**
     * Marks every complaint breaching at {@code now}, batch after batch; returns how many were newly marked, -1 if
     * another replica scans.
     */
    public int scan(Instant now) {
        return scan(now, BATCH);
    }

    int scan(Instant now, int batch) {
        int total = 0;
        int marked;
        do {
            marked = scanBatch(now, batch);
            if (marked < 0) {
                return total == 0 ? -1 : total;
            }
            total += marked;
        } while (marked == batch);
        if (total > 0) {
            Log.infof("Escalated %d complaint(s) for missed SLA deadlines", total);
        }
        return total;
    }

    /** Its own transaction when called from the scheduler; within the caller's when there is one (the demo book). */
    @Transactional
    int scanBatch(Instant now, int batch) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        List<?> marked = em.createNativeQuery(SCAN).setParameter("now", now).setParameter("batch", batch)
                .getResultList();
        // Each newly missed clock, announced in this transaction (notifications are written with the marks).
        for (Object row : marked) {
            Object[] columns = (Object[]) row;
            UUID id = (UUID) columns[0];
            UUID customerId = (UUID) columns[1];
            UUID ownerId = (UUID) columns[2];
            if ((Boolean) columns[3]) {
                breached.fire(new ComplaintBreached(id, customerId, ownerId, ComplaintBreach.CONTACT, now));
            }
            if ((Boolean) columns[4]) {
                breached.fire(new ComplaintBreached(id, customerId, ownerId, ComplaintBreach.FEEDBACK, now));
            }
        }
        return marked.size();
    }
}
