package org.vipcare.consumption;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One element of {@code POST /api/v1/consumption-records}; the customer by id or by externalRef. */
@RegisterForReflection
public record ConsumptionRecordInput(
        UUID customerId,
        @Size(max = 100) String customerExternalRef,
        @NotNull OffsetDateTime occurredAt,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull ConsumptionKind kind,
        @Size(max = 100) String externalId,
        @Schema(description = "What the record was for; PURCHASE and REPAIR make one after-call for the customer's"
                + " manager (AFTER_PURCHASE, AFTER_REPAIR). Defaults to USAGE") ConsumptionPurpose purpose) {

    /** The purpose sent, or USAGE. */
    public ConsumptionPurpose purposeOrDefault() {
        return purpose == null ? ConsumptionPurpose.USAGE : purpose;
    }
}
