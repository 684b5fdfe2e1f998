package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change made to a call outside its attempts (see {@code PATCH /api/v1/follow-ups/{id}}). */
@RegisterForReflection
@Schema(name = "FollowUpChange")
public record FollowUpChangeDto(UUID id, FollowUpEventKind kind, Instant at,
        @Schema(description = "RESCHEDULED: the due time before") Instant fromDueAt,
        @Schema(description = "RESCHEDULED: the due time after") Instant toDueAt,
        @Schema(description = "REASSIGNED, MOVED_WITH_CUSTOMER: the assignee before (null: nobody)") UUID fromAssigneeId,
        @Schema(description = "REASSIGNED, MOVED_WITH_CUSTOMER: the assignee after") UUID toAssigneeId,
        @Schema(description = "The cancel reason (CANCELLED) or the note given with a new due time (RESCHEDULED)")
        String note,
        @Schema(description = "Who changed it; null when the service did (a customer moved by the service)")
        UUID byUserId) {

    public static FollowUpChangeDto from(FollowUpEvent e) {
        return new FollowUpChangeDto(e.id, e.kind, e.at, e.fromDueAt, e.toDueAt, e.fromAssigneeId, e.toAssigneeId,
                e.note, e.byUserId);
    }
}
