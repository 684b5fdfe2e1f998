package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint changed owner; fired synchronously in the handover's transaction, with the complaint locked, so that
 * work following the complaint (its open verification call) moves with it and the people concerned are notified.
 * {@code byUserId} is who handed it over.
 */
public record ComplaintHandedOver(UUID complaintId, UUID toUserId, Instant at, UUID customerId, UUID fromUserId,
        UUID byUserId) {
}
