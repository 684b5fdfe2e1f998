package org.vipcare.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.calendar.BusinessCalendar;
import org.vipcare.calendar.CalendarDayKind;

/** The retry schedule and the contact slots with fixed times (2026-11-23 is a Monday). */
class FollowUpScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);
    // 23:30 in Shanghai, 15:30 UTC: "the next day" is the next local day
    private static final Instant LATE_EVENING = Instant.parse("2026-11-23T15:30:00Z");
    private static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");
    private static final ContactSlots SLOTS = new ContactSlots(BusinessCalendar.mondayToFriday(SHANGHAI,
            Map.of(LocalDate.of(2026, 11, 26), CalendarDayKind.HOLIDAY,
                    LocalDate.of(2026, 11, 29), CalendarDayKind.WORKDAY)));

    private static FollowUpSchedule schedule(LocalTime from, LocalTime to, Duration... delays) {
        return new FollowUpSchedule(List.of(delays), SLOTS, from, to);
    }

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void unansweredBusyAndFailedCallsAreRetriedAfterTheConfiguredWaitInsideTheWindow() {
        for (FollowUpOutcome outcome : new FollowUpOutcome[] { FollowUpOutcome.NO_ANSWER, FollowUpOutcome.BUSY,
                FollowUpOutcome.FAILED }) {
            // 09:00 + 2 h = 11:00, inside 10:00-20:00
            assertEquals(shanghai("2026-11-23T11:00"),
                    schedule(TEN, EIGHT_PM, Duration.ofHours(2)).nextCall(outcome, MORNING, null, 1));
        }
    }

    @Test
    void aRetryOutsideTheWindowMovesToTheNextSlot() {
        // The reported case: a miss at 02:48 Beijing time would be retried at 04:48; it waits for 10:00
        assertEquals(shanghai("2026-11-24T10:00"), schedule(TEN, EIGHT_PM, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_ANSWER, shanghai("2026-11-24T02:48"), null, 1));
        // 19:00 + 2 h is past 20:00: the next morning
        assertEquals(shanghai("2026-11-24T10:00"), schedule(TEN, EIGHT_PM, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.BUSY, shanghai("2026-11-23T19:00"), null, 1));
        // Wednesday 19:00: Thursday is a holiday, Friday 10:00
        assertEquals(shanghai("2026-11-27T10:00"), schedule(TEN, EIGHT_PM, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_ANSWER, shanghai("2026-11-25T19:00"), null, 1));
        // Friday evening: Saturday is closed, Sunday the 29th is a make-up working day
        assertEquals(shanghai("2026-11-29T09:00"), schedule(null, null, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_ANSWER, shanghai("2026-11-27T17:30"), null, 1));
    }

    @Test
    void theWaitFollowsTheConfiguredScheduleTheLastOneRepeated() {
        FollowUpSchedule schedule = schedule(TEN, EIGHT_PM, Duration.ofHours(1), Duration.ofHours(4));
        assertEquals(Duration.ofHours(1), schedule.retryDelay(1));
        assertEquals(Duration.ofHours(4), schedule.retryDelay(2));
        assertEquals(Duration.ofHours(4), schedule.retryDelay(5));
        assertEquals(shanghai("2026-11-23T15:00"),
                schedule.nextCall(FollowUpOutcome.NO_ANSWER, shanghai("2026-11-23T11:00"), null, 2));
    }

    @Test
    void noTimeGoesToTheCallbackTheCustomerAskedForEvenOutsideTheWindow() {
        Instant callback = shanghai("2026-11-28T21:30");
        assertEquals(callback, schedule(TEN, EIGHT_PM, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_TIME, MORNING, callback, 0));
        assertFalse(FollowUpSchedule.isFailedTry(FollowUpOutcome.NO_TIME, callback));
        assertTrue(FollowUpSchedule.isFailedTry(FollowUpOutcome.NO_TIME, null));
        assertTrue(FollowUpSchedule.isFailedTry(FollowUpOutcome.NO_ANSWER, null));
        assertFalse(FollowUpSchedule.isFailedTry(FollowUpOutcome.REACHED, null));
    }

    @Test
    void noTimeWithoutCallbackGoesToTheNextLocalDaysWindowStart() {
        // 09:00 Shanghai on the 23rd -> 10:30 Shanghai on the 24th
        assertEquals(shanghai("2026-11-24T10:30"), schedule(LocalTime.of(10, 30), EIGHT_PM, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_TIME, MORNING, null, 1));
        // 23:30 Shanghai on the 23rd -> the 24th local, default 09:00
        assertEquals(shanghai("2026-11-24T09:00"), schedule(null, null, Duration.ofHours(2))
                .nextCall(FollowUpOutcome.NO_TIME, LATE_EVENING, null, 1));
    }

    @Test
    void aWindowOverMidnightBelongsToTheDayItStarts() {
        LocalTime from = LocalTime.of(22, 0);
        LocalTime to = LocalTime.of(2, 0);
        // Tuesday 01:00 is inside Monday's 22:00-02:00
        assertTrue(SLOTS.allows(shanghai("2026-11-24T01:00"), from, to));
        // Tuesday 03:00 waits for Tuesday 22:00
        assertEquals(shanghai("2026-11-24T22:00"), SLOTS.next(shanghai("2026-11-24T03:00"), from, to));
        // Saturday 01:00 is still Friday's window; Saturday 23:00 is not (Saturday is closed)
        assertTrue(SLOTS.allows(shanghai("2026-11-28T01:00"), from, to));
        assertEquals(shanghai("2026-11-29T22:00"), SLOTS.next(shanghai("2026-11-28T23:00"), from, to));
    }

    @Test
    void theWindowEndIsOutsideAndItsStartInside() {
        assertTrue(SLOTS.allows(shanghai("2026-11-23T10:00"), TEN, EIGHT_PM));
        assertEquals(shanghai("2026-11-24T10:00"), SLOTS.next(shanghai("2026-11-23T20:00"), TEN, EIGHT_PM));
    }
}
