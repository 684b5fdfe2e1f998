package org.vipcare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint report (SPEC 4, 抱怨分析及报告) over complaints received in [from, to). Rates are fractions 0..1 with
 * four places, averages have two; both are null when there is nothing to divide by.
 */
@Schema(examples = ReportExamples.WEEK)
public record ComplaintReport(ReportPeriod period, LocalDate date, String zone, OffsetDateTime from, OffsetDateTime to,
        long total, List<CategoryCount> byCategory, List<DepartmentCount> byDepartment, List<OwnerCount> byOwner,
        List<StaffCount> topComplainedStaff, List<PraisedStaff> praisedStaff, SlaAttainment slaAttainment,
        BigDecimal averageSatisfaction, long satisfactionAnswers, List<Month> trend) {

    public record CategoryCount(String category, long count) {
    }

    /** Department of the owner; null for owners without one. */
    public record DepartmentCount(String department, long count) {
    }

    /** breaches: missed clocks (contact and feedback) of the owner's complaints. */
    public record OwnerCount(UUID userId, String displayName, String department, long count, long breaches) {
    }

    /** Complaints naming a staff member concerned, by that staff member. */
    public record StaffCount(UUID userId, String displayName, String department, long count) {
    }

    public record PraisedStaff(UUID userId, String displayName, String department, BigDecimal averageSatisfaction,
            long answers) {
    }

    /**
     * On-time rates over the complaints whose clock has an outcome (met, met late, or missed); breaches count the
     * clocks missed or met late.
     */
    public record SlaAttainment(BigDecimal contactOnTimeRate, BigDecimal feedbackOnTimeRate, long contactBreaches,
            long feedbackBreaches) {
    }

    /** month: yyyy-MM in the report's zone. */
    public record Month(String month, long total, List<CategoryCount> byCategory) {
    }
}
