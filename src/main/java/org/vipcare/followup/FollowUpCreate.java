package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/follow-ups}. */
@RegisterForReflection
@Schema(name = "FollowUpCreate")
public record FollowUpCreate(
        @NotNull UUID customerId,
        @NotNull FollowUpPurpose purpose,
        @NotNull Instant dueAt,
        @Schema(description = "An enabled agent or supervisor; defaults to the caller. Agents may only name "
                + "themselves.") UUID assigneeId,
        @Size(max = 1000) String note) {
}
