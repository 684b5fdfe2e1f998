package org.vipcare.followup;

import java.time.Instant;
import java.util.UUID;

/** A call task ran out of tries without reaching the customer; fired synchronously in the attempt's transaction. */
public record FollowUpGaveUp(UUID followUpId, UUID customerId, FollowUpPurpose purpose, UUID assigneeId,
        int attempts, Instant at) {
}
