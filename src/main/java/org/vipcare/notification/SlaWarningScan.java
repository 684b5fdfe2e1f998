package org.vipcare.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;

/**
 * The notifications no request makes: a running clock crossing 75 % (SLA_WARNING, to the owner) and a breached
 * complaint still unresolved after {@code vipcare.complaints.escalate-after} (ESCALATION: to the owner, the
 * supervisors and, because it now leaves the team, the admins). Runs as often as the breach scan, set-based, at most
 * {@code vipcare.notifications.batch} rows per kind and round; a replica that finds another scanning skips the round, and
 * the unique key keeps each notification to one per event and person whatever happens.
 */
@ApplicationScoped
public class SlaWarningScan {

    static final long LOCK_KEY = 0x6e6f74696679L;

    private static final String WARNINGS = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            select c.owner_id, 'SLA_WARNING', 'COMPLAINT', c.id, w.clock,
                   jsonb_build_object('customer', c.customer_id::text, 'clock', w.clock), :now
              from complaint c
             cross join lateral (
                   select case when c.contacted_at is null then 'CONTACT' else 'FEEDBACK' end as clock,
                          case when c.contacted_at is null then c.contact_warn_at else c.feedback_warn_at end as warn_at,
                          case when c.contacted_at is null then c.contact_breached else c.feedback_breached end
                              as breached) w
             where c.status <> 'CLOSED'
               and c.next_due_at > :now
               and w.warn_at <= :now
               and not w.breached
               and not exists (select 1 from notification n
                                where n.subject_id = c.id and n.kind = 'SLA_WARNING' and n.event_key = w.clock)
             limit :batch
            on conflict do nothing
            """;

    private static final String ESCALATIONS = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            select a.id, 'ESCALATION', 'COMPLAINT', c.id, 'UNRESOLVED',
                   jsonb_build_object('customer', c.customer_id::text, 'hours', :hours), :now
              from complaint c
              join app_user a on a.enabled
                             and (a.id = c.owner_id or string_to_array(a.roles, ',') && array['SUPERVISOR', 'ADMIN'])
             where c.escalated
               and c.status not in ('RESOLVED', 'CLOSED')
               and c.escalated_at <= :limit
               and not exists (select 1 from notification n
                                where n.subject_id = c.id and n.kind = 'ESCALATION' and n.recipient_id = a.id)
             order by c.escalated_at
             limit :batch
            on conflict do nothing
            """;

    private final EntityManager em;
    private final Clock clock;
    private final JobRuns runs;
    private final Duration escalateAfter;
    private final int batch;

    public SlaWarningScan(EntityManager em, Clock clock, JobRuns runs, VipCareConfig config) {
        this.em = em;
        this.clock = clock;
        this.runs = runs;
        this.escalateAfter = config.complaints().escalateAfter();
        this.batch = config.notifications().batch();
    }

    @Scheduled(every = "{vipcare.complaints.breach-scan}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.record("sla-warning-scan", scan(clock.instant()) >= 0);
    }

    /** Writes the warnings and escalations due at {@code now}; how many, or -1 if another replica scans. */
    @Transactional
    public int scan(Instant now) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        int warned = em.createNativeQuery(WARNINGS).setParameter("now", now).setParameter("batch", batch)
                .executeUpdate();
        return warned + em.createNativeQuery(ESCALATIONS).setParameter("now", now).setParameter("batch", batch)
                .setParameter("hours", String.valueOf(escalateAfter.toHours()))
                .setParameter("limit", now.minus(escalateAfter)).executeUpdate();
    }
}
