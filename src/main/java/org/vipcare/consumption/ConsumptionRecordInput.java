package org.vipcare.consumption;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One element of {@code POST /api/v1/consumption-records}; the customer by id or by externalRef. */
@RegisterForReflection
public record ConsumptionRecordInput(
        UUID customerId,
        @Size(max = 100) String customerExternalRef,
        @NotNull OffsetDateTime occurredAt,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull ConsumptionKind kind,
        @Size(max = 100) String externalId) {
}
