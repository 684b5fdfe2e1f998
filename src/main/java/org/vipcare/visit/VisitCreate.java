package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/customers/{id}/visits}: a visit to plan. */
@RegisterForReflection
@Schema(name = "VisitCreate", examples = VisitExamples.CREATE)
public record VisitCreate(
        @Schema(description = "When the visit is to take place; in the future") @NotNull Instant plannedAt,
        @Schema(description = "What the visit is for", maxLength = 500) @NotBlank @Size(max = 500) String purpose,
        @Schema(description = "Contacts of this customer to meet (GET /customers/{id}/contacts)")
        @Size(max = 50) List<UUID> contactIds,
        @Schema(description = "The preparation checklist; left out, the reference checklist's items in the language "
                + "of Accept-Language (zh-CN or en), none done")
        @Size(max = 50) List<@Valid @NotNull VisitChecklistItem> checklist) {
}
