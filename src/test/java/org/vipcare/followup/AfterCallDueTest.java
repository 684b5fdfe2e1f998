package org.vipcare.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.calendar.BusinessCalendar;
import org.vipcare.calendar.CalendarDayKind;

/** When an after-call falls due ({@link AfterCalls#dueAt}), on a fixed calendar: 2043-03-09 (a Monday) is a holiday. */
class AfterCallDueTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ContactSlots SLOTS = new ContactSlots(BusinessCalendar.mondayToFriday(SHANGHAI,
            Map.of(LocalDate.of(2043, 3, 9), CalendarDayKind.HOLIDAY)));
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aDayAfterTheRecordInTheCustomersWindow() {
        // Wednesday 23:30 in Shanghai (15:30 UTC, still Wednesday there too): Thursday 23:30 is past the window
        Instant wednesdayNight = shanghai("2043-03-04T23:30");
        assertEquals(shanghai("2043-03-06T10:00"),
                AfterCalls.dueAt(SLOTS, wednesdayNight, wednesdayNight, 3, TEN, EIGHT_PM));
        // Default window 09:00-18:00: Thursday 23:30 → Friday 09:00
        assertEquals(shanghai("2043-03-06T09:00"),
                AfterCalls.dueAt(SLOTS, wednesdayNight, wednesdayNight, 2, null, null));
    }

    @Test
    void aWeekendOrHolidayPastTheDaysTakesTheFirstSlotFromTheRecord() {
        Instant friday = shanghai("2043-03-06T10:00");
        // A day later is Saturday; Monday is a holiday; Tuesday 10:00 is past 3 days: Friday 10:00 itself
        assertEquals(friday, AfterCalls.dueAt(SLOTS, friday, friday, 3, TEN, EIGHT_PM));
        // Friday 19:00: a day later falls on the weekend, the first slot from the record is Friday 19:00
        Instant evening = shanghai("2043-03-06T19:00");
        assertEquals(evening, AfterCalls.dueAt(SLOTS, evening, evening, 2, TEN, EIGHT_PM));
        // Friday 21:00, outside the window: no slot within 2 days, the first there is (Tuesday 10:00)
        Instant late = shanghai("2043-03-06T21:00");
        assertEquals(shanghai("2043-03-10T10:00"), AfterCalls.dueAt(SLOTS, late, late, 2, TEN, EIGHT_PM));
    }

    @Test
    void aRecordSentLateIsCalledFromItsArrival() {
        Instant occurred = shanghai("2043-03-02T10:00");
        Instant arrived = shanghai("2043-03-05T12:00");
        assertEquals(arrived, AfterCalls.dueAt(SLOTS, occurred, arrived, 3, TEN, EIGHT_PM));
    }
}
