package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/complaints}: the complaint record (抱怨记录单). */
@RegisterForReflection
@Schema(name = "ComplaintCreate")
public record ComplaintCreate(
        @NotNull UUID customerId,
        @Schema(description = "When the customer complained; defaults to now, may not be in the future")
        Instant receivedAt,
        @NotNull ComplaintChannel channel,
        @Size(max = 200) String place,
        @NotBlank @Size(max = 30) @Schema(description = "A category code, e.g. BILLING", example = "BILLING")
        String category,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 2000) @Schema(description = "What the customer demands") String demand,
        ComplainantType complainantType,
        ComplaintPurpose purpose,
        @Schema(description = "The first receiver, who owns the complaint; defaults to the caller. Agents may "
                + "only name themselves.")
        UUID firstReceiverId,
        @Schema(description = "The staff member the complaint is about (涉及员工), e.g. for STAFF_ERROR or "
                + "SERVICE_ATTITUDE: a user id, 400 if there is no such staff member. Reports count the most "
                + "complained-about staff by it; a complaint without one is attributed to nobody.")
        UUID staffConcernedId) {
}
