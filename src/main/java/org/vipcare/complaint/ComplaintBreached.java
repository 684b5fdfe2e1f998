package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * The breach detector marked a complaint's clock as missed; fired once per clock, synchronously in the scan's
 * transaction, so that whoever reacts (the notifications) commits or rolls back with the mark.
 */
public record ComplaintBreached(UUID complaintId, UUID customerId, UUID ownerId, ComplaintBreach clock,
        Instant at) {
}
