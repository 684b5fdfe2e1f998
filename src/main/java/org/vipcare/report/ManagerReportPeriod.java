package org.vipcare.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;

/**
 * The business days [from, to] a manager report covers, both inclusive. Left out, a bound takes the month of the
 * other one (from its first day, to its last), and both left out the current month.
 */
public record ManagerReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period: a year, leap day included. */
    public static final int MAX_DAYS = 366;

    /**
     * The period asked for, or 400 with {@code managerreport.period.reversed} or
     * {@code managerreport.period.too-long}.
     */
    public static ManagerReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate first = from != null ? from : (to != null ? to : today).withDayOfMonth(1);
        LocalDate last = to != null ? to : (from != null ? from : today).with(TemporalAdjusters.lastDayOfMonth());
        if (last.isBefore(first)) {
            throw ProblemException.invalid(new Problem.Violation("to", "must not be before from",
                    "managerreport.period.reversed").with("from", first));
        }
        ManagerReportPeriod period = new ManagerReportPeriod(first, last);
        if (period.days() > MAX_DAYS) {
            throw ProblemException.invalid(new Problem.Violation("to",
                    "must be at most " + MAX_DAYS + " days after from, counting both", "managerreport.period.too-long")
                    .with("max", MAX_DAYS));
        }
        return period;
    }

    /** Days in the period, both ends counted. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
