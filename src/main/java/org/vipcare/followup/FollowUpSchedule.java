package org.vipcare.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** When an unreached customer is called again (SPEC 5: retried on a schedule, in the preferred contact window). */
public final class FollowUpSchedule {

    /** NO_ANSWER, BUSY and FAILED: try again two hours after the attempt. */
    public static final Duration RETRY = Duration.ofHours(2);
    /** Where the next day's calls start when the customer named no contact window. */
    public static final LocalTime DEFAULT_WINDOW_START = LocalTime.of(9, 0);

    private FollowUpSchedule() {
    }

    /**
     * NO_TIME: the time the customer asked for, else the start of their contact window on the next day (in the
     * service's zone); every other miss: two hours after the attempt.
     */
    public static Instant nextCall(FollowUpOutcome outcome, Instant at, Instant callbackAt, LocalTime windowStart,
            ZoneId zone) {
        if (outcome != FollowUpOutcome.NO_TIME) {
            return at.plus(RETRY);
        }
        if (callbackAt != null) {
            return callbackAt;
        }
        LocalTime start = windowStart == null ? DEFAULT_WINDOW_START : windowStart;
        return at.atZone(zone).toLocalDate().plusDays(1).atTime(start).atZone(zone).toInstant();
    }
}
