package org.vipcare.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-time maths over a fixed calendar: Mon–Fri 09:00–18:00 Shanghai with the 2026 National Day break. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // 2026-10-01 (Thu) to 10-07 (Wed) off; Sunday 09-20 and Saturday 10-10 are make-up working days.
    private static final BusinessCalendar CALENDAR = BusinessCalendar.mondayToFriday(SHANGHAI, Map.of(
            LocalDate.parse("2026-09-20"), CalendarDayKind.WORKDAY,
            LocalDate.parse("2026-10-01"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-02"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-03"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-04"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-05"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-06"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-07"), CalendarDayKind.HOLIDAY,
            LocalDate.parse("2026-10-10"), CalendarDayKind.WORKDAY));

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            // inside hours, same day
            "2026-11-23T10:00, PT2H, 2026-11-23T12:00",
            // ends exactly at closing: due at closing, not at the next opening
            "2026-11-23T16:00, PT2H, 2026-11-23T18:00",
            // runs over closing into the next morning
            "2026-11-23T17:00, PT2H, 2026-11-24T10:00",
            // before opening: the clock starts at 09:00
            "2026-11-23T07:30, PT2H, 2026-11-23T11:00",
            // after closing: the clock starts the next morning (crossing midnight)
            "2026-11-23T23:30, PT2H, 2026-11-24T11:00",
            // Friday evening: the weekend does not count
            "2026-11-27T17:00, PT2H, 2026-11-30T10:00",
            // Saturday: starts Monday
            "2026-11-28T12:00, PT2H, 2026-11-30T11:00",
            // 3 working days (27 h) from Friday 17:00: Friday 1 h, Mon 9, Tue 9, Wed 8
            "2026-11-27T17:00, PT27H, 2026-12-02T17:00",
            // the National Day break is closed: Wednesday 30 Sept 17:00 + 2 h -> Thursday 8 Oct 10:00
            "2026-09-30T17:00, PT2H, 2026-10-08T10:00",
            // Friday 9 Oct 17:00 + 2 h -> the make-up Saturday 10 Oct 10:00
            "2026-10-09T17:00, PT2H, 2026-10-10T10:00",
            // Saturday 19 Sept 12:00 -> the make-up Sunday 20 Sept
            "2026-09-19T12:00, PT2H, 2026-09-20T11:00",
            // zero: the next working moment
            "2026-11-28T12:00, PT0S, 2026-11-30T09:00" })
    void addsWorkingTime(String start, Duration amount, String expected) {
        assertEquals(local(expected), CALENDAR.plusWorkingTime(local(start), amount));
    }

    @Test
    void takesTheDayInTheCalendarsZoneNotInUtc() {
        // 2026-11-23T17:00Z is Tuesday 24 Nov 01:00 in Shanghai: before opening, not Monday evening.
        Instant start = Instant.parse("2026-11-23T17:00:00Z");
        assertEquals(Instant.parse("2026-11-24T03:00:00Z"), CALENDAR.plusWorkingTime(start, Duration.ofHours(2)));
        // Friday 2026-11-27T16:30Z is Saturday 00:30 in Shanghai: Monday's hours.
        assertEquals(Instant.parse("2026-11-30T02:00:00Z"),
                CALENDAR.plusWorkingTime(Instant.parse("2026-11-27T16:30:00Z"), Duration.ofHours(1)));
    }

    @Test
    void countsWorkingTimeBetweenTwoInstants() {
        assertEquals(Duration.ofHours(2), CALENDAR.workingTimeBetween(local("2026-11-27T17:00"),
                local("2026-11-30T10:00")));
        assertEquals(Duration.ofHours(27), CALENDAR.workingTimeBetween(local("2026-11-27T17:00"),
                local("2026-12-02T17:00")));
        assertEquals(Duration.ZERO, CALENDAR.workingTimeBetween(local("2026-11-28T08:00"),
                local("2026-11-29T20:00")));
        assertEquals(Duration.ofHours(2), CALENDAR.workingTimeBetween(local("2026-09-30T17:00"),
                local("2026-10-08T10:00")));
        assertEquals(Duration.ofHours(9), CALENDAR.workingTimeBetween(local("2026-10-10T00:00"),
                local("2026-10-11T00:00")));
        assertEquals(Duration.ofHours(-2), CALENDAR.workingTimeBetween(local("2026-11-30T10:00"),
                local("2026-11-27T17:00")));
    }

    @Test
    void addingAndMeasuringAgree() {
        Instant start = local("2026-09-18T11:11");
        for (int hours = 0; hours <= 120; hours += 7) {
            Instant due = CALENDAR.plusWorkingTime(start, Duration.ofHours(hours).plusMinutes(13));
            assertEquals(Duration.ofHours(hours).plusMinutes(13), CALENDAR.workingTimeBetween(start, due));
        }
    }

    @Test
    void knowsWhichDaysWorkAndWithWhatHours() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-05")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-11")));
        assertEquals(Duration.ofHours(9), CALENDAR.workingDay());
        // Two working days (2 × 9 h) from Friday 17:00: Friday 1 h, Monday 9 h, Tuesday 8 h.
        assertEquals(local("2026-12-01T17:00"), CALENDAR.plusWorkingDays(local("2026-11-27T17:00"), 2));
    }

    @Test
    void aMakeUpDayWorksTheStandardHoursOfAnUnevenWeek() {
        BusinessCalendar uneven = new BusinessCalendar(SHANGHAI, Map.of(
                DayOfWeek.MONDAY, new BusinessCalendar.Hours(LocalTime.of(8, 30), LocalTime.of(17, 0)),
                DayOfWeek.FRIDAY, new BusinessCalendar.Hours(LocalTime.of(10, 0), LocalTime.of(12, 0))),
                Map.of(LocalDate.parse("2026-11-28"), CalendarDayKind.WORKDAY));
        // Friday 11:00 + 2 h: 1 h on Friday, then the make-up Saturday from 08:30.
        assertEquals(local("2026-11-28T09:30"), uneven.plusWorkingTime(local("2026-11-27T11:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofMinutes(510), uneven.workingDay());
    }

    @Test
    void refusesAWeekWithoutWorkingHours() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(SHANGHAI, Map.of(), Map.of()));
    }

    private static Instant local(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), SHANGHAI).toInstant();
    }
}
