package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PATCH /api/v1/follow-ups/{id}} (a JSON merge patch): the members present change the call, a missing
 * or null member leaves it as it is. A reschedule, a reassignment or both; or a cancellation alone.
 */
@RegisterForReflection
@Schema(name = "FollowUpUpdate", examples = FollowUpExamples.RESCHEDULE)
public record FollowUpUpdate(
        @Schema(description = "The new due time; must be in the future and is kept exactly as given")
        Instant dueAt,
        @Schema(description = "Why the call moves (with dueAt or assigneeId); kept on the change, not on the task",
                maxLength = 1000)
        String note,
        @Schema(description = "SUPERVISOR/ADMIN only: the enabled agent or supervisor who takes the call over")
        UUID assigneeId,
        @Schema(description = "Only CANCELLED, with cancelReason and no other change", enumeration = "CANCELLED")
        FollowUpStatus status,
        @Schema(description = "Why the call is cancelled; required with status CANCELLED", maxLength = 1000)
        String cancelReason) {

    /** The members a patch may carry; any other is refused rather than silently ignored. */
    static final java.util.Set<String> MEMBERS = java.util.Set.of("dueAt", "note", "assigneeId", "status",
            "cancelReason");

    boolean cancels() {
        return status == FollowUpStatus.CANCELLED;
    }

    boolean namesNothing() {
        return dueAt == null && note == null && assigneeId == null && status == null && cancelReason == null;
    }
}
