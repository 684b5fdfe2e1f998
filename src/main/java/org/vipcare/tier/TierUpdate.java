package org.vipcare.tier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Body of {@code PUT /api/v1/tiers/{code}}: the editable part of a tier (code, name and rank are fixed). */
public record TierUpdate(@Valid @NotNull TierRule rule, @Valid @NotNull Entitlements entitlements,
        @NotNull @DecimalMin("0.05") @DecimalMax("5") @Digits(integer = 1, fraction = 2) BigDecimal slaMultiplier) {
}
