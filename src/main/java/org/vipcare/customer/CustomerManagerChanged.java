package org.vipcare.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer moved to another manager (or to none); fired synchronously in the transaction that moved it, so that the
 * customer's open work follows it and the people concerned are told in the same commit. {@code byUserId} is who moved
 * it; null for a move made by the service itself.
 */
public record CustomerManagerChanged(UUID customerId, UUID fromManagerId, UUID toManagerId, UUID byUserId,
        Instant at) {
}
