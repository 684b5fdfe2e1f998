package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = RetentionExamples.EVENT)
public record RetentionEventDto(UUID id, Instant at, RetentionEventKind kind, UUID actorId, String actor,
        RetentionStage fromStage, RetentionStage toStage, String note) {

    public static RetentionEventDto from(RetentionEvent e) {
        return new RetentionEventDto(e.id, e.at, e.kind, e.actorId, e.actor, e.fromStage, e.toStage, e.note);
    }
}
