package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint changed owner; fired synchronously in the handover's transaction, with the complaint locked, so that
 * work following the complaint (its open verification call) moves with it.
 */
public record ComplaintHandedOver(UUID complaintId, UUID toUserId, Instant at) {
}
