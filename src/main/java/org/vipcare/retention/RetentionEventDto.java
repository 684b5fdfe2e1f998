package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = RetentionExamples.EVENT)
public record RetentionEventDto(UUID id, Instant at, RetentionEventKind kind, UUID actorId, String actor,
        RetentionStage fromStage, RetentionStage toStage,
        @Schema(description = "The step in English; for other languages render from the fields below")
        String note,
        @Schema(description = "PROBED: the real reason's code as this probe found it")
        String realReason,
        @Schema(description = "PROBED: whether the reason can be fixed")
        Boolean fixable,
        @Schema(description = "PROBED: severity 1-5")
        Short severity,
        @Schema(description = "PROBED: countermeasure cost 1-5")
        Short countermeasureCost,
        @Schema(description = "PROBED: the retention score")
        Short retentionScore,
        @Schema(description = "PROBED: the customer's attitude, if recorded")
        RetentionAttitude attitude,
        @Schema(description = "OFFERED, AGREED: the offer made or accepted")
        UUID offerId,
        @Schema(description = "The person's own words: stated reason (OPENED), reason detail (PROBED), closing "
                + "note (CLOSED)")
        String remark) {

    public static RetentionEventDto from(RetentionEvent e) {
        return new RetentionEventDto(e.id, e.at, e.kind, e.actorId, e.actor, e.fromStage, e.toStage, e.note,
                e.realReason, e.fixable, e.severity, e.countermeasureCost, e.retentionScore, e.attitude, e.offerId,
                e.remark);
    }
}
