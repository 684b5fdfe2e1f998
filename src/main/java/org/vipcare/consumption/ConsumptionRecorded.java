package org.vipcare.consumption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The records a batch newly stored (duplicates of records already stored are not in it), fired synchronously inside
 * the storing transaction: whatever an observer writes commits or rolls back with the records. A batch holds at most
 * {@link ConsumptionService#MAX_BATCH} records; observers treat them as a set.
 */
public record ConsumptionRecorded(Instant at, List<Recorded> records) {

    /** One stored record: its id, customer, purpose and when it happened. */
    public record Recorded(UUID id, UUID customerId, ConsumptionPurpose purpose, Instant occurredAt) {
    }
}
