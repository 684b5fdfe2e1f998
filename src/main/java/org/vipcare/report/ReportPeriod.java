package org.vipcare.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The periods a complaint report covers: the ISO week (Monday to Sunday) or calendar month, quarter or year. */
public enum ReportPeriod {
    WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the period that contains {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day after the period that contains {@code date}. */
    public LocalDate end(LocalDate date) {
        LocalDate start = start(date);
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Whether the period is made of whole calendar months (all but the week). */
    public boolean coversWholeMonths() {
        return this != WEEK;
    }

    /** Whether the report breaks its counts down by month for charts. */
    public boolean hasMonthlyTrend() {
        return this == QUARTER || this == YEAR;
    }

    /** Whether the period's report holds action plans and lessons ({@link ReportPlan}) and a satisfaction analysis. */
    public boolean holdsPlans() {
        return this == QUARTER || this == YEAR;
    }

    /** Calendar months the period starts in, at least one. */
    int months(LocalDate date) {
        return hasMonthlyTrend() ? (int) ChronoUnit.MONTHS.between(start(date), end(date)) : 1;
    }
}
