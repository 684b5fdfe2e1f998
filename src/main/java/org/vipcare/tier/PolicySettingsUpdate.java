package org.vipcare.tier;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Body of {@code PUT /api/v1/tiers/policy}: the evaluation window and the WATCH settings. */
public record PolicySettingsUpdate(
        @NotNull @Min(30) @Max(1096) Integer windowDays,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 3) BigDecimal watchDropRatio,
        @NotNull @DecimalMin("0.05") @DecimalMax("5") @Digits(integer = 1, fraction = 2) BigDecimal watchSlaMultiplier) {
}
