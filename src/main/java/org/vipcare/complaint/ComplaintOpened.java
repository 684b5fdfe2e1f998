package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/** A complaint was recorded; fired synchronously in the recording transaction (integrators hear of it from there). */
public record ComplaintOpened(UUID complaintId, UUID customerId, UUID ownerId, String category, Instant at) {
}
