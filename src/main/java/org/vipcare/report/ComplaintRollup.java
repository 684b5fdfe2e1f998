package org.vipcare.report;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;

/**
 * The monthly roll-up of complaints (complaint_month, complaint_staff_month; V10) that whole-month reports read. Its
 * triggers append each change's differences in the writer's transaction; this folds them into the monthly sums every
 * few seconds (reports read sums and pending differences together, so a merge changes no figure, it only keeps the
 * differences few), and makes sure the months are the service zone's: at start, a zone other than the one the roll-up
 * was built for rebuilds it (complaints are locked against writes meanwhile, seconds at a million). Safe on many
 * replicas: one merge or rebuild at a time (an advisory lock); a replica finding the zone already right does nothing.
 */
@ApplicationScoped
public class ComplaintRollup {

    private final EntityManager em;
    private final BusinessTime time;
    private final JobRuns runs;

    public ComplaintRollup(EntityManager em, BusinessTime time, JobRuns runs) {
        this.em = em;
        this.time = time;
        this.runs = runs;
    }

    void onStart(@Observes @Priority(5) StartupEvent start) {
        if (rebuildFor(time.zone())) {
            Log.infof("Complaint roll-up rebuilt for months in %s", time.zone());
        }
    }

    @Scheduled(every = "{vipcare.complaints.rollup-merge}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.record("complaint-rollup", merge() >= 0);
    }

    /** Folds the pending differences into the monthly sums; the sums changed, -1 if another merge is running. */
    @Transactional
    public int merge() {
        return ((Number) em.createNativeQuery("select complaint_month_merge()").getSingleResult()).intValue();
    }

    /** Rebuilds the roll-up for months in {@code zone} unless it has them already; true when it rebuilt. */
    @Transactional
    public boolean rebuildFor(ZoneId zone) {
        return (Boolean) em.createNativeQuery("select complaint_month_rebuild(:zone)")
                .setParameter("zone", zone.getId()).getSingleResult();
    }

    /** Whether the roll-up's months are calendar months in {@code zone}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isIn(ZoneId zone) {
        return zone.getId().equals(em.createNativeQuery("select zone from complaint_month_zone").getSingleResult());
    }
}
