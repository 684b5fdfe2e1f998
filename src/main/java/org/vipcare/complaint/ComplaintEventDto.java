package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = ComplaintExamples.EVENT)
public record ComplaintEventDto(UUID id, Instant at, ComplaintEventKind kind, UUID actorId, String actor,
        ComplaintStatus fromStatus, ComplaintStatus toStatus, UUID fromOwnerId, UUID toOwnerId, String note) {

    public static ComplaintEventDto from(ComplaintEvent e) {
        return new ComplaintEventDto(e.id, e.at, e.kind, e.actorId, e.actor, e.fromStatus, e.toStatus, e.fromOwnerId,
                e.toOwnerId, e.note);
    }
}
