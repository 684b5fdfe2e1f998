package org.vipcare.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

@RegisterForReflection
public record AuditEntryDto(long id, Instant at, String actor, AuditAction action, UUID customerId, String endpoint,
        String detail) {

    static AuditEntryDto from(AuditEntry e) {
        return new AuditEntryDto(e.id, e.at, e.actor, e.action, e.customerId, e.endpoint, e.detail);
    }
}
