package org.vipcare.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;

/**
 * The notifications of calls no request makes: an open call past its due time by {@code
 * vipcare.notifications.overdue-grace} (FOLLOW_UP_OVERDUE, to its assignee, once per due time: a call rescheduled
 * and late again is announced again) and an unanswered opinion within {@code vipcare.notifications.opinion-lead} of
 * its answer deadline (OPINION_DUE, to the call's assignee and every supervisor, once per opinion). Set-based and at
 * most {@code batch} rows per kind and round; a replica that finds another scanning skips the round, and the unique
 * key keeps each notification to one per event and person whatever happens.
 */
@ApplicationScoped
public class CallDueScan {

    static final long LOCK_KEY = 0x6e6f74696679L + 1;

    /** The due time as written into the event key: the same text for the same instant, whatever the session zone. */
    private static final String DUE_KEY = "to_char(f.due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static final String OVERDUE = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            select f.assignee_id, 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP', f.id, 'due@' || %1$s,
                   jsonb_build_object('customer', f.customer_id::text, 'purpose', f.purpose, 'due', %1$s), :now
              from follow_up f
             where f.status = 'OPEN'
               and f.assignee_id is not null
               and f.due_at <= :overdueBefore
               and f.due_at > :since
               and not exists (select 1 from notification n
                                where n.recipient_id = f.assignee_id and n.kind = 'FOLLOW_UP_OVERDUE'
                                  and n.subject_id = f.id and n.event_key = 'due@' || %1$s)
             order by f.due_at
             limit :batch
            on conflict do nothing
            """.formatted(DUE_KEY);

    private static final String OPINIONS = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            select r.id, 'OPINION_DUE', 'FOLLOW_UP', f.id, 'opinion@' || a.id::text,
                   jsonb_build_object('customer', f.customer_id::text, 'purpose', f.purpose,
                                      'attempt', a.id::text, 'due',
                                      to_char(a.answer_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')), :now
              from follow_up_attempt a
              join follow_up f on f.id = a.follow_up_id
              join app_user r on r.enabled
                             and (r.id = f.assignee_id or 'SUPERVISOR' = any(string_to_array(r.roles, ',')))
             where a.answer_due_at is not null
               and a.answered_at is null
               and f.status <> 'CANCELLED'
               and a.answer_due_at <= :dueBefore
               and a.answer_due_at > :since
               and not exists (select 1 from notification n
                                where n.recipient_id = r.id and n.kind = 'OPINION_DUE'
                                  and n.subject_id = f.id and n.event_key = 'opinion@' || a.id::text)
             order by a.answer_due_at
             limit :batch
            on conflict do nothing
            """;

    private final EntityManager em;
    private final Clock clock;
    private final JobRuns runs;
    private final VipCareConfig.NotificationScans config;

    public CallDueScan(EntityManager em, Clock clock, JobRuns runs, VipCareConfig config) {
        this.em = em;
        this.clock = clock;
        this.runs = runs;
        this.config = config.notifications();
    }

    @Scheduled(every = "{vipcare.notifications.scan}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.record("call-due-scan", scan(clock.instant()) >= 0);
    }

    /** Writes the overdue calls and due opinions at {@code now}; how many, or -1 if another replica scans. */
    @Transactional
    public int scan(Instant now) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        Instant since = now.minus(config.lookBack());
        int overdue = em.createNativeQuery(OVERDUE).setParameter("now", now)
                .setParameter("overdueBefore", now.minus(config.overdueGrace())).setParameter("since", since)
                .setParameter("batch", config.batch()).executeUpdate();
        return overdue + em.createNativeQuery(OPINIONS).setParameter("now", now)
                .setParameter("dueBefore", now.plus(config.opinionLead())).setParameter("since", since)
                .setParameter("batch", config.batch()).executeUpdate();
    }
}
