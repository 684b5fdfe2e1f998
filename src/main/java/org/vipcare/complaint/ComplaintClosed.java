package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/** A verified complaint was closed; fired synchronously in the closing transaction. */
public record ComplaintClosed(UUID complaintId, UUID customerId, UUID ownerId, Instant at) {
}
