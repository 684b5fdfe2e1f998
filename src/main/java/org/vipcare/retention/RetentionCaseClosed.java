package org.vipcare.retention;

import java.time.Instant;
import java.util.UUID;

/** A retention case ended with an outcome; fired synchronously in the closing transaction. */
public record RetentionCaseClosed(UUID caseId, UUID customerId, UUID managerId, RetentionOutcome outcome,
        Instant at) {
}
