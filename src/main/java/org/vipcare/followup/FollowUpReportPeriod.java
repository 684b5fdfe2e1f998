package org.vipcare.followup;

import java.time.LocalDate;
import org.vipcare.report.ReportPeriod;

/**
 * The periods a call report covers: a business day, or the week or month exactly as the complaint reports define them
 * ({@link ReportPeriod}: ISO week Monday to Sunday, calendar month); only the day is this class's own.
 */
public enum FollowUpReportPeriod {
    DAY, WEEK, MONTH;

    /** The first day of the period that contains {@code date}. */
    public LocalDate start(LocalDate date) {
        return this == DAY ? date : ReportPeriod.valueOf(name()).start(date);
    }

    /** The first day after the period that contains {@code date}. */
    public LocalDate end(LocalDate date) {
        return this == DAY ? date.plusDays(1) : ReportPeriod.valueOf(name()).end(date);
    }
}
