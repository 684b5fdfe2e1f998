package org.vipcare.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.vipcare.common.BaseEntity;

/**
 * The action plans and lessons written for one quarter or year (行动计划、经验教训), kept with the period's report. A
 * period has at most one; it exists once somebody saved it.
 */
@Entity
public class ReportPlan extends BaseEntity {

    /** The longest text either field keeps (the database checks it too). */
    public static final int MAX_LENGTH = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportPeriod period;

    /** The period's first day in the business zone. */
    @Column(nullable = false)
    public LocalDate startsOn;

    @Column(nullable = false)
    public String actionPlan = "";

    @Column(nullable = false)
    public String lessons = "";

    public String updatedBy;

    public static Optional<ReportPlan> find(ReportPeriod period, LocalDate startsOn) {
        return find("period = ?1 and startsOn = ?2", period, startsOn).firstResultOptional();
    }

    static Optional<ReportPlan> findForUpdate(ReportPeriod period, LocalDate startsOn) {
        return find("period = ?1 and startsOn = ?2", period, startsOn).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
