package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One follow-up task with every call made for it, oldest first. */
@RegisterForReflection
@Schema(examples = FollowUpExamples.DETAIL)
public record FollowUpDetailDto(UUID id, UUID customerId, FollowUpPurpose purpose, Instant dueAt, UUID assigneeId,
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
        List<FollowUpAttemptDto> history,
        @Schema(description = "Why the call was cancelled by hand (status CANCELLED through PATCH); null otherwise")
        String cancelReason,
        @Schema(description = "The call's changes made outside its attempts (rescheduled, reassigned, cancelled, "
                + "moved with its customer to a new manager), oldest first")
        List<FollowUpChangeDto> changes) {

    public static FollowUpDetailDto from(FollowUp f, List<FollowUpAttempt> attempts) {
        return from(f, attempts, FollowUpEvent.of(f.id));
    }

    public static FollowUpDetailDto from(FollowUp f, List<FollowUpAttempt> attempts, List<FollowUpEvent> changes) {
        return new FollowUpDetailDto(f.id, f.customerId, f.purpose, f.dueAt, f.assigneeId, f.status, f.note,
                f.attempts, f.failedTries, f.maxAttempts, f.complaintId, f.retentionCaseId, f.specialDate,
                f.specialReason, f.createdAt, f.updatedAt, f.version, f.brief,
                attempts.stream().map(FollowUpAttemptDto::from).toList(), f.cancelReason,
                changes.stream().map(FollowUpChangeDto::from).toList());
    }
}
