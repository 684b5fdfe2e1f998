package org.vipcare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The manager performance report (issue 15, "a view of a manager's own figures") over the business days [from, to]:
 * a row per manager, by display name, and the team's total. Rates are fractions 0..1 with four places, hours have
 * one place, money and averages two; a rate or average is null when there is nothing to divide by.
 * docs/manager-report.md defines every figure.
 */
@Schema(examples = ManagerReportExamples.JSON)
public record ManagerReport(
        @Schema(description = "First business day of the period (vipcare.zone)") LocalDate from,
        @Schema(description = "Last business day of the period, inclusive") LocalDate to,
        String zone,
        @Schema(description = "Days in the period, to - from + 1") int days,
        @Schema(description = "A manager's monthly service hours (vipcare.tiers.monthly-call-hours); a period plans "
                + "monthlyServiceHours x days / 30 of them") int monthlyServiceHours,
        @Schema(description = "A row per manager, by display name; an agent gets its own row only")
        List<ManagerFigures> managers,
        @Schema(description = "The sums of all rows, rates worked out from the sums; null for an agent",
                nullable = true) ManagerFigures team) {

    @Schema(description = "A manager's figures; userId and displayName are null on the team row")
    public record ManagerFigures(UUID userId, String displayName, ManagerBook book, ManagerServiceTime serviceTime,
            ManagerReturns returns, ManagerWelcome welcome, ManagerRetention retention, ManagerComplaints complaints,
            ManagerSatisfaction satisfaction) {
    }

    @Schema(description = "The manager's customers now (customer.managerId, not erased): their current tier, WATCH "
            + "flag, ABCD value class and, for enterprise customers, enterprise class")
    public record ManagerBook(long customers, Map<Tier, Long> byTier, long watch, Map<ValueClass, Long> byValueClass,
            Map<EnterpriseClass, Long> byEnterpriseClass) {
    }

    @Schema(description = "Service time in the period against the plan: planned = monthlyServiceHours x days / 30 "
            + "x the class's share (A 40 %, B 30 %, C 20 %, D 10 %); actual = the durations of the calls the manager "
            + "made in the period plus those of the manager's visits done in it, by the customer's current value "
            + "class; ratio = actual / planned")
    public record ManagerServiceTime(BigDecimal plannedHours, BigDecimal actualHours,
            @Schema(nullable = true) BigDecimal ratio, BigDecimal callHours, BigDecimal visitHours,
            List<ManagerClassTime> byValueClass) {
    }

    public record ManagerClassTime(ValueClass valueClass, int sharePercent, BigDecimal plannedHours,
            BigDecimal actualHours, @Schema(nullable = true) BigDecimal ratio) {
    }

    @Schema(description = "回站率 and 客单价 of the manager's customers (基盘): returnRate = customers with a visit "
            + "(a VISIT or BOTH record) in the period / customers; averageTicket = spend (of SPEND and BOTH "
            + "records) / tickets (those records)")
    public record ManagerReturns(long baseCustomers, long returningCustomers,
            @Schema(nullable = true) BigDecimal returnRate, BigDecimal spend, long tickets,
            @Schema(nullable = true) BigDecimal averageTicket) {
    }

    @Schema(description = "WELCOME calls assigned to the manager and due in the period (not cancelled): onTime = "
            + "reached at or before the due time; late = reached after it, or not reached and past it; onTimeRate = "
            + "onTime / (onTime + late)")
    public record ManagerWelcome(long due, long onTime, long late, @Schema(nullable = true) BigDecimal onTimeRate) {
    }

    @Schema(description = "The manager's retention cases closed in the period: retentionRate = (retained + partial) "
            + "/ closed, as the retention statistics count it")
    public record ManagerRetention(long closed, long retained, long partial, long lost,
            @Schema(nullable = true) BigDecimal retentionRate) {
    }

    @Schema(description = "Complaints owned by the manager and received in the period, with the complaint report's "
            + "SLA attainment: a clock counts once it has an outcome (met, met late or missed)")
    public record ManagerComplaints(long received, long contactOnTime, long contactOutcomes,
            @Schema(nullable = true) BigDecimal contactOnTimeRate, long feedbackOnTime, long feedbackOutcomes,
            @Schema(nullable = true) BigDecimal feedbackOnTimeRate, long breaches) {
    }

    @Schema(description = "Satisfaction (1-5) recorded on the calls the manager reached in the period")
    public record ManagerSatisfaction(@Schema(nullable = true) BigDecimal average, long answers) {
    }
}
