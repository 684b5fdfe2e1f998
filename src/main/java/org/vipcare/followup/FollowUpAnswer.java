package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/follow-ups/{id}/attempts/{attemptId}/answer}: what the customer was told. */
@RegisterForReflection
@Schema(name = "FollowUpAnswer")
public record FollowUpAnswer(@NotBlank @Size(max = 2000) String answer) {
}
