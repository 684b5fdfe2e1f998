package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/retention-cases}: a customer asks to cancel a service or to leave. */
@RegisterForReflection
@Schema(name = "RetentionCaseCreate")
public record RetentionCreate(
        @NotNull UUID customerId,
        @NotNull RetentionType type,
        @Size(max = 200) @Schema(description = "The service to be cancelled (SERVICE cases)") String service,
        @Size(max = 500) @Schema(description = "The first reason the customer gave: a churn reason code (e.g. "
                + "TARIFF) or the customer's words. The stats compare it with the real reason found by probing.")
        String statedReason,
        @Size(max = 50) @Schema(description = "Where the request came in, e.g. PHONE, SHOP, BILLING") String channel) {
}
