package org.vipcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vipcare.common.ProblemException;

/** The period rules and the planned-time arithmetic of the manager report, without the service. */
class ManagerReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 14);

    @Test
    void aBoundLeftOutTakesTheOthersMonthAndBothTheCurrentMonth() {
        assertEquals(new ManagerReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                ManagerReportPeriod.of(null, null, TODAY));
        assertEquals(new ManagerReportPeriod(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 29)),
                ManagerReportPeriod.of(LocalDate.of(2024, 2, 10), null, TODAY));
        assertEquals(new ManagerReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3)),
                ManagerReportPeriod.of(null, LocalDate.of(2025, 12, 3), TODAY));
        assertEquals(1, ManagerReportPeriod.of(TODAY, TODAY, TODAY).days());
    }

    @Test
    void aReversedOrOverlongPeriodIsRefusedOnTo() {
        ProblemException reversed = assertThrows(ProblemException.class,
                () -> ManagerReportPeriod.of(TODAY, TODAY.minusDays(1), TODAY));
        assertEquals("to", reversed.violations.get(0).field());
        assertEquals("managerreport.period.reversed", reversed.violations.get(0).code());
        // 2024 is a leap year: 366 days pass, 367 do not
        assertEquals(366, ManagerReportPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY).days());
        ProblemException tooLong = assertThrows(ProblemException.class,
                () -> ManagerReportPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), TODAY));
        assertEquals("managerreport.period.too-long", tooLong.violations.get(0).code());
    }

    @Test
    void plannedMinutesScaleTheMonthlyHoursByDaysOverThirtyAndTheShare() {
        // 120 h x 60 x 30 / 30 x 40 % = 2880 min = 48.0 h
        assertEquals(2880, ManagerReportSql.plannedMinutes(120, 30, 40));
        // 160 h x 60 x 31 / 30 x 10 % = 992 min = 16.5 h
        assertEquals(992, ManagerReportSql.plannedMinutes(160, 31, 10));
        assertEquals(new BigDecimal("16.5"), ManagerReportSql.hours(992));
        // 45 min = 0.75 h, one place half up
        assertEquals(new BigDecimal("0.8"), ManagerReportSql.hours(45));
        assertEquals(new BigDecimal("0.0417"), ManagerReportSql.rate(120, 2880));
        assertEquals(null, ManagerReportSql.rate(0, 0));
    }
}
