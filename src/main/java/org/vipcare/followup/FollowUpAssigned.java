package org.vipcare.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone gave a follow-up call to another person; fired synchronously in the transaction that assigned it, so that
 * the assignee's notification commits with the call. {@code byUserId} is who assigned it.
 */
public record FollowUpAssigned(UUID followUpId, UUID customerId, FollowUpPurpose purpose, UUID assigneeId,
        UUID byUserId, Instant at) {
}
