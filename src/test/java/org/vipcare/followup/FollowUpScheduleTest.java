package org.vipcare.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The retry schedule with fixed times. */
class FollowUpScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 23:30 in Shanghai, 15:30 UTC: "the next day" is the next local day
    private static final Instant LATE_EVENING = Instant.parse("2026-11-23T15:30:00Z");
    private static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void unansweredBusyAndFailedCallsAreRetriedTwoHoursLater() {
        for (FollowUpOutcome outcome : new FollowUpOutcome[] { FollowUpOutcome.NO_ANSWER, FollowUpOutcome.BUSY,
                FollowUpOutcome.FAILED }) {
            assertEquals(Instant.parse("2026-11-23T03:00:00Z"),
                    FollowUpSchedule.nextCall(outcome, MORNING, null, LocalTime.of(10, 0), SHANGHAI));
        }
    }

    @Test
    void noTimeGoesToTheCallbackTheCustomerAskedFor() {
        Instant callback = Instant.parse("2026-11-23T07:45:00Z");
        assertEquals(callback, FollowUpSchedule.nextCall(FollowUpOutcome.NO_TIME, MORNING, callback,
                LocalTime.of(10, 0), SHANGHAI));
    }

    @Test
    void noTimeWithoutCallbackGoesToTheNextLocalDaysWindowStart() {
        // 09:00 Shanghai on the 23rd -> 10:30 Shanghai on the 24th = 02:30 UTC
        assertEquals(Instant.parse("2026-11-24T02:30:00Z"),
                FollowUpSchedule.nextCall(FollowUpOutcome.NO_TIME, MORNING, null, LocalTime.of(10, 30), SHANGHAI));
        // 23:30 Shanghai on the 23rd -> the 24th local, default 09:00 = 01:00 UTC on the 24th
        assertEquals(Instant.parse("2026-11-24T01:00:00Z"),
                FollowUpSchedule.nextCall(FollowUpOutcome.NO_TIME, LATE_EVENING, null, null, SHANGHAI));
    }
}
