package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer opinion raised in a follow-up call (a suggestion or a problem that did not open a complaint), to be
 * answered within 2 working days. {@code overdue}: unanswered past its answer-due time now.
 */
@RegisterForReflection
@Schema(examples = FollowUpExamples.OPINION)
public record FollowUpOpinionDto(UUID attemptId, UUID followUpId, UUID customerId, UUID assigneeId,
        FollowUpPurpose purpose, Instant raisedAt, UUID raisedById, String suggestion, String problem,
        Instant answerDueAt, boolean overdue, String answer, Instant answeredAt, UUID answeredById) {

    public static FollowUpOpinionDto from(FollowUpAttempt a, FollowUp task, Instant now) {
        return new FollowUpOpinionDto(a.id, task.id, task.customerId, task.assigneeId, task.purpose, a.at, a.byUserId,
                a.suggestion, a.problem, a.answerDueAt, a.answeredAt == null && now.isAfter(a.answerDueAt), a.answer,
                a.answeredAt, a.answeredById);
    }
}
