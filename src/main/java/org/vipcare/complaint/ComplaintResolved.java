package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was resolved; fired synchronously in the resolving transaction, so that what it sets off (the
 * verification call) commits or fails with the resolution.
 */
public record ComplaintResolved(UUID complaintId, UUID customerId, UUID ownerId, Instant resolvedAt) {
}
