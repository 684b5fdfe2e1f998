package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a tier applies: every condition that is set must hold. Multipliers compare the customer's window figures
 * with the population averages; the minimums are absolute.
 */
@RegisterForReflection
@Schema(description = "Conditions of a tier; null means no condition. ORDINARY has none.")
public record TierRule(
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal spendMultiplier,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal visitMultiplier,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal minSpend,
        @Min(0) @Max(100000) Integer minVisits) {

    boolean isEmpty() {
        return spendMultiplier == null && visitMultiplier == null && minSpend == null && minVisits == null;
    }
}
