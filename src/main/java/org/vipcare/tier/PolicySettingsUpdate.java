package org.vipcare.tier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/tiers/policy}: the evaluation window, the WATCH settings and, optionally, the health
 * weights and HEALTH_DROP threshold (absent: kept as they are).
 */
public record PolicySettingsUpdate(
        @NotNull @Min(30) @Max(1096) Integer windowDays,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 3) BigDecimal watchDropRatio,
        @NotNull @DecimalMin("0.05") @DecimalMax("5") @Digits(integer = 1, fraction = 2) BigDecimal watchSlaMultiplier,
        @Schema(description = "The six health weights, adding up to 100 (else 400 tier.health-weights.sum); absent: "
                + "unchanged") @Valid HealthWeights healthWeights,
        @Schema(description = "A DIAMOND or GOLD customer whose score falls below this gets its manager a "
                + "HEALTH_DROP notification; absent: unchanged", examples = "40") @Min(0) @Max(100)
        Integer healthDropThreshold) {

    public PolicySettingsUpdate(Integer windowDays, BigDecimal watchDropRatio, BigDecimal watchSlaMultiplier) {
        this(windowDays, watchDropRatio, watchSlaMultiplier, null, null);
    }
}
