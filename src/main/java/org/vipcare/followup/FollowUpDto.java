package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = FollowUpExamples.FOLLOW_UP)
public record FollowUpDto(UUID id, UUID customerId, FollowUpPurpose purpose, Instant dueAt, UUID assigneeId,
        FollowUpStatus status,
        @Schema(description = "The task's note; on a call the service made on its own, an English line (see brief)")
        String note, int attempts,
        @Schema(description = "Calls that count toward giving up: every unreached call but a callback the customer"
                + " asked for (NO_TIME with callbackAt); the task is given up when they reach maxAttempts")
        int failedTries, int maxAttempts, UUID complaintId, UUID retentionCaseId,
        LocalDate specialDate, SpecialDateReason specialReason, Instant createdAt, Instant updatedAt, long version,
        @Schema(description = "Why the service made this call on its own (VERIFICATION, CARE_RETAINED, CARE_PARTIAL, "
                + "CARE_LOST, BIRTHDAY, ANNIVERSARY, WELCOME), for rendering in the reader's language; null for calls "
                + "people made")
        String brief,
        @Schema(description = "Why the call was cancelled by hand (status CANCELLED through PATCH); null otherwise")
        String cancelReason) {

    public static FollowUpDto from(FollowUp f) {
        return new FollowUpDto(f.id, f.customerId, f.purpose, f.dueAt, f.assigneeId, f.status, f.note, f.attempts,
                f.failedTries, f.maxAttempts, f.complaintId, f.retentionCaseId, f.specialDate, f.specialReason,
                f.createdAt, f.updatedAt, f.version, f.brief, f.cancelReason);
    }
}
