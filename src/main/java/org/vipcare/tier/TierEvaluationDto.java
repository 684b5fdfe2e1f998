package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One evaluation run and what it changed. */
@RegisterForReflection
@Schema(examples = TierExamples.EVALUATION)
public record TierEvaluationDto(UUID id, EvaluationStatus status, int policyVersion, String requestedBy,
        Instant startedAt, Instant finishedAt, Integer evaluated, Integer upgraded, Integer downgraded,
        Integer watchFlagged, String error) {
}
