package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = FollowUpExamples.ATTEMPT)
public record FollowUpAttemptDto(UUID id, UUID followUpId, Instant at, UUID byUserId, FollowUpOutcome outcome,
        Short satisfaction, String answers, String suggestion, String problem, String lead, Instant callbackAt,
        UUID complaintId, Instant answerDueAt, String answer, Instant answeredAt, UUID answeredById,
        Integer durationMinutes) {

    public static FollowUpAttemptDto from(FollowUpAttempt a) {
        return new FollowUpAttemptDto(a.id, a.followUpId, a.at, a.byUserId, a.outcome, a.satisfaction, a.answers,
                a.suggestion, a.problem, a.lead, a.callbackAt, a.complaintId, a.answerDueAt, a.answer, a.answeredAt,
                a.answeredById, a.durationMinutes);
    }

    /** The answer to a recorded attempt: the attempt and the task as it stands after it. */
    @RegisterForReflection
    @Schema(name = "FollowUpAttemptRecorded", examples = FollowUpExamples.RECORDED)
    public record Recorded(FollowUpAttemptDto attempt, FollowUpDto followUp) {
    }
}
