package org.vipcare.visit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;
import org.vipcare.notification.NotificationKind;
import org.vipcare.notification.NotificationSubject;
import org.vipcare.notification.Notifications;

/**
 * VISIT_DUE: tells an enterprise customer's manager once its due visit is overdue (its due date, business zone, has
 * passed without a DONE visit). One notification per manager, customer and due date: the event key is the due date,
 * so the next run, a replay or another replica writes nothing, and a visit done moves the due date and so makes the
 * next lateness news again. Every replica fires the cron; one claims the tick ({@link JobRuns}).
 */
@ApplicationScoped
public class VisitDueScan {

    static final long LOCK_KEY = 0x7669736974L;
    static final String JOB = "visit-due";
    /** The most customers one run looks at; the rest follow in the next run. */
    static final int BATCH = 5000;

    private final EntityManager em;
    private final Clock clock;
    private final BusinessTime time;
    private final JobRuns runs;
    private final VisitService visits;
    private final Notifications notifications;

    public VisitDueScan(EntityManager em, Clock clock, BusinessTime time, JobRuns runs, VisitService visits,
            Notifications notifications) {
        this.em = em;
        this.clock = clock;
        this.time = time;
        this.runs = runs;
        this.visits = visits;
        this.notifications = notifications;
    }

    @Scheduled(cron = "{vipcare.visits.due-cron}", timeZone = "{vipcare.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.record(JOB, scanForTick(execution.getScheduledFireTime()) >= 0);
    }

    @Transactional
    int scanForTick(Instant tick) {
        return runs.forTick(JOB, LOCK_KEY, tick, this::scanNow);
    }

    /** Announces the visits overdue today (business zone); how many notifications are new, -1 if another replica scans. */
    @Transactional
    public int scan() {
        return runs.unlessRunning(LOCK_KEY, this::scanNow);
    }


    private int scanNow() {
        Instant now = clock.instant();
        int created = 0;
        for (VisitDue due : visits.due(null, time.today().minusDays(1), BATCH)) {
            if (due.managerId() == null) {
                continue;
            }
            created += notifications.notify(List.of(due.managerId()), NotificationKind.VISIT_DUE,
                    NotificationSubject.CUSTOMER, due.customerId(), "visit-due@" + due.dueOn(),
                    Map.of("customer", due.customerId().toString(), "due", due.dueOn().toString()), now);
        }
        return created;
    }
}
