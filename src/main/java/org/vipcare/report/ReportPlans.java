package org.vipcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * The action plans and lessons of quarters and years. A save names the version it was based on (none for a plan not
 * written yet): whoever saved in between is never overwritten, the later save is refused as stale.
 */
@ApplicationScoped
@Transactional
public class ReportPlans {

    private final EntityManager em;
    private final Clock clock;

    public ReportPlans(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The plan of the period that contains {@code date}; empty when none was written or the period holds none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportPlan> of(ReportPeriod period, LocalDate date) {
        return period.holdsPlans() ? ReportPlan.find(period, period.start(date)) : Optional.empty();
    }

    /**
     * Writes the plan of the period that contains {@code date}, if its version is still {@code basedOn} (null: if
     * nobody wrote one yet); else 412. Blank texts are kept as empty ones.
     */
    public ReportPlan save(ReportPeriod period, LocalDate date, String actionPlan, String lessons, Long basedOn,
            String actor) {
        if (!period.holdsPlans()) {
            throw ProblemException.invalid("period", "report.plan.period", "only a QUARTER or a YEAR holds action plans");
        }
        String plan = text("actionPlan", actionPlan);
        String learnt = text("lessons", lessons);
        LocalDate start = period.start(date);
        Instant now = clock.instant();
        Optional<ReportPlan> found = ReportPlan.findForUpdate(period, start);
        if (found.isEmpty()) {
            if (basedOn != null || !created(period, start, plan, learnt, actor, now)) {
                throw stale(period, start);
            }
            return ReportPlan.find(period, start).orElseThrow();
        }
        ReportPlan existing = found.get();
        if (basedOn == null || basedOn != existing.version) {
            throw stale(period, start);
        }
        existing.actionPlan = plan;
        existing.lessons = learnt;
        existing.updatedBy = actor;
        existing.updatedAt = now;
        em.flush();
        return existing;
    }

    /** Inserts the period's first plan; false when another save made one first (two first saves at once). */
    private boolean created(ReportPeriod period, LocalDate start, String plan, String lessons, String actor,
            Instant now) {
        return em.createNativeQuery("""
                insert into report_plan (id, period, starts_on, action_plan, lessons, updated_by, created_at,
                                         updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 0)
                on conflict (period, starts_on) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, period.name()).setParameter(3, start)
                .setParameter(4, plan).setParameter(5, lessons).setParameter(6, actor).setParameter(7, now)
                .executeUpdate() == 1;
    }

    private static String text(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > ReportPlan.MAX_LENGTH) {
            throw ProblemException.invalid(new Problem.Violation(field,
                    "must be at most " + ReportPlan.MAX_LENGTH + " characters", "report.plan.too-long")
                    .with("max", ReportPlan.MAX_LENGTH));
        }
        return text;
    }

    private static ProblemException stale(ReportPeriod period, LocalDate start) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "report.plan.stale",
                "The action plan of the " + period + " from " + start + " was changed by someone else.");
    }
}
