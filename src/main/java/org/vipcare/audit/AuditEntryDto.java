package org.vipcare.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = AuditExamples.ENTRY)
public record AuditEntryDto(long id, Instant at, String actor, AuditAction action, UUID customerId, String endpoint,
        String detail) {

    static AuditEntryDto from(AuditEntry e) {
        return new AuditEntryDto(e.id, e.at, e.actor, e.action, e.customerId, e.endpoint, e.detail);
    }
}
