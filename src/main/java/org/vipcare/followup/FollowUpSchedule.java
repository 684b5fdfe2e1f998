package org.vipcare.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * When an unreached customer is called again (SPEC 5 and 8). Pure: the configured retry delays and the customer's
 * {@link ContactSlots} are given.
 *
 * <ul>
 * <li>NO_TIME with a callback time: exactly then, even outside the window (the customer chose it); it is not a failed
 * try.</li>
 * <li>NO_TIME without one: the start of the customer's next slot from the next day on.</li>
 * <li>NO_ANSWER, BUSY, FAILED: the n-th configured delay after the n-th failed try (the last delay repeats), moved
 * into the next slot.</li>
 * </ul>
 */
public record FollowUpSchedule(List<Duration> retryDelays, ContactSlots slots, LocalTime windowFrom,
        LocalTime windowTo) {

    public FollowUpSchedule {
        if (retryDelays.isEmpty()) {
            throw new IllegalArgumentException("at least one retry delay is needed");
        }
        retryDelays = List.copyOf(retryDelays);
    }

    /** Whether a call with this outcome and callback time counts toward giving the task up. */
    public static boolean isFailedTry(FollowUpOutcome outcome, Instant callbackAt) {
        return outcome != FollowUpOutcome.REACHED && !(outcome == FollowUpOutcome.NO_TIME && callbackAt != null);
    }

    /** The next call after one at {@code at} with {@code outcome}, the task having {@code failedTries} so far. */
    public Instant nextCall(FollowUpOutcome outcome, Instant at, Instant callbackAt, int failedTries) {
        if (outcome == FollowUpOutcome.NO_TIME) {
            if (callbackAt != null) {
                return callbackAt;
            }
            Instant tomorrow = at.atZone(slots.zone()).toLocalDate().plusDays(1).atStartOfDay(slots.zone())
                    .toInstant();
            return slots.next(tomorrow, windowFrom, windowTo);
        }
        return slots.next(at.plus(retryDelay(failedTries)), windowFrom, windowTo);
    }

    /** The wait after the {@code failedTries}-th failed try (1-based); the last configured wait repeats. */
    public Duration retryDelay(int failedTries) {
        return retryDelays.get(Math.min(Math.max(failedTries, 1), retryDelays.size()) - 1);
    }
}
