package org.vipcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "WEEK,    2026-11-23, 2026-11-23, 2026-11-30, 1",  // a Monday starts its own week
            "WEEK,    2026-11-29, 2026-11-23, 2026-11-30, 1",  // a Sunday ends it
            "WEEK,    2027-01-01, 2026-12-28, 2027-01-04, 1",  // ISO weeks cross the year
            "MONTH,   2028-02-29, 2028-02-01, 2028-03-01, 1",
            "QUARTER, 2026-11-23, 2026-10-01, 2027-01-01, 3",
            "QUARTER, 2026-04-01, 2026-04-01, 2026-07-01, 3",
            "YEAR,    2026-12-31, 2026-01-01, 2027-01-01, 12" })
    void periodsAreIsoWeeksAndCalendarMonthsQuartersAndYears(ReportPeriod period, LocalDate date, LocalDate start,
            LocalDate end, int months) {
        assertEquals(start, period.start(date));
        assertEquals(end, period.end(date));
        assertEquals(months, period.months(date));
    }
}
